import { cityDistanceKm, type CityIndex } from './geo'
import { RELATED_OVERLAP } from './match-challenge'
import { byScoreThenIds, listNames, round1 } from './rank'
import { terms } from './match-text/segment'
import { buildTermIndex, cover, type TermIndex } from './text-bm25'

/**
 * Equipment request (附件2 院校资源需求, kind 仪器设备) → open shared equipment (附件1 ⁵⁶): built from
 * the same pieces as the challenge scorer (idf-weighted share of the equipment's name and function
 * found in the request, over every open item: text-bm25.ts; RELATED_OVERLAP) with distance halving at
 * 100 km, so "which equipment and why" reads the same as every other match in the platform.
 */
export const EQUIPMENT_WEIGHTS = { text: 70, distance: 20, fee: 10 } as const
/** Distance at which the distance part is halved. */
const HALF_KM = 100

export interface EquipmentRequestForMatch { description: string; cityCode: string }

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

export interface EquipmentMatch<E extends EquipmentOffer = EquipmentOffer> {
  equipment: E
  score: number
  reasons: string[]
  parts: { text: number; distance: number; fee: number }
  distanceKm: number | undefined
}

/** null when the equipment's name and function share too little with the request to be related. */
const offerText = (e: EquipmentOffer) => `${e.name} ${e.coreFunction}`

/** `corpus` indexes every offer's name and function (matchEquipment passes it); alone, the offer is its own. */
export function scoreEquipment<E extends EquipmentOffer>(request: EquipmentRequestForMatch, e: E, cities: CityIndex, corpus: TermIndex = buildTermIndex([offerText(e)])): EquipmentMatch<E> | null {
  const query = new Set(terms(request.description))
  const { credit: sim, words } = cover(corpus, offerText(e), (t) => (query.has(t) ? 1 : 0), request.description)
  // Name and function together are longer than a project title, so half the challenge threshold.
  if (sim < RELATED_OVERLAP / 2) return null
  const km = cityDistanceKm(cities, request.cityCode, e.cityCode)
  const W = EQUIPMENT_WEIGHTS
  const parts = {
    text: round1(W.text * Math.min(1, sim)),
    distance: round1(W.distance * (km === undefined ? 0.5 : 1 / (1 + km / HALF_KM))),
    fee: e.fee === 'free' ? W.fee : W.fee / 2,
  }
  const where = km === 0 ? '同城' : km === undefined ? '距离未知' : `相距约 ${Math.round(km)} 公里`
  const reasons = [
    `${e.collegeName}「${e.name}」${e.quantity} 台（套）：与需求重合 ${Math.round(sim * 100)}%（${listNames(words, 4)}），${where}`,
    `开放共享：${e.openHours ?? '时间面议'}，${e.fee === 'free' ? '无偿' : e.fee === 'paid' ? '有偿' : '费用面议'}`,
  ]
  return { equipment: e, score: round1(parts.text + parts.distance + parts.fee), reasons, parts, distanceKm: km }
}

/** Related equipment only, best first; ties by id so the order never changes between calls. */
export function matchEquipment<E extends EquipmentOffer>(request: EquipmentRequestForMatch, offers: readonly E[], cities: CityIndex): EquipmentMatch<E>[] {
  const corpus = buildTermIndex(offers.map(offerText))
  return offers
    .map((e) => scoreEquipment(request, e, cities, corpus))
    .filter((m): m is EquipmentMatch<E> => m !== null)
    .sort(byScoreThenIds((m) => [m.equipment.id]))
}
