import { AppError } from '@zhilian/shared'
import type { Db } from '../../lib/types'

/**
 * The one way a check-in is written, for the staff scan and the venue code alike. Conditional update:
 * of two submissions racing, exactly one finds checkedInAt still empty and is the first time.
 */
export async function recordCheckin(db: Db, eventId: string, userId: string, notRegistered: string) {
  const { count } = await db.eventRegistration.updateMany({ where: { eventId, userId, checkedInAt: null }, data: { checkedInAt: new Date() } })
  const reg = await db.eventRegistration.findUnique({
    where: { eventId_userId: { eventId, userId } },
    select: { checkedInAt: true, user: { select: { id: true, displayName: true } } },
  })
  if (!reg?.checkedInAt) throw new AppError('CONFLICT', { userMessage: notRegistered })
  const firstTime = count === 1
  return { student: reg.user, checkedInAt: reg.checkedInAt.toISOString(), firstTime, message: firstTime ? '签到成功' : '已签到' }
}
