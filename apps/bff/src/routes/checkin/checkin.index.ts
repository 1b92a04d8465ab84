import { createRouter } from '../../lib/create-app'
import * as handlers from './checkin.handlers'
import * as routes from './checkin.routes'
import * as venueHandlers from './venue.handlers'
import * as venueRoutes from './venue.routes'

/** Mounted under /api/events beside the events resource. */
export default createRouter()
  .openapi(routes.code, handlers.code)
  .openapi(routes.checkin, handlers.checkin)
  .openapi(routes.visit, handlers.visit)
  .openapi(venueRoutes.venueCode, venueHandlers.venueCode)
  .openapi(venueRoutes.venueCheckin, venueHandlers.venueCheckin)
