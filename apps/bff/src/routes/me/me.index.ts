import { createRouter } from '../../lib/create-app'
import * as handlers from './me.handlers'
import * as routes from './me.routes'

export default createRouter().openapi(routes.me, handlers.me)
