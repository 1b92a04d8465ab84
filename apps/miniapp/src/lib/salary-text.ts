/** Monthly salary in yuan as people say it: 4500-6000元/月, 面议 when both ends are 0. */
export function salaryText(min: number, max: number): string {
  if (!min && !max) return '面议'
  if (min === max) return `${min}元/月`
  return `${min}-${max}元/月`
}
