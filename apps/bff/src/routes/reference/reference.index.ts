import { createRouter } from '../../lib/create-app'
import * as handlers from './reference.handlers'
import * as routes from './reference.routes'

export default createRouter()
  .openapi(routes.cities, handlers.cities)
  .openapi(routes.chains, handlers.chains)
  .openapi(routes.majors, handlers.majors)
  .openapi(routes.labels, handlers.labels)
  .openapi(routes.colleges, handlers.colleges)
