import { describe, expect, it } from 'vitest'
import { LoginThrottle } from './throttle'

describe('LoginThrottle', () => {
  it('blocks a username after five failures in 15 minutes, case-insensitively, and forgets after the window', () => {
    let now = 1_000_000
    const throttle = new LoginThrottle(() => now)
    for (let i = 0; i < 4; i++) throttle.fail('Admin')
    expect(throttle.blocked('admin')).toBe(false)
    throttle.fail('ADMIN')
    expect(throttle.blocked('admin')).toBe(true)
    expect(throttle.blocked('someone')).toBe(false)
    now += 15 * 60 * 1000 + 1
    expect(throttle.blocked('admin')).toBe(false)
  })

  it('clears the count on success', () => {
    const throttle = new LoginThrottle()
    for (let i = 0; i < 4; i++) throttle.fail('staff')
    throttle.succeed('staff')
    throttle.fail('staff')
    expect(throttle.blocked('staff')).toBe(false)
  })
})
