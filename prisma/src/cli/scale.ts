/** `npm run scale -w @zhilian/db -- --jobs 200000 --students 500000 [--applications N]` into DATABASE_URL (or the embedded data folder). */
import { parseArgs } from 'node:util'
import { openDatabase } from '../client'
import { targetFromEnv } from '../env'
import { scaleData } from '../scale'

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '200000' }, students: { type: 'string', default: '500000' }, applications: { type: 'string' }, batch: { type: 'string' } },
})
const count = (name: string, raw: string | undefined) => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${raw}`)
  return n
}
const target = targetFromEnv()
const db = await openDatabase({ ...target, migrate: true })
try {
  const summary = await scaleData(db.prisma, {
    jobs: count('jobs', values.jobs),
    students: count('students', values.students),
    applications: values.applications === undefined ? undefined : count('applications', values.applications),
    batch: values.batch ? count('batch', values.batch) : undefined,
    concurrency: db.kind === 'postgres' ? 4 : 1,
    onProgress: (table, done, total) => process.stdout.write(`\r${table}: ${done}/${total}   ${done === total ? '\n' : ''}`),
  })
  console.log(`done in ${(summary.ms / 1000).toFixed(1)} s`, summary)
} finally {
  await db.close()
}
