import { describe, expect, it } from 'vitest'
import { allowedTargets, bulkTransition, transition, type PipelineActor, type PipelineStatus } from './application-pipeline'

// The whole rule book as a table, written by hand from the product rules (not from the code):
// E = enterprise may, E! = enterprise may with a reason (a stage is skipped), S = student may, - = nobody.
const ORDER: PipelineStatus[] = ['submitted', 'viewed', 'interview', 'offer', 'hired', 'rejected', 'withdrawn']
const TABLE: Record<PipelineStatus, string> = {
  //          sub vie int off hir rej wdr
  submitted: '-   E   E!  E!  E!  E   S',
  viewed: '   -   -   E   E!  E!  E   S',
  interview: '-   -   -   E   E!  E   S',
  offer: '    -   -   -   -   E   E   -',
  hired: '    -   -   -   -   -   -   -',
  rejected: ' -   -   -   -   -   -   -',
  withdrawn: '-   -   -   -   -   -   -',
}
const cell = (from: PipelineStatus, to: PipelineStatus) => TABLE[from].trim().split(/\s+/)[ORDER.indexOf(to)]!

const triples = ORDER.flatMap((from) =>
  ORDER.flatMap((to) => (['student', 'enterprise'] as PipelineActor[]).map((actor) => ({ from, to, actor, rule: cell(from, to) }))),
)

describe('transition: every (from, to, actor) against the table', () => {
  it('covers 7 × 7 × 2 cases', () => expect(triples).toHaveLength(98))

  it.each(triples)('$from → $to by $actor ($rule)', ({ from, to, actor, rule }) => {
    const bare = transition(from, to, { actor })
    const explained = transition(from, to, { actor, reason: '双选会现场直接录用' })
    const owner = rule === 'S' ? 'student' : 'enterprise'

    if (rule === '-') {
      expect(bare).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' })
      expect(explained).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' })
    } else if (actor !== owner) {
      expect(explained).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    } else if (rule === 'E!') {
      expect(bare).toMatchObject({ ok: false, code: 'REASON_REQUIRED' })
      expect(transition(from, to, { actor, reason: '   ' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' })
      expect(explained).toEqual({ ok: true, next: to, headcountDelta: to === 'hired' ? -1 : 0 })
    } else {
      expect(bare).toEqual({ ok: true, next: to, headcountDelta: to === 'hired' ? -1 : 0 })
    }
    if (!bare.ok) expect(bare.message).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('allowedTargets', () => {
  it.each(ORDER.flatMap((from) => (['student', 'enterprise'] as const).map((actor) => ({ from, actor }))))(
    'matches the table for $from / $actor',
    ({ from, actor }) => {
      const expected = ORDER.filter((to) => {
        const c = cell(from, to)
        return actor === 'student' ? c === 'S' : c === 'E' || c === 'E!'
      }).map((to) => ({ status: to, needsReason: cell(from, to) === 'E!' }))
      expect(allowedTargets(from, actor)).toEqual(expected)
    },
  )
})

describe('head-count', () => {
  it('refuses to hire when none is left', () => {
    expect(transition('offer', 'hired', { actor: 'enterprise', headcountLeft: 0 })).toMatchObject({ ok: false, code: 'CAPACITY_FULL' })
    expect(transition('offer', 'hired', { actor: 'enterprise', headcountLeft: 1 })).toMatchObject({ ok: true, headcountDelta: -1 })
  })
})

describe('bulkTransition', () => {
  it('reports each item on its own and sums the head-count change', () => {
    const out = bulkTransition(
      [
        { id: 'a', current: 'offer' },
        { id: 'b', current: 'rejected' },
        { id: 'c', current: 'offer' },
      ],
      'hired',
      { actor: 'enterprise' },
    )
    expect(out.results.map((r) => [r.id, r.ok])).toEqual([['a', true], ['b', false], ['c', true]])
    expect(out.results[1]).toMatchObject({ code: 'INVALID_TRANSITION' })
    expect(out).toMatchObject({ succeeded: 2, failed: 1, headcountDelta: -2 })
  })

  it('consumes the head-count left in input order', () => {
    const out = bulkTransition(
      ['a', 'b', 'c'].map((id) => ({ id, current: 'offer' as const })),
      'hired',
      { actor: 'enterprise', headcountLeft: 2 },
    )
    expect(out.results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'ok', 'CAPACITY_FULL'])
    expect(out.headcountDelta).toBe(-2)
  })

  it('applies the reason to every item when skipping stages', () => {
    const items = [{ id: 'a', current: 'submitted' as const }, { id: 'b', current: 'interview' as const }]
    expect(bulkTransition(items, 'offer', { actor: 'enterprise' }).results.map((r) => r.ok)).toEqual([false, true])
    expect(bulkTransition(items, 'offer', { actor: 'enterprise', reason: '现场面试已通过' }).succeeded).toBe(2)
  })
})
