import { createHmac, timingSafeEqual } from 'node:crypto'

/** One code per minute; the one before is still accepted so a student typing at the turn is not refused. */
export const VENUE_WINDOW_MS = 60_000
/** Codes this many windows old are answered 已过期 rather than 错误, to tell a slow typist what went wrong. */
const RECENT_WINDOWS = 10

/**
 * RFC 4226's dynamic truncation of HMAC(event id, window) to six digits (TOTP-style, per event), under the venue
 * sub-key (lib/secrets.ts), apart from the student-code key, so neither code can stand in for the other.
 */
function codeAt(key: Buffer, eventId: string, window: number): string {
  const mac = createHmac('sha256', key).update(`${eventId}:${window}`).digest()
  const offset = mac[mac.length - 1]! & 0x0f
  const value = mac.readUInt32BE(offset) & 0x7fffffff
  return String(value % 1_000_000).padStart(6, '0')
}

const windowOf = (now: number) => Math.floor(now / VENUE_WINDOW_MS)

export function venueCode(key: Buffer, eventId: string, now = Date.now()) {
  const window = windowOf(now)
  return { code: codeAt(key, eventId, window), expiresAt: new Date((window + 1) * VENUE_WINDOW_MS) }
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** valid: this window or the one before; expired: one of the ten before those; wrong: anything else. */
export function checkVenueCode(key: Buffer, eventId: string, code: string, now = Date.now()): 'valid' | 'expired' | 'wrong' {
  const window = windowOf(now)
  if (same(code, codeAt(key, eventId, window)) || same(code, codeAt(key, eventId, window - 1))) return 'valid'
  for (let k = 2; k < 2 + RECENT_WINDOWS; k++) if (same(code, codeAt(key, eventId, window - k))) return 'expired'
  return 'wrong'
}
