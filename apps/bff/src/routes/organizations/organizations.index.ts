import { createRouter } from '../../lib/create-app'
import * as handlers from './organizations.handlers'
import * as routes from './organizations.routes'

export default createRouter()
  .openapi(routes.register, handlers.register)
  .openapi(routes.mine, handlers.mine)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.withdrawChange, handlers.withdrawChange)
