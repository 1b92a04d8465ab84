import { supplyForm } from '@zhilian/shared/forms/supply-form'
import { stepsOf } from '../../components/list-form/form-steps'
import type { ChainOptions, StepSpec } from '../../components/list-form/fields'

/** 附件1 院校供给清单 as the phone's four steps, read off the form's one definition; `chains` feeds the 服务产业链 chips. */
export function supplySteps(chains: ChainOptions): StepSpec[] {
  return stepsOf(supplyForm, { chains })
}
