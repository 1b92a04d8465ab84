import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from './text'
import { z } from 'zod'

/**
 * Recovery codes (decision 059): the way back from a forgotten password when no phone or e-mail is verified.
 * Each is 16 characters of Crockford's base32 (80 random bits), shown in groups of four. The alphabet has no
 * I, L, O or U, so what a student copies by hand reads back the same: `normalizeRecoveryCode` maps the
 * look-alikes and drops spaces and dashes before anything is compared.
 */
export const RECOVERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_CODE_LENGTH = 16
/** Codes in one set; making a new set voids every code of the old one. */
export const RECOVERY_CODE_COUNT = 8
const PATTERN = new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`)

export const RECOVERY_CODE_RULE = '恢复码为16位字母和数字（如 7KQ2-M9XD-4HCV-P3RA），请按保存时的样子输入，短横线可省略'

/** The canonical form of a typed code: upper case, no separators, O→0 and I/L→1. */
function normalizeRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

/** `7KQ2M9XD4HCVP3RA` → `7KQ2-M9XD-4HCV-P3RA`, the form the student saves. */
export function formatRecoveryCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}

export const RecoveryCodeSchema = z
  .string({ error: '请输入恢复码' })
  .max(64, { error: RECOVERY_CODE_RULE })
  // Before normalising, which drops what is not a code character and would let NUL or a lone surrogate through.
  .refine((v) => !hasUnsafeCharacters(v), { error: UNSAFE_TEXT_MESSAGE })
  .transform(normalizeRecoveryCode)
  .refine((v) => v.length > 0, { error: '请输入恢复码' })
  .refine((v) => v.length === 0 || PATTERN.test(v), { error: RECOVERY_CODE_RULE })

/** A fresh set, as shown once: formatted codes in groups of four. */
export const RecoveryCodeListSchema = z.array(z.string()).length(RECOVERY_CODE_COUNT)
