import { AppError } from '@zhilian/shared'
import type { Db } from '../../lib/types'

/**
 * A student's code is good for one scanner: the first desk or booth to scan it owns it until it expires.
 * The same scanner may scan it again (a double tap answers 已签到); any other gets a 409, so a code
 * photographed at one booth cannot be replayed at the next within its minute. Insert-if-absent decides
 * races between two scanners; expired claims are swept on the way.
 */
export async function claimCode(db: Db, claim: { nonce: string; eventId: string; scanner: string; expiresAt: Date }) {
  await db.checkinCodeUse.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 60_000) } } })
  await db.checkinCodeUse.createMany({ data: [claim], skipDuplicates: true })
  const owner = await db.checkinCodeUse.findUnique({ where: { nonce: claim.nonce }, select: { scanner: true } })
  if (owner?.scanner !== claim.scanner) {
    throw new AppError('CONFLICT', { userMessage: '该签到码已在其他位置使用，请让同学刷新签到码后重新出示', internal: `code ${claim.nonce} owned by ${owner?.scanner}` })
  }
}

export const deskScanner = (eventId: string) => `desk:${eventId}`
export const boothScanner = (boothId: string) => `booth:${boothId}`
