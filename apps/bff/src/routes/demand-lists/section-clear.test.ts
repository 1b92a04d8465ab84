/**
 * Decision 096: a list step's optional field the user emptied is sent as null and emptied in the draft; a key left
 * out of the step's body is unchanged. Before, an emptied field was simply not sent, so the old value stayed.
 */
import { createEnterprise, createMember } from '@zhilian/db/factories'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { MyListSchema, SectionSavedSchema } from '@zhilian/shared/contracts/lists'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

async function member() {
  const org = await createEnterprise(h.prisma)
  const { user } = await createMember(h.prisma, org, { isOwner: true })
  const lists = h.clientAs(await h.tokenFor(user)).api['demand-lists']
  const put = (json: Record<string, unknown>) => lists.mine.sections[':section'].$put({ param: { section: 'innovation' }, json })
  const draft = async () => MyListSchema.parse(await (await lists.mine.$get()).json()).draft
  return { put, draft }
}

describe('a 附件2 step clears an optional field sent as null (decision 096)', () => {
  const { challenges, resourceRequests, cooperationModes } = sampleDemandList()
  const step = { challenges, resourceRequests, cooperationModes }

  it('empties 合作模式补充说明 sent as null and keeps it when the key is left out', async () => {
    const m = await member()
    expect((await m.put({ ...step, cooperationNote: '每年接收20名顶岗实习学生' })).status).toBe(200)
    expect((await m.put(step)).status).toBe(200)
    expect((await m.draft()).cooperationNote).toBe('每年接收20名顶岗实习学生')
    const cleared = await m.put({ ...step, cooperationNote: null })
    expect(cleared.status).toBe(200)
    const draft = await m.draft()
    expect(draft).not.toHaveProperty('cooperationNote')
    expect(draft.cooperationModes).toEqual(cooperationModes)
  })

  it('still checks a value that is there', async () => {
    const m = await member()
    const res = await m.put({ ...step, cooperationNote: 'x'.repeat(501) })
    expect(res.status).toBe(200)
    const saved = SectionSavedSchema.parse(await res.json())
    expect(saved.valid).toBe(false)
    expect(saved.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'cooperationNote' })]))
  })
})
