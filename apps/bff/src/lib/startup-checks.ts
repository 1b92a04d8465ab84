/**
 * What start-up checks before it opens anything: the port is free (so a second start fails before it touches
 * the database), and a production database holds no demo accounts (their password is published).
 */
import { createServer } from 'node:net'
import { DEMO_ACCOUNTS } from '@zhilian/db/seed/index'
import type { Db } from './types'

/** A refusal to start, said in Chinese and English; main prints the message alone, without a stack. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}

export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const taken = error.code === 'EADDRINUSE'
      reject(
        new StartupError(
          taken
            ? `端口 ${port} 已被其他程序占用（可能是另一个正在运行的职链齐鲁），请先关闭它或用 PORT 换一个端口。\n` +
                `Port ${port} on ${host} is already in use (perhaps by another 职链齐鲁 server); stop it or set PORT. Nothing was opened.`
            : `无法在 ${host}:${port} 上监听（${error.code}）。\nCannot listen on ${host}:${port} (${error.code}).`,
        ),
      )
    })
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()))
  })
}

export async function refuseDemoAccounts(db: Db): Promise<void> {
  const present = await db.user.findMany({
    where: { username: { in: DEMO_ACCOUNTS.map((a) => a.username) }, deletedAt: null },
    select: { username: true },
  })
  if (present.length === 0) return
  const names = present.map((u) => u.username).join(', ')
  throw new StartupError(
    `生产环境的数据库中有演示账号（${names}），其密码已公开，拒绝启动。请删除这些账号，或改用新的数据库。\n` +
      `The production database holds demo accounts (${names}) whose password is published; refusing to start. ` +
      'Delete them or use a fresh database.',
  )
}
