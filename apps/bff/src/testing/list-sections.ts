import { DemandListSteps } from '@zhilian/shared/contracts/demand-list'
import { SupplyListSteps } from '@zhilian/shared/contracts/supply-list'

type Steps = Record<string, { shape: Record<string, unknown> }>

/** A whole list split into the sections its form saves one at a time, each with the fields its step schema names. */
function sectionsOf(steps: Steps, list: object): [section: string, value: Record<string, unknown>][] {
  const fields = list as Record<string, unknown>
  return Object.entries(steps).map(([section, step]) => [section, Object.fromEntries(Object.keys(step.shape).map((k) => [k, fields[k]]))])
}

/** 附件1 as `PUT /api/supply-lists/mine/sections/:section` takes it: basic, talent, equipment, research. */
export const supplySections = (list: object) => sectionsOf(SupplyListSteps, list)
/** 附件2 as `PUT /api/demand-lists/mine/sections/:section` takes it: basic, jobs, training, innovation. */
export const demandSections = (list: object) => sectionsOf(DemandListSteps, list)
