import { randomInt } from 'node:crypto'
import { passwordProblem } from '@zhilian/shared/contracts/signup'

/** Letters and digits without the look-alikes (0/O, 1/l/I), since the owner reads it out or types it over. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'
const LENGTH = 12

/**
 * A sign-in reset (an owner's for a member, decision 063; an administrator's for an owner, 064): twelve characters
 * from a cryptographic source (about 68 bits), held to the password rules like any other, so the first sign-in with
 * it passes the same checks.
 */
export function newTemporaryPassword(username: string): string {
  for (;;) {
    const candidate = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    if (!passwordProblem(candidate, username)) return candidate
  }
}
