import { createRouter } from '../../lib/create-app'
import * as handlers from './exports.handlers'
import * as routes from './exports.routes'

export default createRouter()
  .openapi(routes.supply, handlers.supply)
  .openapi(routes.demand, handlers.demand)
  .openapi(routes.chain, handlers.chain)
