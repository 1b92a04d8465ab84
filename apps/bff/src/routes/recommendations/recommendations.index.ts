import { createRouter } from '../../lib/create-app'
import * as handlers from './recommendations.handlers'
import * as routes from './recommendations.routes'

export default createRouter().openapi(routes.jobs, handlers.jobs).openapi(routes.courses, handlers.courses)
