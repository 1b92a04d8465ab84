import { createServer } from 'node:net'
import { createUser } from '@zhilian/db/factories'
import { DEMO_ACCOUNTS } from '@zhilian/db/seed/index'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { assertPortFree, refuseDemoAccounts, StartupError } from './startup-checks'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('start-up checks', () => {
  it('refuses a production database that holds a demo account, in Chinese and English', async () => {
    await expect(refuseDemoAccounts(h.prisma)).resolves.toBeUndefined()
    await createUser(h.prisma, { username: DEMO_ACCOUNTS[3]!.username, role: 'admin' })
    const refusal = await refuseDemoAccounts(h.prisma).catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(StartupError)
    expect((refusal as Error).message).toMatch(/演示账号.*demo_admin[\s\S]*demo accounts/)
  })

  it('says a taken port is taken before anything else is opened', async () => {
    const holder = createServer()
    const port = await new Promise<number>((resolve) => holder.listen(0, '127.0.0.1', () => resolve((holder.address() as { port: number }).port)))
    try {
      const refusal = await assertPortFree('127.0.0.1', port).catch((e: unknown) => e)
      expect(refusal).toBeInstanceOf(StartupError)
      expect((refusal as Error).message).toContain(`端口 ${port} 已被`)
      expect((refusal as Error).message).toContain('already in use')
    } finally {
      await new Promise((r) => holder.close(r))
    }
    await expect(assertPortFree('127.0.0.1', port)).resolves.toBeUndefined()
  })
})
