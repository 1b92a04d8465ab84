import { CheckinResultSchema, VenueCodeSchema, venueQrText } from '@zhilian/shared/contracts/checkin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deriveKeys } from '../../lib/secrets'
import { waitInWords } from '../../lib/rate-limit/policies'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'
import { checkVenueCode, VENUE_WINDOW_MS, venueCode } from './venue-code'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const eventApi = (token: string) => h.clientAs(token).api.events[':id']
const getCode = (eventId: string, token: string) => eventApi(token)['venue-code'].$get({ param: { id: eventId } })
const submit = (eventId: string, code: string, token: string) => eventApi(token).checkins.venue.$post({ param: { id: eventId }, json: { code } })

async function fair() {
  const org = await organiser(h)
  const event = await postEvent(h, org.token, liveNow())
  const res = await getCode(event.id, org.token)
  expect(res.status).toBe(200)
  return { org, event, venue: VenueCodeSchema.parse(await res.json()) }
}
async function registered(eventId: string) {
  const s = await student(h)
  expect((await register(h, eventId, s.token)).status).toBe(201)
  return s
}
/** A six-digit code that is neither this minute's nor a recent one. */
function wrongCode(eventId: string) {
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0')
    if (checkVenueCode(h.keys.venue, eventId, code) === 'wrong') return code
  }
}
const checkedIn = (eventId: string, userId: string) =>
  h.prisma.eventRegistration.count({ where: { eventId, userId, checkedInAt: { not: null } } })

describe('venue code', () => {
  it('gives the organiser six digits valid until the end of the minute, with a QR text naming the event', async () => {
    const { event, venue } = await fair()
    expect(venue.code).toMatch(/^\d{6}$/)
    expect(venue.qr).toBe(venueQrText(event.id, venue.code))
    const left = new Date(venue.expiresAt).getTime() - Date.now()
    expect(left).toBeGreaterThan(-1000)
    expect(left).toBeLessThanOrEqual(VENUE_WINDOW_MS)
  })

  it("answers 404 to another college's organiser and 403 to a student", async () => {
    const { event } = await fair()
    const stranger = await organiser(h)
    await expectProblem(await getCode(event.id, stranger.token), 404, 'NOT_FOUND')
    await expectProblem(await getCode(event.id, (await student(h)).token), 403, 'FORBIDDEN')
  })

  it('differs per event and per minute, and uses a key of its own', () => {
    const now = Date.now()
    const a = venueCode(h.keys.venue, 'event-a', now).code
    expect(venueCode(h.keys.venue, 'event-a', now).code).toBe(a)
    const others = [venueCode(h.keys.venue, 'event-b', now).code, venueCode(h.keys.venue, 'event-a', now + VENUE_WINDOW_MS).code, venueCode(deriveKeys('another-secret-of-at-least-32-characters!!').venue, 'event-a', now).code]
    // Each differs from `a` except by a one-in-a-million chance per pair.
    expect(others.filter((o) => o === a)).toEqual([])
  })
})

describe('venue check-in', () => {
  it('checks in once when the same code is submitted twice at once; the other answers 已签到 with the first time', async () => {
    const { event, venue } = await fair()
    const s = await registered(event.id)
    const results = await Promise.all([submit(event.id, venue.code, s.token), submit(event.id, venue.code, s.token)])
    expect(results.map((r) => r.status)).toEqual([200, 200])
    const bodies = await Promise.all(results.map(async (r) => CheckinResultSchema.parse(await r.json())))
    expect(bodies.map((b) => b.firstTime).sort()).toEqual([false, true])
    expect(bodies.find((b) => b.firstTime)).toMatchObject({ message: '签到成功', student: { id: s.user.id } })
    expect(bodies.find((b) => !b.firstTime)).toMatchObject({ message: '已签到', checkedInAt: bodies[0]!.checkedInAt })
    expect(await checkedIn(event.id, s.user.id)).toBe(1)
  })

  it("accepts the scanned QR text of this event and the last minute's code", async () => {
    const { event, venue } = await fair()
    const [a, b] = [await registered(event.id), await registered(event.id)]
    expect((await submit(event.id, venue.qr, a.token)).status).toBe(200)
    const lastMinute = venueCode(h.keys.venue, event.id, Date.now() - VENUE_WINDOW_MS).code
    expect(CheckinResultSchema.parse(await (await submit(event.id, lastMinute, b.token)).json()).firstTime).toBe(true)
  })

  it("refuses another event's code, an expired code and a wrong code, with Chinese messages", async () => {
    const [here, there] = [await fair(), await fair()]
    const s = await registered(here.event.id)
    // Six digits of another event are just a wrong number here; its QR text says whose it is.
    expect((await expectProblem(await submit(here.event.id, there.venue.qr, s.token), 400, 'BAD_REQUEST')).message).toContain('不属于本场活动')
    const expired = venueCode(h.keys.venue, here.event.id, Date.now() - 3 * VENUE_WINDOW_MS).code
    expect((await expectProblem(await submit(here.event.id, expired, s.token), 400, 'BAD_REQUEST')).message).toContain('已过期')
    expect((await expectProblem(await submit(here.event.id, wrongCode(here.event.id), s.token), 400, 'BAD_REQUEST')).message).toContain('不正确')
    const malformed = await expectProblem(await submit(here.event.id, '12345', s.token), 400, 'VALIDATION_FAILED')
    expect(malformed.issues?.[0]?.message).toBe('签到码应为6位数字')
    expect(await checkedIn(here.event.id, s.user.id)).toBe(0)
  })

  it('refuses a student who did not register, even with the right code, and does not register them', async () => {
    const { event, venue } = await fair()
    const s = await student(h)
    expect((await expectProblem(await submit(event.id, venue.code, s.token), 409, 'CONFLICT')).message).toContain('尚未报名')
    expect(await h.prisma.eventRegistration.count({ where: { eventId: event.id, userId: s.user.id } })).toBe(0)
  })

  it('locks a student out of this event after five wrong codes, even for the right one, leaving others alone', async () => {
    const { event, venue } = await fair()
    const [guesser, other] = [await registered(event.id), await registered(event.id)]
    const wrong = wrongCode(event.id)
    for (let i = 0; i < 5; i++) await expectProblem(await submit(event.id, wrong, guesser.token), 400, 'BAD_REQUEST')
    const refused = await submit(event.id, venue.code, guesser.token)
    const locked = await expectProblem(refused, 429, 'RATE_LIMITED')
    // The wait in words is Retry-After's, what is left of the 15-minute window (decision 117).
    expect(locked.message).toBe(`签到码错误次数过多，请 ${waitInWords(Number(refused.headers.get('retry-after')))}后再试，或请工作人员扫码签到`)
    expect(await checkedIn(event.id, guesser.user.id)).toBe(0)
    expect((await submit(event.id, venue.code, other.token)).status).toBe(200)
  })

  it('refuses check-in to a cancelled event', async () => {
    const { org, event, venue } = await fair()
    const s = await registered(event.id)
    expect((await h.clientAs(org.token).api.events[':id'].cancel.$post({ param: { id: event.id } })).status).toBe(200)
    await expectProblem(await submit(event.id, venue.code, s.token), 409, 'INVALID_TRANSITION')
  })
})
