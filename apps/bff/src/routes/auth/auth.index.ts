import { createRouter } from '../../lib/create-app'
import * as handlers from './auth.handlers'
import * as routes from './auth.routes'
import { recover } from './recover.handler'
import { signup } from './signup.handler'

export default createRouter()
  .openapi(routes.wechat, handlers.wechat)
  .openapi(routes.password, handlers.password)
  .openapi(routes.signup, signup)
  .openapi(routes.recover, recover)
  .openapi(routes.demoAccounts, handlers.demoAccounts)
  .openapi(routes.demo, handlers.demo)
  .openapi(routes.logout, handlers.logout)
