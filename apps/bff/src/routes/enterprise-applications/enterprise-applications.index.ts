import { createRouter } from '../../lib/create-app'
import * as handlers from './enterprise-applications.handlers'
import * as routes from './enterprise-applications.routes'

export default createRouter()
  .openapi(routes.applicants, handlers.applicants)
  .openapi(routes.bulkTransition, handlers.bulkTransition)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.viewed, handlers.viewed)
  .openapi(routes.transition, handlers.transition)
  .openapi(routes.interview, handlers.interview)
  .openapi(routes.rescheduleInterview, handlers.rescheduleInterview)
  .openapi(routes.cancelInterview, handlers.cancelInterview)
