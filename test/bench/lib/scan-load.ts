/**
 * Scan load from a process of its own, so the load generator never shares an event loop with the server it
 * measures. Driven over IPC by its parent with one job: { url, headers, eventId, students, clients }; each scan's
 * body is a check-in code signed just before it, as a phone shows it. Each of `clients` keep-alive loops takes the
 * next student; answers { latencies, firstTimes, errors, seconds, cpuMicros } where firstTimes counts the scans each
 * student's server called first-time and cpuMicros is this process's own CPU over the run.
 *
 * Requests go through node:http with a keep-alive agent, not `fetch` (decision 071): on this 2-core machine the load
 * shares the CPU with the server and PostgreSQL, and undici's fetch cost the load process 810–870 µs per scan against
 * 290–340 µs here (more than the BFF and PostgreSQL together), time taken from both servers alike.
 */
import http from 'node:http'
import { issueCheckinCode } from '@zhilian/bff/routes/checkin/checkin-code'
import { BENCH_KEYS } from './server'

interface Job { url: string; headers: Record<string, string>; eventId: string; students: string[]; clients: number }

/** One POST over the agent's kept-alive sockets; resolves with the status and the whole body. */
function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { text += chunk })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

process.once('message', async (job: Job) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients })
  const url = new URL(job.url)
  const latencies: number[] = []
  const firstTimes: Record<string, number> = {}
  let errors = 0
  let next = 0
  const cpu0 = process.cpuUsage()
  const started = performance.now()
  await Promise.all(Array.from({ length: job.clients }, async () => {
    while (next < job.students.length) {
      const studentId = job.students[next++]!
      const body = JSON.stringify({ code: issueCheckinCode(BENCH_KEYS.checkin, job.eventId, studentId).code })
      const t = performance.now()
      try {
        const res = await post(agent, url, job.headers, body)
        if (res.status < 200 || res.status > 299) throw new Error(`answered ${res.status}`)
        if ((JSON.parse(res.text) as { firstTime?: boolean }).firstTime === true) firstTimes[studentId] = (firstTimes[studentId] ?? 0) + 1
      } catch {
        errors++
      }
      latencies.push(performance.now() - t)
    }
  }))
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpu0)
  agent.destroy()
  process.send!({ latencies, firstTimes, errors, seconds, cpuMicros: cpu.user + cpu.system }, () => process.exit(0))
})
process.send!({ ready: true })
