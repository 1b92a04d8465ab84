/**
 * When things may happen at an event. Pure rules shared by the BFF (which enforces them) and the
 * app (which explains them before the user taps).
 */

interface Span { startsAt: Date; endsAt: Date }

/** An agenda session must lie inside its event: a 宣讲 before the fair opens is a typo or a trick. */
export function sessionWithinEvent(session: Span, event: Span): boolean {
  return session.startsAt >= event.startsAt && session.endsAt <= event.endsAt
}

/** Check-in opens this long before the event starts (queues form early) and closes when it ends. */
export const CHECKIN_OPENS_BEFORE_MS = 2 * 3_600_000

export type CheckinRefusal = { ok: false; message: string } | { ok: true }

/** Whether codes may be issued and scanned for an event now: only a live event, only inside its window. */
export function checkinOpen(event: Span & { status: string }, now: Date): CheckinRefusal {
  if (event.status === 'cancelled') return { ok: false, message: '活动已取消，不能签到' }
  if (event.status !== 'published' && event.status !== 'ongoing') return { ok: false, message: '活动未开放签到' }
  if (now.getTime() < event.startsAt.getTime() - CHECKIN_OPENS_BEFORE_MS) return { ok: false, message: '签到尚未开始：活动开始前2小时开放签到' }
  if (now > event.endsAt) return { ok: false, message: '活动已结束，签到已关闭' }
  return { ok: true }
}
