import { MyEnrolmentsSchema, TrainingEnrolmentSchema, TrainingPageSchema } from '@zhilian/shared/contracts/trainings'
import type { DeliveryMode } from '@zhilian/shared/contracts/enums'
import { OkSchema } from '@zhilian/shared/contracts/common'
import { call } from './request'

export interface TrainingFilters {
  chainId?: string
  cityCode?: string
  format?: keyof typeof DeliveryMode.labels
}

export function fetchTrainings(filters: TrainingFilters, cursor: string | null) {
  return call('get', '/api/trainings', { query: { ...filters, cursor: cursor ?? undefined }, schema: TrainingPageSchema })
}

export function enrol(courseId: string) {
  return call('post', '/api/trainings/:id/enrolments', { param: { id: courseId }, schema: TrainingEnrolmentSchema })
}

export function fetchMyEnrolments() {
  return call('get', '/api/trainings/enrolments/mine', { schema: MyEnrolmentsSchema })
}

export function cancelEnrolment(id: string) {
  return call('delete', '/api/trainings/enrolments/:id', { param: { id }, schema: OkSchema })
}
