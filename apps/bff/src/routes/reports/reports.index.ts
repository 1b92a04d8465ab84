import { createRouter } from '../../lib/create-app'
import * as handlers from './reports.handlers'
import * as routes from './reports.routes'

// /years before /{year}: the static path must win.
export default createRouter()
  .openapi(routes.years, handlers.years)
  .openapi(routes.report, handlers.report)
  .openapi(routes.putBasis, handlers.putBasis)
