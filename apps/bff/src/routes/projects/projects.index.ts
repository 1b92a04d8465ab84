import { createRouter } from '../../lib/create-app'
import * as handlers from './projects.handlers'
import * as routes from './projects.routes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.partners, handlers.partners)
  .openapi(routes.links, handlers.links)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.addMilestone, handlers.addMilestone)
  .openapi(routes.postUpdate, handlers.postUpdate)
