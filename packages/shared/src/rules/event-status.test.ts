import { describe, expect, it } from 'vitest'
import { eventStatusAt } from './event-status'

const at = (iso: string) => new Date(iso)
const starts = at('2026-11-24T01:00:00Z')
const ends = at('2026-11-24T08:00:00Z')

describe('eventStatusAt', () => {
  it('reads a published event by the clock: ahead, running, over', () => {
    expect(eventStatusAt('published', starts, ends, at('2026-11-23T00:00:00Z'))).toBe('published')
    expect(eventStatusAt('published', starts, ends, at('2026-11-24T02:00:00Z'))).toBe('ongoing')
    expect(eventStatusAt('published', starts, ends, at('2026-11-24T08:00:00Z'))).toBe('finished')
    expect(eventStatusAt('ongoing', starts, ends, at('2026-11-25T00:00:00Z'))).toBe('finished')
  })

  it('leaves drafts and cancelled events as the organiser left them', () => {
    expect(eventStatusAt('draft', starts, ends, at('2026-11-25T00:00:00Z'))).toBe('draft')
    expect(eventStatusAt('cancelled', starts, ends, at('2026-11-23T00:00:00Z'))).toBe('cancelled')
  })
})
