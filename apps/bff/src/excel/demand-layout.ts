import { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import { demandForm } from '@zhilian/shared/forms/demand-form'
import type { AnyField } from '@zhilian/shared/forms/field'
import { supplyForm } from '@zhilian/shared/forms/supply-form'
import { attach, indexBy, omit, rowsOf } from './assemble'
import { columnOf, columnsOf, fieldLine, footnotesOf, sectionLine } from './form-columns'
import type { ListLayout } from './layout'

const F = demandForm.steps
const org = F.basic.fields.org
const jobs = columnsOf(demandForm, F.jobs.fields.jobs)
const skills = columnsOf(demandForm, F.jobs.fields.jobs.fields.skills)
const training = columnsOf(demandForm, F.training.fields.trainingNeeds)
const challenges = columnsOf(demandForm, F.innovation.fields.challenges)
const resources = columnsOf(demandForm, F.innovation.fields.resourceRequests)
const header = columnsOf(demandForm, F.basic)
const line = (path: string, f: AnyField, category = '基本信息') => fieldLine(demandForm, category, path, f)

export const D = {
  jobs: '岗位需求', skills: '技能要求', training: '培训需求', challenges: '技术攻关', resources: '院校资源需求', modes: '合作模式',
} as const

/** 附件2 企业需求清单统计表 as a workbook: 基本信息 like the printed form, one sheet per repeating section. */
export const demandLayout: ListLayout<DemandListInput> = {
  kind: 'demand-list',
  title: demandForm.title,
  remark: demandForm.remark,
  footnotes: footnotesOf(demandForm),
  otherTitle: supplyForm.title,
  unitNamePath: 'org.name',
  header: [header('filledAt'), header('filledBy'), header('filledByPhone')],
  items: [
    line('org.name', org.fields.name),
    line('org.uscc', org.fields.uscc),
    line('org.nature', org.fields.nature),
    line('labelIds', F.basic.fields.labelIds),
    line('org.contactName', org.fields.contactName),
    line('org.contactPhone', org.fields.contactPhone),
    line('org.contactTitle', org.fields.contactTitle),
    line('org.contactEmail', org.fields.contactEmail),
    sectionLine(demandForm, '岗位类型及数量', [D.jobs]),
    sectionLine(demandForm, '技能要求', [D.skills]),
    sectionLine(demandForm, '学历/经验要求', [D.jobs]),
    sectionLine(demandForm, '员工培训内容', [D.training]),
    sectionLine(demandForm, '培训对象及规模', [D.training]),
    sectionLine(demandForm, '培训时间与方式', [D.training]),
    sectionLine(demandForm, '技术合作方向', [D.challenges]),
    sectionLine(demandForm, '院校资源需求', [D.resources]),
    sectionLine(demandForm, '合作模式期望', [D.modes]),
    line('cooperationNote', F.innovation.fields.cooperationNote, '产教协同创新需求'),
  ],
  sheets: [
    {
      name: D.jobs,
      columns: [
        jobs('title', { width: 20 }), jobs('type'), jobs('headcount'), jobs('education'), jobs('minYearsExperience'), jobs('cityCode', { width: 12 }),
        jobs('salaryMin'), jobs('salaryMax'), jobs('majorCodes'), jobs('description', { width: 40 }),
      ],
    },
    {
      name: D.skills,
      columns: [
        jobs('title', { key: 'jobTitle', note: '与「岗位需求」表中的岗位名称一致', width: 20, listFrom: { sheet: D.jobs, column: 'A' } }),
        skills('name'),
        skills('level'),
      ],
    },
    {
      name: D.training,
      columns: [
        training('content'), training('audience', { width: 20 }), training('perSession'), training('perYear'), training('periodText'),
        training('periodDays'), training('format'),
      ],
    },
    {
      name: D.challenges,
      columns: [challenges('title'), challenges('problem', { width: 40 }), challenges('target', { width: 30 }), challenges('deadline'), challenges('budgetWan', { width: 12 })],
    },
    { name: D.resources, columns: [resources('kind'), resources('description', { width: 40 }), resources('cooperationMode'), resources('cooperationNote', { width: 30 })] },
    { name: D.modes, columns: [columnOf(demandForm, 'mode', F.innovation.fields.cooperationModes, { required: true })] },
  ],
  schema: DemandListInput,

  assemble(basic, s, out) {
    const jobs = rowsOf(s[D.jobs], 'jobs', out).map((j) => ({ majorCodes: [], ...j, skills: [] as Record<string, unknown>[] }))
    const jobIndex = indexBy(jobs, ['title'])
    for (const r of s[D.skills] ?? []) {
      const ji = attach(r, ['jobTitle'], out, jobIndex, '「岗位需求」表中没有这个岗位名称')
      if (ji === undefined) continue
      const skills = jobs[ji]!.skills
      skills.push(omit(r.values, ['jobTitle']))
      out.place(`jobs.${ji}.skills.${skills.length - 1}`, r)
    }
    const modes = s[D.modes] ?? []
    modes.forEach((r, i) => out.alias(`cooperationModes.${i}`, r, 'mode'))
    return {
      ...basic,
      labelIds: basic.labelIds ?? [],
      jobs,
      trainingNeeds: rowsOf(s[D.training], 'trainingNeeds', out),
      challenges: rowsOf(s[D.challenges], 'challenges', out),
      resourceRequests: rowsOf(s[D.resources], 'resourceRequests', out),
      cooperationModes: modes.map((r) => r.values.mode),
    }
  },

  disassemble(d) {
    return {
      [D.jobs]: d.jobs,
      [D.skills]: d.jobs.flatMap((j) => j.skills.map((sk) => ({ jobTitle: j.title, ...sk }))),
      [D.training]: d.trainingNeeds,
      [D.challenges]: d.challenges,
      [D.resources]: d.resourceRequests,
      [D.modes]: d.cooperationModes.map((mode) => ({ mode })),
    }
  },
}
