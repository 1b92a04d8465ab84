import { createRouter } from '../../lib/create-app'
import * as handlers from './profile.handlers'
import * as routes from './profile.routes'

export default createRouter()
  .openapi(routes.get, handlers.get)
  .openapi(routes.put, handlers.put)
  .openapi(routes.exportData, handlers.exportData)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.personalisation, handlers.personalisation)
