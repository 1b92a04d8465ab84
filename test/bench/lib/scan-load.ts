/**
 * Scan load from a process of its own, so the load generator never shares an event loop with the server it
 * measures. Driven over IPC by its parent with one job: { url, headers, eventId, students, clients }; each scan's
 * body is a check-in code signed just before it, as a phone shows it. Each of `clients` keep-alive connections
 * takes the next student; answers { latencies, firstTimes, visits, errors, seconds, cpuMicros } where firstTimes counts the
 * scans each student's server called first-time (desk), visits holds each distinct visit time a student's scans were
 * answered with (booth: one per student when the visit is recorded once), and cpuMicros is this process's own CPU over the run.
 *
 * The connections are autocannon's (its HTTP/1.1 client on Node's own parser, request bytes built once per scan),
 * not `fetch` (decision 071): on this 2-core machine the load shares the CPU with the server and PostgreSQL, and
 * undici's fetch cost the load process 810–870 µs per scan, more than the BFF and PostgreSQL together, time taken
 * from both servers alike.
 */
import { createRequire } from 'node:module'
import { issueCheckinCode } from '@zhilian/bff/routes/checkin/checkin-code'
import { BENCH_KEYS } from './server'

/**
 * `identities`, when given, are per-connection headers (one desk or booth account and one address each, decision
 * 082's counted runs): connection k sends identities[k % length] on every scan it makes.
 */
interface Job { url: string; headers: Record<string, string>; identities?: Record<string, string>[]; eventId: string; students: string[]; clients: number }

/** The part of autocannon's programmatic API used here (the package ships no types). */
interface Scan { studentId?: string; identity?: Record<string, string> }
interface RequestSpec {
  method: 'POST'
  setupRequest(req: Record<string, unknown>, context: Scan): Record<string, unknown>
  onResponse(status: number, body: string, context: Scan): void
}
interface Instance extends PromiseLike<{ errors: number; timeouts: number }> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void
}
type Autocannon = (opts: { url: string; connections: number; amount: number; timeout: number; headers: Record<string, string>; requests: RequestSpec[] }) => Instance
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

process.once('message', async (job: Job) => {
  const latencies: number[] = []
  const firstTimes: Record<string, number> = {}
  const visits: Record<string, string[]> = {}
  let non2xx = 0
  let next = 0
  let connection = 0
  const cpu0 = process.cpuUsage()
  const started = performance.now()
  // autocannon gives each connection its share of `amount` and calls setupRequest once per request it sends, so every
  // student in the list is scanned exactly once; adjacent duplicates go to two connections and race, as at a gate.
  const instance = autocannon({
    url: job.url, connections: job.clients, amount: job.students.length, timeout: 60, headers: job.headers,
    requests: [{
      method: 'POST',
      setupRequest: (req, context) => {
        const studentId = job.students[next++]!
        context.studentId = studentId
        const body = JSON.stringify({ code: issueCheckinCode(BENCH_KEYS.checkin, job.eventId, studentId).code })
        if (!job.identities) return { ...req, body }
        // autocannon keeps one context per connection: the connection's identity is fixed at its first scan.
        context.identity ??= job.identities[connection++ % job.identities.length]!
        return { ...req, body, headers: { ...job.headers, ...context.identity } }
      },
      onResponse: (status, body, context) => {
        if (status < 200 || status > 299) return
        const id = context.studentId!
        const answer = JSON.parse(body) as { firstTime?: boolean; visitedAt?: string }
        if (answer.firstTime === true) firstTimes[id] = (firstTimes[id] ?? 0) + 1
        if (answer.visitedAt !== undefined && !visits[id]?.includes(answer.visitedAt)) (visits[id] ??= []).push(answer.visitedAt)
      },
    }],
  })
  // The run lasts until the last answer: autocannon notices that every connection is done only at its next
  // one-second sample tick, so its own end (or `await instance`) would add up to a second to a 2-second run.
  let lastAnswer = started
  instance.on('response', (_client, status, _bytes, ms) => {
    lastAnswer = performance.now()
    latencies.push(ms)
    if (status < 200 || status > 299) non2xx++
  })
  const result = await instance
  const seconds = (lastAnswer - started) / 1000
  const cpu = process.cpuUsage(cpu0)
  process.send!({ latencies, firstTimes, visits, errors: non2xx + result.errors + result.timeouts, seconds, cpuMicros: cpu.user + cpu.system }, () => process.exit(0))
})
process.send!({ ready: true })
