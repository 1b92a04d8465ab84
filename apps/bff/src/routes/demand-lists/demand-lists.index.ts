import { createRouter } from '../../lib/create-app'
import * as handlers from './demand-lists.handlers'
import * as routes from './demand-lists.routes'

export default createRouter()
  .openapi(routes.mine, handlers.mine)
  .openapi(routes.saveSection, handlers.saveSection)
  .openapi(routes.jobPlan, handlers.jobPlan)
  .openapi(routes.submit, handlers.submit)
  .openapi(routes.versions, handlers.versions)
