import { createRouter } from '../../lib/create-app'
import * as handlers from './account.handlers'
import * as routes from './account.routes'
import { linkWebAccount } from './link-web-account.handler'
import { webLogin } from './web-login.handler'

export default createRouter()
  .openapi(routes.security, handlers.security)
  .openapi(routes.changePassword, handlers.changePassword)
  .openapi(routes.regenerateRecoveryCodes, handlers.regenerateRecoveryCodes)
  .openapi(routes.webLogin, webLogin)
  .openapi(routes.linkWebAccount, linkWebAccount)
