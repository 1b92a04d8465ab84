/** `npm run seed -w @zhilian/db`: migrate, then load the demo data into DATABASE_URL or the embedded data folder. */
import { openDatabase } from './src/client'
import { targetFromEnv } from './src/env'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './src/seed/index'

const db = await openDatabase({ ...targetFromEnv(), migrate: true })
try {
  const started = Date.now()
  const summary = await seedDemo(db.prisma)
  console.log(summary.alreadySeeded ? 'demo data already present; nothing written' : `seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.table(summary)
  console.log(`demo accounts (password ${DEMO_PASSWORD}):`)
  console.table(DEMO_ACCOUNTS.map(({ username, role, displayName, note }) => ({ username, role, displayName, note })))
} finally {
  await db.close()
}
