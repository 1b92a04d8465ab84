/**
 * Next year's value of a yearly series (enrolment, graduates, demanded head-count).
 *
 * Method: a least-squares straight line through the points; start from the line's value at the
 * last year (smoother than the last raw point) and add the slope damped by FORECAST_DAMPING, since a trend
 * fitted on 3–5 yearly points overshoots more often than it holds. Never below 0 (counts). With
 * fewer than 3 points a slope means little, so the last value is carried forward.
 */
export const FORECAST_DAMPING = 0.8

export interface Forecast {
  year: number
  value: number
  method: 'damped_linear_trend' | 'last_value'
  /** fitted change per year (0 for last_value) */
  slope: number
}

export function forecastNextYear(history: readonly { year: number; value: number }[]): Forecast | null {
  // One value per year (a later entry for the same year replaces an earlier one), oldest first.
  const byYear = new Map<number, number>()
  for (const p of history) if (Number.isFinite(p.year) && Number.isFinite(p.value)) byYear.set(p.year, p.value)
  const pts = [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year)
  const last = pts[pts.length - 1]
  if (!last) return null
  if (pts.length < 3) return { year: last.year + 1, value: last.value, method: 'last_value', slope: 0 }

  const mx = pts.reduce((s, p) => s + p.year, 0) / pts.length
  const my = pts.reduce((s, p) => s + p.value, 0) / pts.length
  const sxy = pts.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0)
  const sxx = pts.reduce((s, p) => s + (p.year - mx) ** 2, 0)
  const slope = sxy / sxx
  const level = my + slope * (last.year - mx)
  return { year: last.year + 1, value: Math.max(0, level + FORECAST_DAMPING * slope), method: 'damped_linear_trend', slope }
}
