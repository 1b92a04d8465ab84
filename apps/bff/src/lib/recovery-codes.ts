import { createHash, randomBytes } from 'node:crypto'
import { formatRecoveryCode, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH } from '@zhilian/shared/contracts/recovery-codes'

/**
 * Recovery codes (decision 059). A code carries 80 random bits, so a plain SHA-256 digest is as safe to store as a
 * slow hash would be (no dictionary to try, 2^80 guesses per code), and it is found by one array test inside the
 * UPDATE that spends it; salted scrypt would cost every attempt one slow derivation per stored code. It is not keyed with
 * the install's secret, so rotating JWT_SECRET or restoring a backup without secret.key leaves the codes working.
 */
export function digestRecoveryCode(normalized: string): string {
  return createHash('sha256').update(`zhilian-qilu/recovery-code/v1:${normalized}`).digest('base64url')
}

/** A fresh set: the codes to show once (formatted) and the digests to store. */
export function newRecoveryCodes(): { codes: string[]; digests: string[] } {
  const raw = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    // 32 symbols divide 256 evenly, so the low five bits of a random byte pick one without bias.
    Array.from(randomBytes(RECOVERY_CODE_LENGTH), (b) => RECOVERY_CODE_ALPHABET[b & 31]).join(''),
  )
  return { codes: raw.map(formatRecoveryCode), digests: raw.map(digestRecoveryCode) }
}
