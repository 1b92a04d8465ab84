import { createRouter } from '../../lib/create-app'
import * as handlers from './abuse-reports.handlers'
import * as routes from './abuse-reports.routes'

export default createRouter().openapi(routes.create, handlers.create)
