import { describe, expect, it } from 'vitest'
import { formatRecoveryCode, RecoveryCodeSchema } from './recovery-codes'

describe('recovery codes as typed', () => {
  it('reads back a code copied by hand: any case, spaces or dashes, O for 0 and I or L for 1', () => {
    expect(RecoveryCodeSchema.parse('7kq2-m9xd-4hcv-p3ra')).toBe('7KQ2M9XD4HCVP3RA')
    expect(RecoveryCodeSchema.parse(' 1O1O 1010 I0L0 1010 ')).toBe('1010101010101010')
    expect(formatRecoveryCode('7KQ2M9XD4HCVP3RA')).toBe('7KQ2-M9XD-4HCV-P3RA')
  })

  it('refuses the wrong length and letters outside the alphabet (U), with the Chinese rule', () => {
    for (const bad of ['7KQ2-M9XD-4HCV', '7KQ2-M9XD-4HCV-P3RU', '7KQ2-M9XD-4HCV-P3RA-A']) {
      const result = RecoveryCodeSchema.safeParse(bad)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/^恢复码为16位/)
    }
    expect(RecoveryCodeSchema.safeParse('').error?.issues.map((i) => i.message)).toEqual(['请输入恢复码'])
  })
})
