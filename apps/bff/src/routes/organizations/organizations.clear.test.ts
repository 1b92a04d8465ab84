/**
 * Decision 096: an optional detail of a unit, once given, can be emptied. In the PATCH body a key left out is
 * unchanged, null or '' clears it (stored as null); a value that is there is checked as before.
 */
import { createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { OrgSchema } from '@zhilian/shared/contracts/organizations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
  await createCollege(h.prisma) // loads the reference tables (cities, chains)
})
afterAll(() => h.close())

const filled = { address: '淄博市张店区华光路1号', industryCode: 'C3411', intro: '数控机床', contactTitle: '人事经理', contactEmail: 'hr@qingkong.example.cn' }

/** A verified enterprise with every optional detail given, and its owner's token. */
async function unitWithDetails() {
  const org = await createEnterprise(h.prisma, filled)
  const { user } = await createMember(h.prisma, org, { isOwner: true })
  return { org, token: await h.tokenFor(user) }
}
const patch = (token: string, id: string, json: Record<string, unknown>) =>
  h.clientAs(token).api.organizations[':id'].$patch({ param: { id }, json: json as never })
const stored = (id: string) => h.prisma.organization.findUniqueOrThrow({ where: { id } })

describe('PATCH /organizations/:id clears optional details (decision 096)', () => {
  it('empties the contact email and address sent as \'\', and the title and intro sent as null, storing null', async () => {
    const { org, token } = await unitWithDetails()
    const res = await patch(token, org.id, { contactEmail: '', address: '', contactTitle: null, intro: null })
    expect(res.status).toBe(200)
    expect(OrgSchema.parse(await res.json())).toMatchObject({ contactEmail: null, address: null, contactTitle: null, intro: null, industryCode: 'C3411' })
    expect(await stored(org.id)).toMatchObject({ contactEmail: null, address: null, contactTitle: null, intro: null, industryCode: 'C3411' })
  })

  it('leaves a detail it was not sent as it was', async () => {
    const { org, token } = await unitWithDetails()
    expect((await patch(token, org.id, { intro: '五轴加工中心' })).status).toBe(200)
    expect(await stored(org.id)).toMatchObject({ ...filled, intro: '五轴加工中心' })
  })

  it('still refuses a wrong email and an empty required field beside the field, changing nothing', async () => {
    const { org, token } = await unitWithDetails()
    const bad = await expectProblem(await patch(token, org.id, { contactEmail: 'hr@', address: '' }), 400, 'VALIDATION_FAILED')
    expect(bad.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'contactEmail', message: '邮箱格式不正确' })]))
    const required = await expectProblem(await patch(token, org.id, { contactName: '' }), 400, 'VALIDATION_FAILED')
    expect(required.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'contactName' })]))
    expect(await stored(org.id)).toMatchObject(filled)
  })

  it('answers 404 to a member of another unit clearing this one\'s details, which stay', async () => {
    const { org } = await unitWithDetails()
    const other = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, other, { isOwner: true })
    await expectProblem(await patch(await h.tokenFor(user), org.id, { contactEmail: null, address: '' }), 404, 'NOT_FOUND')
    expect(await stored(org.id)).toMatchObject(filled)
  })
})
