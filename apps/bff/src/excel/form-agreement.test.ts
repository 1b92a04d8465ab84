import { DemandListInput, DemandListSteps, missingDemandSections } from '@zhilian/shared/contracts/demand-list'
import { missingSupplySections, SupplyListInput, SupplyListSteps } from '@zhilian/shared/contracts/supply-list'
import { demandForm } from '@zhilian/shared/forms/demand-form'
import { fieldAt, isRequired, marked, topFields, type AnyField, type Fields, type FormDefinition } from '@zhilian/shared/forms/field'
import { supplyForm } from '@zhilian/shared/forms/supply-form'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { FieldSpec, StepSpec } from '../../../miniapp/src/components/list-form/fields'
import { demandSteps } from '../../../miniapp/src/pkg-enterprise/demand-list/steps'
import { supplySteps } from '../../../miniapp/src/pkg-college/supply-list/steps'
import { DEMAND, SUPPLY } from '../lists/list-kinds'
import { D, demandLayout } from './demand-layout'
import type { ListLayout } from './layout'
import { S, supplyLayout } from './supply-layout'

/**
 * The one definition of each official form (packages/shared/src/forms) against its four readers: the
 * zod contract, the phone steps, the Excel layout and the version-diff labels. A field added to the
 * definition must show up in all four; a label changed in one place only fails here.
 */

const SUPPLY_STEPS = supplySteps({ labels: {}, map: {} })

type Case = {
  name: string
  form: FormDefinition
  steps: Record<string, z.ZodObject>
  full: z.ZodObject
  phone: StepSpec[]
  layout: ListLayout<unknown>
  kindLabels: Record<string, string>
  /** Which contract rows each sheet's rows are (keys the sheet borrows from a parent are looked up there too). */
  sheetPaths: Record<string, string>
  /** Fields no sheet has a column for, and why. */
  implied: Record<string, string>
}

const CASES: Case[] = [
  {
    name: '附件1',
    form: supplyForm,
    steps: SupplyListSteps as unknown as Record<string, z.ZodObject>,
    full: SupplyListInput as unknown as z.ZodObject,
    phone: SUPPLY_STEPS,
    layout: supplyLayout as ListLayout<unknown>,
    kindLabels: SUPPLY.labels,
    sheetPaths: {
      [S.majors]: 'majors', [S.enrolments]: 'enrolments', [S.cohorts]: 'cohorts', [S.destinations]: 'cohorts.destinations',
      [S.faculty]: 'faculty', [S.equipment]: 'equipment', [S.sharing]: 'equipment', [S.research]: 'researchProjects',
      [S.ip]: 'ip', [S.training]: 'trainingCourses', [S.cases]: 'cases',
    },
    implied: { 'equipment.open': 'a row on the 设备开放共享 sheet is the answer 是' },
  },
  {
    name: '附件2',
    form: demandForm,
    steps: DemandListSteps as unknown as Record<string, z.ZodObject>,
    full: DemandListInput as unknown as z.ZodObject,
    phone: demandSteps({ labels: {} }, { labels: {} }),
    layout: demandLayout as ListLayout<unknown>,
    kindLabels: DEMAND.labels,
    sheetPaths: {
      [D.jobs]: 'jobs', [D.skills]: 'jobs.skills', [D.training]: 'trainingNeeds', [D.challenges]: 'challenges',
      [D.resources]: 'resourceRequests', [D.modes]: 'cooperationModes',
    },
    implied: {},
  },
]

/** Every field's dotted path, rows and groups included. */
function paths(fields: Fields, prefix = ''): [string, AnyField][] {
  return Object.entries(fields).flatMap(([k, f]) => {
    const here: [string, AnyField] = [`${prefix}${k}`, f]
    return f.kind === 'rows' || f.kind === 'group' ? [here, ...paths(f.fields, `${prefix}${k}.`)] : [here]
  })
}
const leaves = (form: FormDefinition) =>
  paths(Object.fromEntries(topFields(form))).filter(([, f]) => f.kind !== 'rows' && f.kind !== 'group')

function phonePaths(specs: FieldSpec[], prefix = ''): [string, FieldSpec][] {
  return specs.flatMap((s) => {
    const here: [string, FieldSpec] = [`${prefix}${s.key}`, s]
    return s.kind === 'rows' ? [here, ...phonePaths(s.fields, `${prefix}${s.key}.`)] : [here]
  })
}

/** The keys of an object schema, looking through refinements and arrays. */
function keysAt(schema: z.ZodType, path: string[]): string[] {
  let node = schema as unknown as { shape?: Record<string, z.ZodType>; element?: z.ZodType; unwrap?: () => z.ZodType }
  for (const part of path) {
    node = node.shape![part] as never
    while (node && !node.shape) node = (node.element ?? node.unwrap?.()) as never
  }
  return Object.keys(node.shape ?? {})
}

