import { EDUCATION_LABELS, JOB_TYPE_LABELS } from '@zhilian/shared/contracts/enum-labels'
import type { Option } from '../../components/OptionChips'

type EducationKey = keyof typeof EDUCATION_LABELS
type JobTypeKey = keyof typeof JOB_TYPE_LABELS

/** "Jobs that ask for at most …": 不限 here means no filter, not the education value none. */
export const EDUCATION_OPTIONS: Option<EducationKey>[] = [
  { value: undefined, label: '不限' },
  ...(['secondary_vocational', 'high_school', 'associate', 'bachelor'] as const).map((v) => ({ value: v, label: EDUCATION_LABELS[v] })),
]

export const TYPE_OPTIONS: Option<JobTypeKey>[] = [
  { value: undefined, label: '不限' },
  ...(Object.keys(JOB_TYPE_LABELS) as JobTypeKey[]).map((v) => ({ value: v, label: JOB_TYPE_LABELS[v] })),
]

/** Monthly salary bands in yuan; the key is what the chip holds. */
const SALARY_BANDS = {
  lt4k: { label: '4000以下', salaryMax: 4000 },
  '4to6k': { label: '4000-6000', salaryMin: 4000, salaryMax: 6000 },
  '6to8k': { label: '6000-8000', salaryMin: 6000, salaryMax: 8000 },
  gt8k: { label: '8000以上', salaryMin: 8000 },
} as const satisfies Record<string, { label: string; salaryMin?: number; salaryMax?: number }>
export type SalaryBand = keyof typeof SALARY_BANDS

export const SALARY_OPTIONS: Option<SalaryBand>[] = [
  { value: undefined, label: '不限' },
  ...(Object.keys(SALARY_BANDS) as SalaryBand[]).map((v) => ({ value: v, label: SALARY_BANDS[v].label })),
]

export function salaryRange(band: SalaryBand | undefined): { salaryMin?: number; salaryMax?: number } {
  if (!band) return {}
  const b: { salaryMin?: number; salaryMax?: number } = SALARY_BANDS[band]
  return { salaryMin: b.salaryMin, salaryMax: b.salaryMax }
}
