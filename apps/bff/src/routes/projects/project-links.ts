import type { Prisma } from '@zhilian/db'
import type { ProjectLink, ProjectLinksQuerySchema } from '@zhilian/shared/contracts/projects'
import type { z } from 'zod'
import { beijingDay } from '../../lib/beijing-time'
import { orgIdsMay } from '../../lib/org-access'
import type { Db, Principal } from '../../lib/types'
import { BOOKED_FOR_PROJECT, SIGNABLE_EVENT_STATUSES } from './project-sources'

/** The form offers the newest few; an older object is still accepted through the API. */
const LINKS_SHOWN = 50

/**
 * What the caller's organisations may start a project from (decision 034, `project-sources.ts` decides): events
 * one of them exhibited at or organised, equipment its college owns or its enterprise had approved bookings of,
 * and its college's training courses. Only organisations whose role may cooperate count (decision 028).
 */
export async function projectLinks(db: Db, user: Principal, source: z.infer<typeof ProjectLinksQuerySchema>['source']): Promise<ProjectLink[]> {
  const mine = orgIdsMay(user, 'cooperation')
  if (mine.length === 0) return []
  switch (source) {
    case 'event_signing': {
      const where: Prisma.EventWhereInput = {
        status: { in: [...SIGNABLE_EVENT_STATUSES] },
        OR: [{ organizerOrgId: { in: mine } }, { booths: { some: { status: 'approved', orgId: { in: mine } } } }],
      }
      const rows = await db.event.findMany({ where, select: { id: true, title: true, startsAt: true }, orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take: LINKS_SHOWN })
      return rows.map((e) => ({ id: e.id, title: e.title, note: beijingDay(e.startsAt) }))
    }
    case 'equipment_booking': {
      const where: Prisma.EquipmentWhereInput = {
        OR: [{ list: { collegeId: { in: mine } } }, { bookings: { some: { enterpriseOrgId: { in: mine }, status: { in: [...BOOKED_FOR_PROJECT] } } } }],
      }
      const rows = await db.equipment.findMany({ where, select: { id: true, name: true, list: { select: { college: { select: { name: true } } } } }, orderBy: { id: 'desc' }, take: LINKS_SHOWN })
      return rows.map((e) => ({ id: e.id, title: e.name, note: e.list.college.name }))
    }
    case 'training': {
      const rows = await db.trainingCourse.findMany({ where: { list: { collegeId: { in: mine } } }, select: { id: true, title: true, hours: true }, orderBy: { id: 'desc' }, take: LINKS_SHOWN })
      return rows.map((t) => ({ id: t.id, title: t.title, note: t.hours ? `${t.hours}学时` : '' }))
    }
  }
}
