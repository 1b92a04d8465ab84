/**
 * `npm run reference:sync -w @zhilian/db`: bring the reference tables of DATABASE_URL (or the embedded data folder) in
 * line with the CSVs of @zhilian/shared after the catalogue file changed (e.g. a new 增补): new majors inserted,
 * changed ones updated, majors missing from majors.csv marked retired (never deleted). One transaction; audited;
 * running it twice changes nothing the second time.
 */
import { openDatabase } from '../client'
import { targetFromEnv } from '../env'
import { seedReferenceInTransaction } from '../seed/reference'

const db = await openDatabase({ ...targetFromEnv(), migrate: true })
try {
  const majors = await seedReferenceInTransaction(db.prisma)
  console.log('major catalogue:', majors)
} finally {
  await db.close()
}
