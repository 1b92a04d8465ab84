/**
 * Equipment request (附件2 院校资源需求, kind 仪器设备) → open shared equipment (附件1 ⁶). The
 * shared rules have no equipment scorer yet; this one is built from the same pieces as the
 * challenge scorer (text-overlap.ts, RELATED_OVERLAP) and the same distance halving (100 km), and
 * belongs in packages/shared/src/rules/ once that folder's owner takes it.
 */
import { RELATED_OVERLAP, cityDistanceKm, type CityIndex } from '@zhilian/shared'
import { gramOverlap, sharedPhrases, textGrams } from '@zhilian/shared/rules/text-overlap'

export const EQUIPMENT_WEIGHTS = { text: 70, distance: 20, fee: 10 } as const
const HALF_KM = 100

export interface EquipmentOffer {
  id: string
  name: string
  coreFunction: string
  quantity: number
  fee: 'free' | 'paid' | null
  openHours: string | null
  collegeName: string
  cityCode: string
}

export function scoreEquipment<E extends EquipmentOffer>(request: { description: string; cityCode: string }, e: E, cities: CityIndex) {
  const query = textGrams(request.description)
  const text = `${e.name} ${e.coreFunction}`
  const sim = gramOverlap(query, textGrams(text)).score
  // Name and function together are longer than a project title, so half the challenge threshold.
  if (sim < RELATED_OVERLAP / 2) return null
  const km = cityDistanceKm(cities, request.cityCode, e.cityCode)
  const W = EQUIPMENT_WEIGHTS
  const parts = {
    text: Math.round(W.text * Math.min(1, sim) * 10) / 10,
    distance: Math.round(W.distance * (km === undefined ? 0.5 : 1 / (1 + km / HALF_KM)) * 10) / 10,
    fee: e.fee === 'free' ? W.fee : W.fee / 2,
  }
  const where = km === 0 ? '同城' : km === undefined ? '距离未知' : `相距约 ${Math.round(km)} 公里`
  const reasons = [
    `${e.collegeName}「${e.name}」${e.quantity} 台（套）：与需求重合 ${Math.round(sim * 100)}%（${sharedPhrases(query, text).slice(0, 4).join('、')}），${where}`,
    `开放共享：${e.openHours ?? '时间面议'}，${e.fee === 'free' ? '无偿' : e.fee === 'paid' ? '有偿' : '费用面议'}`,
  ]
  return { equipment: e, score: Math.round((parts.text + parts.distance + parts.fee) * 10) / 10, reasons, distanceKm: km }
}

