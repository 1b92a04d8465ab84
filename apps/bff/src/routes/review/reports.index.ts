import { createRouter } from '../../lib/create-app'
import * as handlers from './reports.handlers'
import * as routes from './reports.routes'

export default createRouter().openapi(routes.create, handlers.create)
