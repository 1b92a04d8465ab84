import { createRouter } from '../../lib/create-app'
import * as handlers from './imports.handlers'
import * as routes from './imports.routes'

export default createRouter()
  .openapi(routes.supplyTemplate, handlers.supplyTemplate)
  .openapi(routes.demandTemplate, handlers.demandTemplate)
  .openapi(routes.supplyAnnotated, handlers.supplyAnnotated)
  .openapi(routes.demandAnnotated, handlers.demandAnnotated)
  .openapi(routes.importSupply, handlers.importSupply)
  .openapi(routes.importDemand, handlers.importDemand)
  .openapi(routes.status, handlers.status)
