import { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { demandForm } from '@zhilian/shared/forms/demand-form'
import { supplyForm } from '@zhilian/shared/forms/supply-form'
import { attach, indexBy, omit, rowsOf } from './assemble'
import { columnsOf, fieldLine, footnotesOf, sectionLine } from './form-columns'
import type { ListLayout } from './layout'

const F = supplyForm.steps
const college = F.basic.fields.college
const majors = columnsOf(supplyForm, F.talent.fields.majors)
const enrolments = columnsOf(supplyForm, F.talent.fields.enrolments)
const cohorts = columnsOf(supplyForm, F.talent.fields.cohorts)
const destinations = columnsOf(supplyForm, F.talent.fields.cohorts.fields.destinations)
const faculty = columnsOf(supplyForm, F.talent.fields.faculty)
const equipment = columnsOf(supplyForm, F.equipment.fields.equipment)
const research = columnsOf(supplyForm, F.research.fields.researchProjects)
const ip = columnsOf(supplyForm, F.research.fields.ip)
const training = columnsOf(supplyForm, F.research.fields.trainingCourses)
const cases = columnsOf(supplyForm, F.research.fields.cases)
const header = columnsOf(supplyForm, F.basic)
const destinationKeys = ['majorCode', 'year'] as const
const equipmentKeys = ['name', 'model'] as const

export const S = {
  majors: '专业设置', enrolments: '在校生规模', cohorts: '毕业生规模', destinations: '毕业去向', faculty: '师资队伍',
  equipment: '实验实训设备', sharing: '设备开放共享', research: '科研项目', ip: '专利软著', training: '企业培训', cases: '典型案例',
} as const

/** 附件1 职业院校供给清单统计表 as a workbook: 基本信息 like the printed form, one sheet per repeating section. */
export const supplyLayout: ListLayout<SupplyListInput> = {
  kind: 'supply-list',
  title: supplyForm.title,
  remark: supplyForm.remark,
  footnotes: footnotesOf(supplyForm),
  otherTitle: demandForm.title,
  unitNamePath: 'college.name',
  header: [header('year'), header('filledAt'), header('filledBy'), header('filledByPhone')],
  items: [
    ...(['name', 'uscc', 'contactName', 'contactPhone', 'contactTitle', 'contactEmail'] as const).map((k) =>
      fieldLine(supplyForm, '基本信息', `college.${k}`, college.fields[k])),
    sectionLine(supplyForm, '相关专业设置', [S.majors]),
    sectionLine(supplyForm, '在校生规模', [S.enrolments]),
    sectionLine(supplyForm, '毕业生规模', [S.cohorts, S.destinations]),
    sectionLine(supplyForm, '师资队伍情况', [S.faculty]),
    sectionLine(supplyForm, '主要实验/实训设备', [S.equipment]),
    sectionLine(supplyForm, '设备开放共享情况', [S.sharing]),
    sectionLine(supplyForm, '科研成果与技术服务能力', [S.research, S.ip]),
    sectionLine(supplyForm, '企业培训服务能力', [S.training]),
    sectionLine(supplyForm, '产教融合典型案例', [S.cases]),
  ],
  sheets: [
    { name: S.majors, columns: [majors('majorCode'), majors('chainIds')] },
    { name: S.enrolments, columns: [enrolments('majorCode'), enrolments('grade', { width: 10 }), enrolments('count')] },
    { name: S.cohorts, columns: [cohorts('majorCode'), cohorts('year'), cohorts('count'), cohorts('employedCount')] },
    {
      name: S.destinations,
      columns: [
        cohorts('majorCode', { note: '与「毕业生规模」表中的专业一致' }),
        cohorts('year', { note: '与「毕业生规模」表中的年份一致' }),
        destinations('type'),
        destinations('count'),
        destinations('mainPositions', { width: 30 }),
      ],
    },
    {
      name: S.faculty,
      columns: [faculty('majorCode'), faculty('fullTime'), faculty('seniorTitleShare'), faculty('partTimeFromIndustry'), faculty('industryBackground', { width: 30 })],
    },
    {
      name: S.equipment,
      columns: [equipment('name'), equipment('model', { width: 18 }), equipment('quantity', { width: 10 }), equipment('coreFunction'), equipment('chainIds')],
    },
    {
      // Only open equipment has a row here; its 开放时间 and 有偿/无偿 are then required (footnote ⁶).
      name: S.sharing,
      columns: [
        equipment('name', { note: `${supplyForm.footnotes[6]}。与「实验实训设备」表中的设备名称一致` }),
        equipment('model', { note: '与「实验实训设备」表中的型号一致', width: 18 }),
        equipment('openHours', { required: true, width: 22 }),
        equipment('fee', { required: true, width: 12 }),
        equipment('feeNote', { width: 22 }),
        equipment('cooperationMode', { width: 22 }),
      ],
    },
    {
      name: S.research,
      columns: [
        research('name', { width: 30 }), research('level', { width: 18 }), research('outcomeType', { width: 14 }), research('commissioningUnit'),
        research('amountWan', { width: 16 }), research('finished'), research('year'), research('chainIds'),
      ],
    },
    { name: S.ip, columns: [ip('kind'), ip('name', { width: 36 }), ip('number', { width: 22 }), ip('year')] },
    {
      name: S.training,
      columns: [
        training('title'), training('content'), training('format', { width: 12 }), training('periodDays'), training('hours', { width: 10 }),
        training('yearlyCapacity'), training('seatsPerSession'), training('startDate'), training('fee', { width: 16 }), training('chainIds'),
      ],
    },
    { name: S.cases, columns: [cases('title'), cases('partner'), cases('content', { width: 40 }), cases('outcome'), cases('year')] },
  ],
  schema: SupplyListInput,

  assemble(basic, s, out) {
    const cohorts = rowsOf(s[S.cohorts], 'cohorts', out).map((c) => ({ ...c, destinations: [] as Record<string, unknown>[] }))
    s[S.cohorts]?.forEach((r, i) => out.alias(`cohorts.${i}.destinations`, r, 'count'))
    const cohortIndex = indexBy(cohorts, destinationKeys)
    for (const r of s[S.destinations] ?? []) {
      const ci = attach(r, destinationKeys, out, cohortIndex, '「毕业生规模」表中没有该专业该年份的毕业生，请先填写')
      if (ci === undefined) continue
      const destinations = cohorts[ci]!.destinations
      destinations.push({ mainPositions: [], ...omit(r.values, destinationKeys) })
      out.place(`cohorts.${ci}.destinations.${destinations.length - 1}`, r)
    }

    const equipment = rowsOf(s[S.equipment], 'equipment', out).map((e) => ({ ...e, open: false }))
    const equipmentIndex = indexBy(equipment, equipmentKeys)
    const shared = new Set<number>()
    for (const r of s[S.sharing] ?? []) {
      const index = attach(r, equipmentKeys, out, equipmentIndex, '「实验实训设备」表中没有这台设备（名称和型号须一致）', ['name'])
      if (index === undefined) continue
      if (shared.has(index)) {
        out.issue(r, 'name', '该设备的开放共享情况重复填写')
        continue
      }
      shared.add(index)
      Object.assign(equipment[index]!, omit(r.values, equipmentKeys), { open: true })
      for (const key of ['openHours', 'fee', 'feeNote', 'cooperationMode']) out.alias(`equipment.${index}.${key}`, r, key)
    }

    return {
      ...basic,
      majors: rowsOf(s[S.majors], 'majors', out),
      enrolments: rowsOf(s[S.enrolments], 'enrolments', out),
      cohorts,
      faculty: rowsOf(s[S.faculty], 'faculty', out),
      equipment,
      researchProjects: rowsOf(s[S.research], 'researchProjects', out),
      ip: rowsOf(s[S.ip], 'ip', out),
      trainingCourses: rowsOf(s[S.training], 'trainingCourses', out),
      cases: rowsOf(s[S.cases], 'cases', out),
    }
  },

  disassemble(d) {
    return {
      [S.majors]: d.majors,
      [S.enrolments]: d.enrolments,
      [S.cohorts]: d.cohorts.map((c) => omit(c, ['destinations'])),
      [S.destinations]: d.cohorts.flatMap((c) => c.destinations.map((x) => ({ majorCode: c.majorCode, year: c.year, ...x }))),
      [S.faculty]: d.faculty,
      [S.equipment]: d.equipment,
      [S.sharing]: d.equipment.filter((e) => e.open),
      [S.research]: d.researchProjects,
      [S.ip]: d.ip,
      [S.training]: d.trainingCourses,
      [S.cases]: d.cases,
    }
  },
}