describe.each(CASES)('$name: one definition, four readers', (c) => {
  it('the contract has exactly the definition’s fields, step by step and row by row', () => {
    expect(Object.keys(c.steps)).toEqual(Object.keys(c.form.steps))
    for (const [step, def] of Object.entries(c.form.steps)) expect(Object.keys(c.steps[step]!.shape)).toEqual(Object.keys(def.fields))
    for (const [path, f] of paths(Object.fromEntries(topFields(c.form)))) {
      if (f.kind === 'rows' || f.kind === 'group') expect(keysAt(c.full, path.split('.')), path).toEqual(Object.keys(f.fields))
    }
  })

  it('the phone asks every field, under the definition’s label, and nothing else', () => {
    expect(c.phone.map((s) => [s.section, s.title])).toEqual(Object.entries(c.form.steps).map(([k, s]) => [k, s.title]))
    const phone = new Map(c.phone.flatMap((s) => phonePaths(s.fields)))
    const defined = paths(Object.fromEntries(topFields(c.form))).filter(([, f]) => f.kind !== 'group')
    expect([...phone.keys()].sort()).toEqual(defined.map(([p]) => p).sort())
    for (const [path, f] of defined) expect(phone.get(path)!.label.startsWith(f.label), `${path}: ${phone.get(path)!.label}`).toBe(true)
  })

  it('every Excel column and 基本信息 line is a defined field under its label, and every field has a place', () => {
    const placed = new Set<string>()
    for (const field of [...c.layout.header, ...c.layout.items.flatMap((i) => ('field' in i ? [i.field] : []))]) {
      const f = fieldAt(c.form, field.key)
      expect(f, field.key).toBeDefined()
      expect(field.header).toBe(f!.label)
      expect(field.required ?? false).toBe(isRequired(f!))
      placed.add(field.key)
    }
    for (const sheet of c.layout.sheets) {
      const rowPath = c.sheetPaths[sheet.name]!
      const parent = rowPath.split('.').slice(0, -1).join('.')
      for (const col of sheet.columns) {
        const own = fieldAt(c.form, `${rowPath}.${col.key}`)
        const path = own ? `${rowPath}.${col.key}` : fieldAt(c.form, rowPath)?.kind === 'enums' ? rowPath : `${parent}.${col.key === 'jobTitle' ? 'title' : col.key}`
        const f = fieldAt(c.form, path)
        expect(f, `${sheet.name}/${col.header}`).toBeDefined()
        expect(col.header, `${sheet.name}/${col.key}`).toBe(f!.label)
        expect(col.labels).toEqual(f!.options?.labels)
        placed.add(path)
      }
    }
    const missing = leaves(c.form).map(([p]) => p).filter((p) => !placed.has(p) && !(p in c.implied))
    expect(missing).toEqual([])
  })

  it('the 基本信息 table is the form’s 类别/具体指标 table, footnote marks included, and the footnotes print under it', () => {
    const lines = c.layout.items.map((i) => [i.category, i.label])
    for (const ind of c.form.indicators) expect(lines).toContainEqual([ind.category, marked(ind)])
    expect(c.layout.footnotes.map((f) => Number(f.mark))).toEqual(Object.keys(c.form.footnotes).map(Number))
    expect(c.layout.title).toBe(c.form.title)
    expect(c.layout.remark).toBe(c.form.remark)
  })

  it('version diffs name each section, and each field of the unit’s basic block, as the definition does', () => {
    const expected = topFields(c.form).flatMap(([k, f]) => [
      [k, f.label],
      ...(f.kind === 'group' ? Object.entries(f.fields).map(([sub, g]) => [`${k}.${sub}`, g.label]) : []),
    ])
    expect(c.kindLabels).toEqual(Object.fromEntries(expected))
  })
})

describe('the wording the readers used to disagree on', () => {
  it('附件1 calls its first section 相关专业设置 everywhere', () => {
    const sheetLine = supplyLayout.items.find((i) => 'sheets' in i && i.sheets.includes(S.majors))
    expect(sheetLine?.label).toBe('相关专业设置¹')
    expect(SUPPLY_STEPS.flatMap((s) => s.fields).find((f) => f.key === 'majors')?.label).toBe('相关专业设置')
    expect(SUPPLY.labels.majors).toBe('相关专业设置')
    expect(missingSupplySections({})).toContain('相关专业设置')
  })

  it('both phones carry 填报时间 and the fields that used to be Excel-only', () => {
    const supply = new Map(SUPPLY_STEPS.flatMap((s) => phonePaths(s.fields)))
    for (const p of ['filledAt', 'trainingCourses.periodDays', 'trainingCourses.startDate', 'trainingCourses.fee']) expect(supply.has(p), p).toBe(true)
    const demand = new Map(demandSteps({ labels: {} }, { labels: {} }).flatMap((s) => phonePaths(s.fields)))
    for (const p of ['filledAt', 'trainingNeeds.periodDays', 'resourceRequests.cooperationNote']) expect(demand.has(p), p).toBe(true)
    expect(missingDemandSections({})).toContain('合作模式期望')
  })
})
