/** Builders the event tests share (imported by *.test.ts only). */
import { createCollege, createMember, createStudent } from '@zhilian/db/factories'
import type { Harness } from './harness'

export async function organiser(h: Harness) {
  const college = await createCollege(h.prisma)
  const { user } = await createMember(h.prisma, college)
  return { college, user, token: await h.tokenFor(user) }
}

export async function student(h: Harness) {
  const user = await createStudent(h.prisma)
  return { user, token: await h.tokenFor(user) }
}

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()

/** Event times around now, so check-in is open (it opens 2 hours before the start and closes at the end). */
export const liveNow = () => ({ startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 5 * 3_600_000).toISOString() })

type EventBody = Parameters<ReturnType<Harness['clientAs']>['api']['events']['$post']>[0]['json']

export async function postEvent(h: Harness, token: string, extra: Partial<EventBody> = {}) {
  const res = await h.clientAs(token).api.events.$post({ json: {
    kind: 'job_fair', format: 'onsite', title: '高端装备产业链专场双选会', cityCode: '370300', venue: '淄博职业学院体育馆',
    chainIds: ['SD-C02'], startsAt: inDays(10), endsAt: new Date(Date.now() + 10 * 86_400_000 + 6 * 3_600_000).toISOString(), capacity: 100, ...extra,
  } })
  if (res.status !== 201) throw new Error(`event create ${res.status}: ${await res.text()}`)
  return (await res.json()) as { id: string; startsAt: string }
}

export const register = (h: Harness, eventId: string, token: string) =>
  h.clientAs(token).api.events[':id'].registrations.$post({ param: { id: eventId } })
