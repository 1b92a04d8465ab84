import { describe, expect, it } from 'vitest'
import { challengeOutcome, challengeSolved, projectClosed, projectMoveProblem } from './projects'

describe('project status', () => {
  it('moves forward only, and completes only with every milestone done', () => {
    expect(projectMoveProblem('signed', 'in_progress', 2)).toBeNull()
    expect(projectMoveProblem('in_progress', 'completed', 1)).toBe('还有 1 个里程碑未完成，完成后才能结项')
    expect(projectMoveProblem('in_progress', 'completed', 0)).toBeNull()
    expect(projectMoveProblem('in_progress', 'signed', 0)).toBe('项目推进中，不能改为已签约')
    expect(projectMoveProblem('completed', 'in_progress', 0)).toBe('项目已完成，不能改为推进中')
    expect(projectMoveProblem('completed', 'completed', 0)).toBeNull()
    expect([projectClosed('completed'), projectClosed('terminated'), projectClosed('signed')]).toEqual([true, true, false])
  })
})

describe('市场验题', () => {
  it('calls a challenge solved only when validated with the solution in production', () => {
    const at = '2026-11-30T08:00:00.000Z'
    expect(challengeOutcome({ status: 'open', validatedAt: null, inProduction: null })).toBe('open')
    expect(challengeOutcome({ status: 'taken', validatedAt: null, inProduction: null })).toBe('awaiting_validation')
    expect(challengeOutcome({ status: 'taken', validatedAt: at, inProduction: false })).toBe('not_adopted')
    expect(challengeOutcome({ status: 'taken', validatedAt: at, inProduction: true })).toBe('solved')
    expect(challengeOutcome({ status: 'closed', validatedAt: null, inProduction: null })).toBe('closed')
    expect(challengeSolved({ status: 'taken', validatedAt: null, inProduction: true })).toBe(false)
  })
})
