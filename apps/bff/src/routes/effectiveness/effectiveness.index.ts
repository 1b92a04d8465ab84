import { createRouter } from '../../lib/create-app'
import * as handlers from './effectiveness.handlers'
import * as routes from './effectiveness.routes'

export default createRouter()
  .openapi(routes.record, handlers.record)
  .openapi(routes.ranking, handlers.ranking)
  .openapi(routes.rankingXlsx, handlers.rankingXlsx)
