import type { MyAdminScope } from '@zhilian/shared/contracts/me'
import type { RankingFilter } from '../../api/effectiveness'

/**
 * The sides of 成效排名 an administrator's scope can hold: an education department or bureau governs colleges only,
 * an industry one enterprises and the other units. Offering the other side opened an education bureau on
 * 企业及其他单位 and 「共 0 家单位有成效」 (decision 061). The province and groupings see both.
 */
export function rankingSides(department: MyAdminScope['department'] | undefined): RankingFilter['side'][] {
  if (department === 'edu') return ['college']
  if (department === 'industry') return ['unit']
  return ['unit', 'college']
}

/**
 * The cities 成效排名 offers: a city bureau governs its own city only, so it is offered no 城市 row at all (its
 * ranking is already that city's; the BFF refuses any other, decision 065). Others choose among every city.
 */
export function rankingCities<C extends { adcode: string }>(scope: Pick<MyAdminScope, 'cityCode'> | null | undefined, cities: readonly C[]): C[] {
  if (!scope) return []
  return scope.cityCode ? [] : [...cities]
}
