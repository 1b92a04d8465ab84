import { createRouter } from '../../lib/create-app'
import * as handlers from './equipment.handlers'
import * as routes from './equipment.routes'

export default createRouter()
  .openapi(routes.open, handlers.open)
  .openapi(routes.bookings, handlers.bookings)
  .openapi(routes.book, handlers.book)
  .openapi(routes.decide, handlers.decide)
