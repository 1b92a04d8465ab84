import { createRouter } from '../../lib/create-app'
import * as handlers from './trainings.handlers'
import * as routes from './trainings.routes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.mine, handlers.mine)
  .openapi(routes.enrol, handlers.enrol)
  .openapi(routes.cancel, handlers.cancel)
