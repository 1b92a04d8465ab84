/**
 * One unit's list as a workbook (decision 097): its members export the list as it stands, draft included; an
 * administrator who governs it exports what the unit submitted, never the draft on top of it.
 */
import { createAdmin, createCollege, createMember } from '@zhilian/db/factories'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { basicCell } from '../../testing/excel'
import { supplySections } from '../../testing/list-sections'

let h: Harness
let admin: string
vi.setConfig({ testTimeout: 120_000 })
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  admin = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

const exported = (token: string, id: string) => h.clientAs(token).api.exports.organizations[':id']['supply.xlsx'].$get({ param: { id } })
async function nameIn(res: Response): Promise<unknown> {
  expect(res.status).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  return basicCell(wb, '院校名称').value
}

describe('an administrator\'s export of one unit\'s list', () => {
  it('is the version the unit submitted: a complete draft, before or after a submission, stays the unit\'s', async () => {
    const org = await createCollege(h.prisma)
    const { user } = await createMember(h.prisma, org)
    const member = await h.tokenFor(user)
    const mine = h.clientAs(member).api['supply-lists'].mine
    const data = sampleSupplyList()
    data.college.uscc = org.uscc
    const fill = async (name: string) => {
      data.college.name = name
      for (const [section, value] of supplySections(data)) expect((await mine.sections[':section'].$put({ param: { section }, json: value })).status).toBe(200)
    }

    await fill('只填了草稿的职业学院')
    expect(await nameIn(await exported(member, org.id))).toBe('只填了草稿的职业学院')
    expect((await expectProblem(await exported(admin, org.id), 404, 'NOT_FOUND')).message).toBe('该单位尚未提交清单')

    expect((await mine.submit.$post({ json: {} })).status).toBe(200)
    await fill('提交后又改的职业学院')
    expect(await nameIn(await exported(member, org.id))).toBe('提交后又改的职业学院')
    expect(await nameIn(await exported(admin, org.id))).toBe('只填了草稿的职业学院')
  })
})
