import { createRouter } from '../../lib/create-app'
import * as handlers from './members.handlers'
import * as routes from './members.routes'
import { resetSignIn } from './sign-in-reset.handler'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.invite, handlers.invite)
  .openapi(routes.revoke, handlers.revoke)
  .openapi(routes.accept, handlers.accept)
  .openapi(routes.changeRole, handlers.changeRole)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.transfer, handlers.transfer)
  .openapi(routes.resetSignIn, resetSignIn)
