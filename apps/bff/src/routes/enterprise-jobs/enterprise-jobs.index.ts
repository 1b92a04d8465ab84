import { createRouter } from '../../lib/create-app'
import { closingDate } from './closing-date.handler'
import * as handlers from './enterprise-jobs.handlers'
import * as routes from './enterprise-jobs.routes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.get, handlers.get)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.closingDate, closingDate)
  .openapi(routes.pause, handlers.pause)
  .openapi(routes.resume, handlers.resume)
  .openapi(routes.close, handlers.close)
  .openapi(routes.duplicate, handlers.duplicate)
