import { createRouter } from '../../lib/create-app'
import * as handlers from './challenges.handlers'
import * as routes from './challenges.routes'
import { validate } from './validation.handlers'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.takers, handlers.takers)
  .openapi(routes.take, handlers.take)
  .openapi(routes.accept, handlers.accept)
  .openapi(routes.validate, validate)
