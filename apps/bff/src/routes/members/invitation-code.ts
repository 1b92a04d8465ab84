import { createHash, randomInt } from 'node:crypto'
import { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH } from '@zhilian/shared/contracts/members'

/** A fresh code from a cryptographic source; about 40 bits, and wrong guesses are throttled (accept). */
export function newInvitationCode(): string {
  return Array.from({ length: INVITATION_CODE_LENGTH }, () => INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)]).join('')
}

/** Only the hash is stored: a leaked table does not hand out open invitations. */
export const hashInvitationCode = (code: string) => createHash('sha256').update(code).digest('hex')
