import { describe, expect, it } from 'vitest'
import { cityDistanceKm, haversineKm, indexCities } from './geo'

const R = 6371.0088

describe('haversineKm', () => {
  it('gives πR/180 for one degree along a meridian', () => {
    expect(haversineKm({ lon: 117, lat: 36 }, { lon: 117, lat: 37 })).toBeCloseTo((Math.PI * R) / 180, 6)
  })
  it('gives a quarter circumference for 90° along the equator, in either direction', () => {
    expect(haversineKm({ lon: 0, lat: 0 }, { lon: 90, lat: 0 })).toBeCloseTo((Math.PI * R) / 2, 6)
    expect(haversineKm({ lon: 90, lat: 0 }, { lon: 0, lat: 0 })).toBeCloseTo((Math.PI * R) / 2, 6)
  })
  it('shrinks east–west distances by cos(latitude)', () => {
    const at60 = haversineKm({ lon: 0, lat: 60 }, { lon: 0.01, lat: 60 })
    const at0 = haversineKm({ lon: 0, lat: 0 }, { lon: 0.01, lat: 0 })
    expect(at60 / at0).toBeCloseTo(0.5, 4)
  })
})

describe('cityDistanceKm', () => {
  const cities = indexCities([
    { adcode: 'A', name: '甲', lon: 117, lat: 36 },
    { adcode: 'B', name: '乙', lon: 117, lat: 38 },
  ])
  it('is 0 within a city and symmetric between cities', () => {
    expect(cityDistanceKm(cities, 'A', 'A')).toBe(0)
    expect(cityDistanceKm(cities, 'A', 'B')).toBeCloseTo((2 * Math.PI * R) / 180, 6)
    expect(cityDistanceKm(cities, 'B', 'A')).toBe(cityDistanceKm(cities, 'A', 'B'))
  })
  it('is undefined when a city is unknown or missing', () => {
    expect(cityDistanceKm(cities, 'A', 'Z')).toBeUndefined()
    expect(cityDistanceKm(cities, undefined, 'A')).toBeUndefined()
  })
})
