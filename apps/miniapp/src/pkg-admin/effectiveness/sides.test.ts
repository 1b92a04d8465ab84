import { describe, expect, it } from 'vitest'
import { rankingSides } from './sides'

describe('成效排名 sides by scope', () => {
  it('opens an education scope on 院校 and an industry scope on 企业及其他单位, with nothing it cannot hold', () => {
    expect(rankingSides('edu')).toEqual(['college'])
    expect(rankingSides('industry')).toEqual(['unit'])
    expect(rankingSides('all')).toEqual(['unit', 'college'])
    expect(rankingSides('grouping')).toEqual(['unit', 'college'])
  })
})
