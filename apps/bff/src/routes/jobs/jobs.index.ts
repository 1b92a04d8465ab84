import { createRouter } from '../../lib/create-app'
import * as handlers from './jobs.handlers'
import * as routes from './jobs.routes'

export default createRouter().openapi(routes.list, handlers.list).openapi(routes.detail, handlers.detail)
