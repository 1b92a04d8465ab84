/**
 * Benchmarks that weigh the BFF in one process (decisions 054 and 086): a request answered through
 * @hono/node-server's request listener on an in-memory socket, so the adapter's header and body handling run as over
 * HTTP and nothing leaves the process; and variants weighed in alternating rounds by this process's CPU time (all
 * threads, so V8's garbage-collection helpers count too) and by what each allocates.
 */
import { IncomingMessage, ServerResponse } from 'node:http'
import { loadavg } from 'node:os'
import { Duplex } from 'node:stream'
import { getRequestListener } from '@hono/node-server'
import { weigh } from './alloc'

export type Listener = ReturnType<typeof getRequestListener>
export type Fetch = (req: Request) => Response | Promise<Response>

/** One request as node:http's parser would leave it: headers by their wire names, the body read to its end. */
export interface InProcessRequest {
  method: 'GET' | 'POST'
  path: string
  /** Wire-cased names, in the order they are sent. */
  headers: [string, string][]
  body?: string
}
type Prepared = Omit<InProcessRequest, 'headers'> & { headers: Record<string, string>; rawHeaders: string[] }

/** Works the headers out once, so each request pays only for its own copies (as the parser's fresh objects cost). */
export function prepareRequest(request: InProcessRequest): Prepared {
  return { ...request, headers: Object.fromEntries(request.headers.map(([name, value]) => [name.toLowerCase(), value])), rawHeaders: request.headers.flat() }
}

/** A socket that swallows what is written: the adapter and node:http do all their work, nothing leaves the process. */
const sink = () => new Duplex({ read() {}, write(_chunk, _enc, done) { done() } })

/** Answers `request` through `listener`; `capture` keeps the answer's text (off while measuring: it costs). */
export async function answerInProcess(listener: Listener, request: Prepared, capture = false): Promise<{ status: number; body: string }> {
  const socket = sink()
  const req = new IncomingMessage(socket as never)
  req.method = request.method
  req.url = request.path
  req.headers = { ...request.headers }
  req.rawHeaders = [...request.rawHeaders]
  if (request.body !== undefined) {
    // As Node's parser leaves a request read to its end; otherwise its destroy takes the socket (and the answer) with it.
    req.complete = true
    req.push(request.body)
  }
  req.push(null)
  const res = new ServerResponse(req)
  res.assignSocket(socket as never)
  let text = ''
  if (capture) {
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    res.write = ((chunk: unknown, ...rest: never[]) => { text += String(chunk); return write(chunk as never, ...rest) }) as typeof res.write
    res.end = ((chunk?: unknown, ...rest: never[]) => { if (chunk && typeof chunk !== 'function') text += String(chunk); return end(chunk as never, ...rest) }) as typeof res.end
  }
  const finished = new Promise((resolve) => res.once('finish', resolve))
  await listener(req, res)
  await finished
  return { status: res.statusCode, body: text }
}

export interface Weighed { name: string; listener: Listener; samples: number[]; kib: number }

/** Each variant's listener, made once: check its answer with it, then weigh it. */
export const listenersOf = (variants: { name: string; fetch: Fetch }[]) => variants.map((v) => ({ name: v.name, listener: getRequestListener(v.fetch) }))

/**
 * Warms every variant up, then takes `rounds` alternating rounds of `requests` each (CPU µs per request), then one
 * more pass per variant for the KiB it allocates per request (lib/alloc.ts).
 */
export async function weighVariants(
  listeners: { name: string; listener: Listener }[],
  send: (listener: Listener) => Promise<unknown>,
  opts: { warmup: number; rounds: number; requests: number },
): Promise<Weighed[]> {
  const weighed = listeners.map((v) => ({ ...v, samples: [] as number[], kib: 0 }))
  for (const v of weighed) for (let i = 0; i < opts.warmup; i++) await send(v.listener) // warm-up: optimised code on every side
  const cpu = () => { const u = process.cpuUsage(); return u.user + u.system }
  for (let round = 0; round < opts.rounds; round++) {
    for (const v of weighed) {
      const start = cpu()
      for (let i = 0; i < opts.requests; i++) await send(v.listener)
      v.samples.push((cpu() - start) / opts.requests)
    }
  }
  for (const v of weighed) v.kib = (await weigh(opts.requests, () => send(v.listener))).kib
  return weighed
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** The table both benchmarks print: each variant's median, its rounds, its difference from `app`, its allocation. */
export function printWeighed(title: string, weighed: Weighed[], app: Weighed, rounds: number, requests: number) {
  const appMedian = median(app.samples)
  console.log(`${title}: CPU µs per request (all threads), median of ${rounds} rounds × ${requests}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  console.log('| variant | µs/request | rounds | app − variant | KiB allocated/request |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const v of weighed) {
    const m = median(v.samples)
    console.log(`| ${v.name} | ${m.toFixed(1)} | ${v.samples.map((s) => s.toFixed(0)).join(' ')} | ${(appMedian - m).toFixed(1)} | ${v.kib.toFixed(1)} |`)
  }
}
