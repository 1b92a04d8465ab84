import { createRouter } from '../../lib/create-app'
import * as handlers from './map.handlers'
import * as routes from './map.routes'

export default createRouter().openapi(routes.map, handlers.map).openapi(routes.city, handlers.city)
