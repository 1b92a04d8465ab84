import { describe, expect, it } from 'vitest'
import { rankingCities, rankingSides } from './sides'

describe('成效排名 sides by scope', () => {
  it('opens an education scope on 院校 and an industry scope on 企业及其他单位, with nothing it cannot hold', () => {
    expect(rankingSides('edu')).toEqual(['college'])
    expect(rankingSides('industry')).toEqual(['unit'])
    expect(rankingSides('all')).toEqual(['unit', 'college'])
    expect(rankingSides('grouping')).toEqual(['unit', 'college'])
  })

  it('offers a city bureau no other city (no 城市 row), the province and groupings every city', () => {
    const cities = [{ adcode: '370100', name: '济南市' }, { adcode: '370300', name: '淄博市' }]
    expect(rankingCities({ cityCode: '370300' }, cities)).toEqual([])
    expect(rankingCities({ cityCode: null }, cities)).toEqual(cities)
    // Until the scope is known nothing is offered: a bureau never sees all 16 cities flash by.
    expect(rankingCities(undefined, cities)).toEqual([])
  })
})
