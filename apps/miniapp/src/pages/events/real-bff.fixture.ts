/**
 * Run by test-bff.ts in a child process (node --import tsx): the real BFF on a fresh test database with
 * one small fair scenario, served on a loopback port. Prints one line `READY <json>` with the origin,
 * tokens and ids the page tests need, then serves until killed. A child process, because vitest's jsdom
 * mode rewrites the server code's `new URL(…, import.meta.url)` into web URLs.
 */
import { createAdaptorServer } from '@hono/node-server'
import { createHarness, bearer, jsonInit } from '@zhilian/bff/testing/harness'
import { createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import type { AddressInfo } from 'node:net'

const h = await createHarness()
const day = 86_400_000
// Ten days ahead at 09:00 Shanghai time.
const base = Math.floor((Date.now() + 8 * 3_600_000) / day) * day - 8 * 3_600_000 + 10 * day + 9 * 3_600_000
const at = (hours: number, plusDays = 0) => new Date(base + plusDays * day + hours * 3_600_000).toISOString()

async function call<T>(path: string, token: string, body?: unknown, method = 'POST'): Promise<T> {
  const res = await h.app.request(path, body === undefined ? { method, headers: bearer(token) } : jsonInit(method, body, bearer(token)))
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

const college = await createCollege(h.prisma)
const { user: orgUser } = await createMember(h.prisma, college)
const organiser = await h.tokenFor(orgUser)
const event = (body: Record<string, unknown>) => call<{ id: string }>('/api/events', organiser, {
  format: 'onsite', cityCode: '370300', venue: '淄博职业学院体育馆', chainIds: ['SD-C02'], startsAt: at(0), endsAt: at(7), ...body,
})
const fair = await event({ kind: 'job_fair', title: '高端装备产业链专场双选会', capacity: 2 })
const talk = await call<{ id: string }>(`/api/events/${fair.id}/sessions`, organiser, { title: '链主企业宣讲', kind: 'talk', room: '报告厅', startsAt: at(1), endsAt: at(2), speakers: ['人力资源总监'] })
const clinic = await call<{ id: string }>(`/api/events/${fair.id}/sessions`, organiser, { title: '简历诊断工作坊', kind: 'talk', room: '二楼工作坊', startsAt: at(1.5), endsAt: at(2.5) })
const online = await event({ kind: 'job_fair', format: 'online', title: '新能源汽车空中双选会', venue: '线上', startsAt: at(0, 2), endsAt: at(7, 2) })
// A student registered only for a roadshow that is then cancelled: the notice lands in their inbox.
const newcomer = await h.tokenFor(await createStudent(h.prisma))
const cancelled = await event({ kind: 'roadshow', title: '已取消的成果路演', startsAt: at(0, -5), endsAt: at(3, -5) })
await call(`/api/events/${cancelled.id}/registrations`, newcomer)
await call(`/api/events/${cancelled.id}/cancel`, organiser)

// A student already registered, with both overlapping sessions in the schedule.
const planner = await h.tokenFor(await createStudent(h.prisma))
await call(`/api/events/${fair.id}/registrations`, planner)
await call(`/api/events/${fair.id}/schedule`, planner, { sessionId: talk.id })
await call(`/api/events/${fair.id}/schedule`, planner, { sessionId: clinic.id })

// An approved booth with three interview slots: one clashing with both sessions, one spare, one already
// booked by another student (who sees it in 我的日程).
const firm = await createEnterprise(h.prisma, { name: '潍柴动力股份有限公司' })
const recruiter = await h.tokenFor((await createMember(h.prisma, firm)).user)
const booth = await call<{ id: string }>(`/api/events/${fair.id}/booths`, recruiter)
await call(`/api/events/${fair.id}/booths/${booth.id}/approve`, organiser, { number: 'A-08', zone: '整机展区' })
const slot = (from: number, to: number) => call<{ id: string }>(`/api/events/${fair.id}/booths/mine/slots`, recruiter, { startsAt: at(from), endsAt: at(to) })
const [clashSlot, spareSlot, takenSlot] = [await slot(1.25, 1.75), await slot(4, 4.5), await slot(5, 5.5)]
// Not registered: the fair's capacity of 2 is left to planner and newcomer, and booking needs no registration.
const interviewee = await h.tokenFor(await createStudent(h.prisma))
await call(`/api/events/${fair.id}/schedule`, interviewee, { interviewSlotId: takenSlot.id })

const server = createAdaptorServer({ fetch: h.app.fetch })
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
console.log(`READY ${JSON.stringify({
  origin, organiser, planner, newcomer, interviewee, fair: fair.id, online: online.id, cancelled: cancelled.id, talk: talk.id, clinic: clinic.id,
  slots: { clash: clashSlot.id, spare: spareSlot.id, taken: takenSlot.id },
})}`)

const stop = () => void h.close().finally(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
