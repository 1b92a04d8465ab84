/**
 * Upload helpers for the import route tests (imports.test.ts and the 10,000-row imports-scale.heavy.ts): an enterprise
 * with its sample 附件2, uploads through the typed client, and following a 202 to its end as the phone does.
 */
import { createEnterprise, createMember } from '@zhilian/db/factories'
import type { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import { ImportJobSchema, type ImportJob } from '@zhilian/shared/contracts/imports'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import type { Harness } from './harness'

/** `harness` is read at call time, so the helpers can be made at module level before beforeAll builds the harness. */
export function importFixtures(harness: () => Harness) {
  const api = (token: string) => harness().clientAs(token).api
  const upload = (kind: 'supply' | 'demand', token: string, bytes: Uint8Array, name = 'list.xlsx') => {
    const form = { file: new File([bytes], name) }
    return kind === 'supply' ? api(token).imports.supply.$post({ form }) : api(token).imports.demand.$post({ form })
  }
  const importJob = (id: string, token: string) => api(token).imports[':id'].$get({ param: { id } })

  async function enterprise(chainIds = ['SD-C02']) {
    const org = await createEnterprise(harness().prisma, { chainIds })
    const { user } = await createMember(harness().prisma, org)
    const token = await harness().tokenFor(user)
    const data = sampleDemandList()
    data.org.uscc = org.uscc
    return { org, user, token, data }
  }

  /** Follows a 202 to its end by polling, as the phone does. */
  async function settle(res: Awaited<ReturnType<typeof upload>>, token: string): Promise<ImportJob> {
    let job = ImportJobSchema.parse(await res.json())
    for (let i = 0; i < 600 && !['done', 'failed'].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 200))
      job = ImportJobSchema.parse(await (await importJob(job.id, token)).json())
    }
    return job
  }

  /** What an import may write: list versions, the organisation's drafts and its audit rows. */
  const written = async (orgId: string) => ({
    versions: await harness().prisma.listVersion.count(),
    drafts: await harness().prisma.demandList.count({ where: { orgId, draft: { not: undefined } } }),
    audits: await harness().prisma.auditLog.count({ where: { orgId } }),
  })

  return { api, upload, importJob, enterprise, settle, written }
}

export async function breakCell(bytes: Buffer, sheet: string, address: string, value: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as never)
  wb.getWorksheet(sheet)!.getCell(address).value = value
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export function manyJobs(data: DemandListInput, n: number): DemandListInput {
  const base = data.jobs[0]!
  return { ...data, jobs: Array.from({ length: n }, (_, i) => ({ ...base, title: `${base.title}${i + 1}号岗`, skills: [base.skills[0]!] })) }
}
