import { describe, expect, it } from 'vitest'
import type { CityIndex } from './geo'
import { EQUIPMENT_WEIGHTS as W, matchEquipment, scoreEquipment, type EquipmentOffer } from './match-equipment'

const cities: CityIndex = {
  '370300': { name: '淄博市', lon: 118.05, lat: 36.81 },
  '370100': { name: '济南市', lon: 117.12, lat: 36.65 },
  '370200': { name: '青岛市', lon: 120.38, lat: 36.07 },
}
const request = { description: '需要五轴加工中心做复杂曲面加工的样件试切', cityCode: '370300' }

const fiveAxis: EquipmentOffer = {
  id: 'e1', name: '五轴加工中心', coreFunction: '复杂曲面加工', quantity: 2, fee: 'free', openHours: '工作日 8:30-17:00',
  collegeName: '淄博职业学院', cityCode: '370300',
}

describe('scoreEquipment', () => {
  it('gives full text, distance and fee points to an exact, same-city, free machine and explains them', () => {
    const m = scoreEquipment(request, fiveAxis, cities)!
    // Every bigram of "五轴加工中心 复杂曲面加工" is in the request.
    expect(m.parts).toEqual({ text: W.text, distance: W.distance, fee: W.fee })
    expect(m.score).toBe(100)
    expect(m.distanceKm).toBe(0)
    expect(m.reasons[0]).toContain('淄博职业学院「五轴加工中心」2 台（套）')
    expect(m.reasons[0]).toContain('同城')
    expect(m.reasons[1]).toBe('开放共享：工作日 8:30-17:00，无偿')
  })

  it('halves the distance part at 100 km, gives a paid machine half the fee points, and says how far', () => {
    const far = scoreEquipment(request, { ...fiveAxis, cityCode: '370200', fee: 'paid' }, cities)!
    expect(far.parts.fee).toBe(W.fee / 2)
    expect(far.distanceKm).toBeGreaterThan(200)
    expect(far.parts.distance).toBeLessThan(W.distance / 2)
    expect(far.reasons[0]).toMatch(/相距约 \d+ 公里/)
    expect(far.reasons[1]).toContain('有偿')
    // An unknown city is neither near nor far: half the distance points.
    expect(scoreEquipment(request, { ...fiveAxis, cityCode: '999999' }, cities)!.parts.distance).toBe(W.distance / 2)
  })

  it('leaves out equipment unrelated to the request', () => {
    expect(scoreEquipment(request, { ...fiveAxis, name: '护理模拟人', coreFunction: '急救护理教学' }, cities)).toBeNull()
  })
})

describe('matchEquipment', () => {
  it('ranks related equipment best first, drops the unrelated, and breaks ties by id', () => {
    const twin = { ...fiveAxis, id: 'e0' }
    const jinan = { ...fiveAxis, id: 'e2', cityCode: '370100' }
    const nursing = { ...fiveAxis, id: 'e3', name: '护理模拟人', coreFunction: '急救护理教学' }
    const ranked = matchEquipment(request, [jinan, nursing, fiveAxis, twin], cities)
    expect(ranked.map((m) => m.equipment.id)).toEqual(['e0', 'e1', 'e2'])
  })
})
