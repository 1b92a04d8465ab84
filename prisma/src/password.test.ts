import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password'

describe('password hashing', () => {
  it('accepts the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('Zhilian@2026')
    expect(stored.startsWith('scrypt$')).toBe(true)
    expect(await verifyPassword('Zhilian@2026', stored)).toBe(true)
    expect(await verifyPassword('zhilian@2026', stored)).toBe(false)
  })
  it('salts every hash', async () => {
    expect(await hashPassword('同一个密码')).not.toBe(await hashPassword('同一个密码'))
  })
  it('rejects missing or foreign hashes', async () => {
    expect(await verifyPassword('x', null)).toBe(false)
    expect(await verifyPassword('x', '$2b$10$abcdefghijklmnopqrstuv')).toBe(false)
  })
})
