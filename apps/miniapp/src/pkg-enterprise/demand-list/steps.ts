import { demandForm } from '@zhilian/shared/forms/demand-form'
import { stepsOf } from '../../components/list-form/form-steps'
import type { StepSpec, Vocab } from '../../components/list-form/fields'

/** 附件2 企业需求清单 as the phone's four steps, read off the form's one definition. */
export function demandSteps(cities: Vocab, labels: Vocab): StepSpec[] {
  return stepsOf(demandForm, { city: cities, labels })
}
