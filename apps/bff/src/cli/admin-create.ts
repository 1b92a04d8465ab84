/**
 * `npm run admin:create -- --username <name> --display-name <姓名> [--scope …]`: creates an administrator on
 * DATABASE_URL, or on the embedded folder (which must not be open in a running server), applying pending
 * migrations first so it works on a database nothing has started yet. Prints the temporary password once
 * (decision 072).
 */
import { openDatabase, type DbHandle } from '@zhilian/db'
import { targetFromEnv } from '@zhilian/db/env'
import { bootstrapAdministrator, parseBootstrapArgs, refusalText, type BootstrapArgs } from '../administrators/bootstrap'
import { shownOnce } from '../administrators/shown-once'

/** Creates the account on the open database; the exit code. */
async function create(db: DbHandle, args: BootstrapArgs, where: string): Promise<number> {
  try {
    console.log(shownOnce(await bootstrapAdministrator(db.prisma, args), where))
    return 0
  } catch (error) {
    const refusal = refusalText(error)
    if (!refusal) throw error
    console.error(`未创建 / not created: ${refusal}`)
    return 1
  } finally {
    await db.close()
  }
}

async function main(): Promise<number> {
  let args: BootstrapArgs
  try {
    args = parseBootstrapArgs(process.argv.slice(2))
  } catch (error) {
    console.error(refusalText(error) ?? error)
    return 2
  }
  const target = targetFromEnv()
  const opened = await openDatabase({ ...target, migrate: true }).catch((error: unknown) => {
    console.error(`无法打开数据库 / cannot open the database: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  })
  return opened ? create(opened, args, target.url ? 'DATABASE_URL' : (target.dataDir ?? '')) : 1
}

process.exitCode = await main()
