import { createRouter } from '../../lib/create-app'
import * as handlers from './review.handlers'
import * as routes from './review.routes'

export default createRouter().openapi(routes.queue, handlers.queue).openapi(routes.decide, handlers.decide)
