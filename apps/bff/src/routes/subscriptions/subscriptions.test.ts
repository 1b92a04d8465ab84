import pino from 'pino'
import { InboxPageSchema, UnreadCountSchema } from '@zhilian/shared/contracts/inbox'
import { MAX_CREDITS_PER_TEMPLATE, SubscriptionStateSchema, type SubscribeBody } from '@zhilian/shared/contracts/subscriptions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATE_IDS, type TemplateKey } from '../../reminders/templates'
import { createReminderWorker } from '../../reminders/worker'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { organiser, postEvent, register, student } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const subscribe = (token: string, results: SubscribeBody['results']) => h.clientAs(token).api.subscriptions.$post({ json: { results } })
/** An answer as wx.requestSubscribeMessage gives it: keyed by template id (any word, so a refused answer can be built too). */
const answer = <A extends string>(byKey: Partial<Record<TemplateKey, A>>) =>
  Object.fromEntries(Object.entries(byKey).map(([k, v]) => [TEMPLATE_IDS[k as TemplateKey], v])) as Record<string, A>
const ledger = (userId: string) => h.prisma.subscriptionCreditEntry.findMany({ where: { userId }, orderBy: { at: 'asc' }, select: { templateId: true, delta: true, reason: true } })

describe('subscriptions and inbox', () => {
  it('adds one credit per accepted template id to a ledger, ignores reject, ban and filter, and refuses unknown or too many templates', async () => {
    const s = await student(h)
    await subscribe(s.token, answer({ event_starting: 'accept', session_starting: 'reject', interview_invitation: 'ban' }))
    const state = SubscriptionStateSchema.parse(await (await subscribe(s.token, answer({ event_starting: 'accept', application_changed: 'filter' }))).json())
    expect(state.credits).toEqual({ event_starting: 2, session_starting: 0, application_changed: 0, interview_invitation: 0, milestone_due: 0 })
    expect(Object.keys(state.templates).sort()).toEqual(['application_changed', 'event_starting', 'interview_invitation', 'milestone_due', 'session_starting'])
    expect(await ledger(s.user.id)).toEqual([1, 2].map(() => ({ templateId: TEMPLATE_IDS.event_starting, delta: 1, reason: 'accept' })))
    // An answer outside WeChat's four cannot be typed, so it goes as a raw request.
    await expectProblem(await h.app.request('/api/subscriptions', jsonInit('POST', { results: answer({ event_starting: 'maybe' }) }, bearer(s.token))), 400, 'VALIDATION_FAILED')
    // Keyed by our names instead of WeChat's template ids, or naming a template that is not ours: refused.
    await expectProblem(await subscribe(s.token, { event_starting: 'accept' }), 400, 'VALIDATION_FAILED')
    // WeChat asks at most three templates at a time, so one answer cannot carry four.
    await expectProblem(await subscribe(s.token, answer({ event_starting: 'accept', session_starting: 'accept', application_changed: 'accept', interview_invitation: 'accept' })), 400, 'VALIDATION_FAILED')
    expect(await ledger(s.user.id)).toHaveLength(2)
  })

  it('cannot be minted by repeating the call: 25 claimed accepts keep at most 5 credits, and the ledger sums to the balance', async () => {
    const s = await student(h)
    for (let i = 0; i < 25; i++) await subscribe(s.token, answer({ interview_invitation: 'accept' }))
    const state = SubscriptionStateSchema.parse(await (await h.clientAs(s.token).api.subscriptions.$get()).json())
    expect(state.credits.interview_invitation).toBe(MAX_CREDITS_PER_TEMPLATE)
    const entries = await ledger(s.user.id)
    expect(entries).toHaveLength(MAX_CREDITS_PER_TEMPLATE)
    expect(entries.reduce((n, e) => n + e.delta, 0)).toBe(MAX_CREDITS_PER_TEMPLATE)
  })

  it('empties the balance when WeChat answers 43101, and records it in the ledger', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const s = await student(h)
    for (let i = 0; i < 3; i++) await subscribe(s.token, answer({ event_starting: 'accept' }))
    // WeChat itself recorded no accept (the three were claimed, not given): its answer is 43101.
    h.fake.grantSubscription(s.user.openid!, TEMPLATE_IDS.event_starting, 0)
    await register(h, event.id, s.token)
    await h.prisma.reminder.updateMany({ where: { userId: s.user.id }, data: { sendAt: new Date(Date.now() - 1000) } })
    await createReminderWorker({ db: h.db, wechat: h.deps.wechat, logger: pino({ level: 'silent' }) }).drain()
    expect(h.fake.messages().filter((m) => m.touser === s.user.openid)).toHaveLength(0)
    const after = SubscriptionStateSchema.parse(await (await h.clientAs(s.token).api.subscriptions.$get()).json())
    expect(after.credits.event_starting).toBe(0)
    const entries = await ledger(s.user.id)
    expect(entries.at(-1)).toEqual({ templateId: TEMPLATE_IDS.event_starting, delta: -3, reason: 'refused' })
    expect(entries.reduce((n, e) => n + e.delta, 0)).toBe(0)
    expect(await h.prisma.inboxMessage.count({ where: { userId: s.user.id } })).toBe(2)
  })

  it('from registration to a WeChat message and an inbox entry, spending exactly one credit', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, { title: '2026年鲁中地区高端装备产业链校企对接暨毕业生双选大会' })
    const s = await student(h)
    const state = SubscriptionStateSchema.parse(await (await subscribe(s.token, answer({ event_starting: 'accept' }))).json())
    h.fake.grantSubscription(s.user.openid!, state.templates.event_starting!, 1)
    await register(h, event.id, s.token)
    // Time passes: the day-before reminder falls due.
    await h.prisma.reminder.updateMany({ where: { userId: s.user.id, sendAt: { lt: new Date(Date.parse(event.startsAt) - 3_600_000) } }, data: { sendAt: new Date(Date.now() - 1000) } })
    await createReminderWorker({ db: h.db, wechat: h.deps.wechat, logger: pino({ level: 'silent' }) }).drain()

    const sent = h.fake.messages().filter((m) => m.touser === s.user.openid)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ template_id: state.templates.event_starting, page: `pages/events/detail?id=${event.id}` })
    expect([...sent[0]!.data.thing1!.value].length).toBe(20)
    const after = SubscriptionStateSchema.parse(await (await h.clientAs(s.token).api.subscriptions.$get()).json())
    expect(after.credits.event_starting).toBe(0)
    expect(await ledger(s.user.id)).toEqual([
      { templateId: TEMPLATE_IDS.event_starting, delta: 1, reason: 'accept' },
      { templateId: TEMPLATE_IDS.event_starting, delta: -1, reason: 'sent' },
    ])

    const unread = async () => UnreadCountSchema.parse(await (await h.clientAs(s.token).api.inbox['unread-count'].$get()).json()).unread
    expect(await unread()).toBe(1)
    const page = InboxPageSchema.parse(await (await h.clientAs(s.token).api.inbox.$get({ query: {} })).json())
    expect(page.items[0]!.title).toContain('即将开始')
    const other = await student(h)
    await expectProblem(await h.clientAs(other.token).api.inbox[':id'].read.$post({ param: { id: page.items[0]!.id } }), 404, 'NOT_FOUND')
    expect(await unread()).toBe(1)
    expect((await h.clientAs(s.token).api.inbox[':id'].read.$post({ param: { id: page.items[0]!.id } })).status).toBe(200)
    expect(await unread()).toBe(0)
  })

  it('pages the inbox newest first without gaps', async () => {
    const s = await student(h)
    await h.prisma.inboxMessage.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ userId: s.user.id, title: `通知${i}`, body: '内容', createdAt: new Date(Date.now() - i * 1000) })) })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await h.clientAs(s.token).api.inbox.$get({ query: { limit: 2, cursor: cursor ?? undefined } })
      const page = InboxPageSchema.parse(await res.json())
      seen.push(...page.items.map((m) => m.title))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(['通知0', '通知1', '通知2', '通知3', '通知4'])
  })
})
