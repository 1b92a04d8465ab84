import { parseVenueInput, venueQrText } from '@zhilian/shared/contracts/checkin'
import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import { countHit, peekCount, tooMany } from '../../lib/rate-limit'
import type { AppRouteHandler } from '../../lib/types'
import { organisedEvent, visibleEvent } from '../../events/event-access'
import { recordCheckin } from './record-checkin'
import { checkVenueCode, venueCode as codeFor } from './venue-code'
import type * as routes from './venue.routes'
import { assertCheckinOpen } from './checkin-window'

/**
 * Six digits are a million codes, two of them valid at a time: without a limit a script could find one in
 * minutes. Five wrong codes per student per event per 15 minutes leaves about one chance in 10,000 a day. The
 * count is kept in the database (lib/rate-limit), so several BFF processes share it; it is a guard against
 * guessing, on whatever RATE_LIMIT says.
 */
const GUESSES = { limit: 5, windowSeconds: 15 * 60 }

export const venueCode: AppRouteHandler<typeof routes.venueCode> = async (c) => {
  const { id } = c.req.valid('param')
  assertCheckinOpen(await organisedEvent(c.var.db, currentUser(c), id))
  const { code, expiresAt } = codeFor(c.var.keys.venue, id)
  return c.json({ code, qr: venueQrText(id, code), expiresAt: expiresAt.toISOString() }, 200)
}

const refuse = (userMessage: string, internal: string) => new AppError('BAD_REQUEST', { userMessage, internal })

export const venueCheckin: AppRouteHandler<typeof routes.venueCheckin> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.var.db, user, id)
  assertCheckinOpen(event)
  const reg = await c.var.db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId: user.id } }, select: { id: true } })
  if (!reg) throw new AppError('CONFLICT', { userMessage: '您尚未报名本场活动，请先报名再签到' })
  const key = `venue-guess:${id}:${user.id}`
  const tried = await peekCount(c.var.hotSql, key, GUESSES.windowSeconds)
  if (tried.count >= GUESSES.limit) throw tooMany('checkinCode', tried.retryAfter, '，或请工作人员扫码签到')
  const fail = () => countHit(c.var.hotSql, key, GUESSES.windowSeconds)
  // The schema already refused anything else.
  const input = parseVenueInput(c.req.valid('json').code)!
  if (input.eventId !== null && input.eventId !== id) {
    await fail()
    throw refuse('该签到码不属于本场活动，请扫描本场入口处的签到码', 'venue code of another event')
  }
  const verdict = checkVenueCode(c.var.keys.venue, id, input.code)
  if (verdict !== 'valid') {
    await fail()
    throw verdict === 'expired'
      ? refuse('签到码已过期，请输入现场屏幕上最新的签到码', 'expired venue code')
      : refuse('签到码不正确，请核对现场屏幕上的6位数字', 'wrong venue code')
  }
  return c.json(await recordCheckin(c.var.db, id, user.id, '您尚未报名本场活动，请先报名再签到'), 200)
}
