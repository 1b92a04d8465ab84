import { createRouter } from '../../lib/create-app'
import * as routes from './analytics.routes'
import * as chain from './chain.handlers'
import * as fit from './fit.handlers'

export default createRouter()
  .openapi(routes.chains, chain.chains)
  .openapi(routes.chain, chain.chain)
  .openapi(routes.fit, fit.fit)
  .openapi(routes.alerts, fit.alerts)
  .openapi(routes.forecast, fit.forecast)
