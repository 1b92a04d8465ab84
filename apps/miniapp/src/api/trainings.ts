import { MyEnrolmentsSchema, TrainingEnrolmentSchema, TrainingPageSchema } from '@zhilian/shared/contracts/trainings'
import type { DeliveryMode } from '@zhilian/shared/contracts/enums'
import { OkSchema } from '@zhilian/shared/contracts/common'
import { request } from './request'

export interface TrainingFilters {
  chainId?: string
  cityCode?: string
  format?: keyof typeof DeliveryMode.labels
}

export function fetchTrainings(filters: TrainingFilters, cursor: string | null) {
  return request('GET', '/api/trainings', { query: { ...filters, cursor: cursor ?? undefined }, schema: TrainingPageSchema })
}

export function enrol(courseId: string) {
  return request('POST', `/api/trainings/${encodeURIComponent(courseId)}/enrolments`, {
    body: {},
    schema: TrainingEnrolmentSchema,
  })
}

export function fetchMyEnrolments() {
  return request('GET', '/api/trainings/enrolments/mine', { schema: MyEnrolmentsSchema })
}

export function cancelEnrolment(id: string) {
  return request('DELETE', `/api/trainings/enrolments/${encodeURIComponent(id)}`, { schema: OkSchema })
}
