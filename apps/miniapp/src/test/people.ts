/** Accounts and an event made through the real BFF, as the people themselves would. Test files only. */
import { CheckinCodeSchema } from '@zhilian/shared/contracts/checkin'
import { BoothSchema, EventDetailSchema, RegistrationSchema } from '@zhilian/shared/contracts/events'
import { request } from '../api/request'
import { setToken } from '../api/token'
import type { RealBff } from './real-bff'

export async function collegeOrganiser(bff: RealBff) {
  const college = await bff.make('createCollege')
  const { user } = await bff.make('createMember', college)
  return bff.tokenFor(user)
}

export async function recruiter(bff: RealBff, name: string) {
  const org = await bff.make('createEnterprise', { name })
  const { user } = await bff.make('createMember', org)
  return { org, token: await bff.tokenFor(user) }
}

export async function student(bff: RealBff, displayName: string) {
  const user = await bff.make('createStudent', { user: { displayName } })
  return bff.tokenFor(user)
}

/** Runs `call` signed in as `token` (the app keeps one token at a time). */
export async function as<T>(token: string, call: () => Promise<T>): Promise<T> {
  setToken(token)
  return call()
}

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

/** A published fair running now (so check-in and visits count), organised by `organiser`. */
export const runningFair = (organiser: string, title: string) => as(organiser, () => request('POST', '/api/events', {
  body: { kind: 'job_fair', format: 'onsite', title, cityCode: '370300', venue: '淄博职业学院体育馆', chainIds: [], startsAt: hours(-1), endsAt: hours(5) },
  schema: EventDetailSchema,
}))

export const applyForBooth = (token: string, eventId: string) => as(token, () => request('POST', `/api/events/${eventId}/booths`, { body: {}, schema: BoothSchema }))

/** Registers the student and answers a fresh signed check-in code, as the student's QR code carries it. */
export async function registeredCode(token: string, eventId: string) {
  await as(token, () => request('POST', `/api/events/${eventId}/registrations`, { body: {}, schema: RegistrationSchema }))
  return (await as(token, () => request('GET', `/api/events/${eventId}/checkin-code`, { schema: CheckinCodeSchema }))).code
}
