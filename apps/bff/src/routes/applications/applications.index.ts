import { createRouter } from '../../lib/create-app'
import * as handlers from './applications.handlers'
import * as routes from './applications.routes'

export default createRouter()
  .openapi(routes.apply, handlers.apply)
  .openapi(routes.mine, handlers.mine)
  .openapi(routes.withdraw, handlers.withdraw)
