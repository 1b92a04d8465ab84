import { createRouter } from '../../lib/create-app'
import * as handlers from './subscriptions.handlers'
import * as routes from './subscriptions.routes'

export default createRouter()
  .openapi(routes.state, handlers.state)
  .openapi(routes.record, handlers.record)
