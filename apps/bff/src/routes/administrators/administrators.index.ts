import { createRouter } from '../../lib/create-app'
import * as handlers from './administrators.handlers'
import * as routes from './administrators.routes'

export default createRouter()
  .openapi(routes.listAdministrators, handlers.listAdministrators)
  .openapi(routes.administratorChoices, handlers.administratorChoices)
  .openapi(routes.createAdministrator, handlers.createAdministratorHandler)
  .openapi(routes.resetAdministratorSignIn, handlers.resetAdministratorSignIn)
  .openapi(routes.disableAdministrator, handlers.disableAdministratorHandler)
  .openapi(routes.enableAdministrator, handlers.enableAdministratorHandler)
