import { createRouter } from '../../lib/create-app'
import * as handlers from './stats.handlers'
import * as routes from './stats.routes'

export default createRouter().openapi(routes.home, handlers.home)
