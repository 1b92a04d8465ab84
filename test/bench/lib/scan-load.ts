/**
 * Scan load from a process of its own, so the load generator never shares an event loop with the server it
 * measures. Driven over IPC by its parent with one job: { url, headers, eventId, students, clients }; each scan's
 * body is a check-in code signed just before it, as a phone shows it. Each of `clients` keep-alive loops takes the
 * next student; answers { latencies, firstTimes, errors, seconds } where firstTimes counts the scans each student's
 * server called first-time.
 */
import { issueCheckinCode } from '@zhilian/bff/routes/checkin/checkin-code'
import { BENCH_KEYS } from './server'

interface Job { url: string; headers: Record<string, string>; eventId: string; students: string[]; clients: number }

process.once('message', async (job: Job) => {
  const latencies: number[] = []
  const firstTimes: Record<string, number> = {}
  let errors = 0
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: job.clients }, async () => {
    while (next < job.students.length) {
      const studentId = job.students[next++]!
      const body = { code: issueCheckinCode(BENCH_KEYS.checkin, job.eventId, studentId).code }
      const t = performance.now()
      try {
        const res = await fetch(job.url, { method: 'POST', headers: job.headers, body: JSON.stringify(body) })
        const answer = (await res.json()) as { firstTime?: boolean }
        if (!res.ok) throw new Error(`answered ${res.status}`)
        if (answer.firstTime === true) firstTimes[studentId] = (firstTimes[studentId] ?? 0) + 1
      } catch {
        errors++
      }
      latencies.push(performance.now() - t)
    }
  }))
  process.send!({ latencies, firstTimes, errors, seconds: (performance.now() - started) / 1000 }, () => process.exit(0))
})
process.send!({ ready: true })
