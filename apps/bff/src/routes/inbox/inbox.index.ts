import { createRouter } from '../../lib/create-app'
import * as handlers from './inbox.handlers'
import * as routes from './inbox.routes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.unread, handlers.unread)
  .openapi(routes.read, handlers.read)
