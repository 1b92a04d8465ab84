import { createRouter } from '../../lib/create-app'
import * as booths from './booths.handlers'
import * as dash from './dashboard.handlers'
import * as dashRoutes from './dashboard.routes'
import * as fairs from './event-manage.handlers'
import * as fairRoutes from './event-manage.routes'
import * as boothRoutes from './booths.routes'
import * as handlers from './events.handlers'
import * as routes from './events.routes'
import * as regs from './registrations.handlers'
import * as regRoutes from './registrations.routes'
import * as scheduleMine from './schedule-mine.handlers'
import * as scheduleMineRoutes from './schedule-mine.routes'
import * as slots from './slots.handlers'
import * as slotRoutes from './slots.routes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(regRoutes.mine, regs.mine)
  .openapi(scheduleMineRoutes.mine, scheduleMine.mine)
  .openapi(fairRoutes.organised, fairs.organised)
  .openapi(fairRoutes.exhibiting, fairs.exhibiting)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.cancel, handlers.cancel)
  .openapi(routes.addSession, handlers.addSession)
  .openapi(routes.removeSession, handlers.removeSession)
  .openapi(regRoutes.register, regs.register)
  .openapi(regRoutes.unregister, regs.unregister)
  .openapi(regRoutes.addToSchedule, regs.addToSchedule)
  .openapi(regRoutes.removeFromSchedule, regs.removeFromSchedule)
  .openapi(boothRoutes.apply, booths.apply)
  .openapi(boothRoutes.approve, booths.approve)
  .openapi(boothRoutes.setJobs, booths.setJobs)
  .openapi(fairRoutes.myBooth, fairs.myBooth)
  .openapi(dashRoutes.dashboard, dash.dashboard)
  .openapi(dashRoutes.dashboardXlsx, dash.dashboardXlsx)
  .openapi(dashRoutes.day, dash.day)
  .openapi(slotRoutes.open, slots.open)
  .openapi(slotRoutes.list, slots.list)
  .openapi(regRoutes.releaseSlot, regs.releaseSlot)
