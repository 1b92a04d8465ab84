/**
 * Parses uploaded workbooks in a worker thread, so a 50,000-row file keeps no other request waiting: exceljs
 * inflates and reads the whole file with long synchronous stretches. One worker is kept (started on first use,
 * unref'd so it never holds the process open) and given its own heap cap: a file that still manages to balloon
 * ends that worker, never the server, and is refused like any oversized file; the next upload starts a new one.
 */
import { Worker } from 'node:worker_threads'
import type { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import type { ParseContext, ParseResult } from './index'

/** The worker's own heap; the largest accepted file (a 10,000-row list, 5 MB) needs well under this. */
const WORKER_HEAP_MB = 768
const TOO_LARGE = '文件内容过大，请删除多余的行、图片或格式后重新上传'

type Kind = 'supply' | 'demand'
type Parsed<K extends Kind> = ParseResult<K extends 'supply' ? SupplyListInput : DemandListInput>
type Answer = { id: number; result?: ParseResult<unknown>; error?: string }
interface Waiter { resolve: (r: ParseResult<unknown>) => void; reject: (e: Error) => void }

let current: { worker: Worker; waiting: Map<number, Waiter> } | undefined
let nextId = 0

function parser() {
  if (current) return current
  // A plain-JavaScript entry: a worker does not inherit the server's TypeScript loader (parse-worker.mjs).
  const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
  const waiting = new Map<number, Waiter>()
  const mine = { worker, waiting }
  worker.unref()
  worker.on('message', ({ id, result, error }: Answer) => {
    const waiter = waiting.get(id)
    waiting.delete(id)
    if (result) waiter?.resolve(result)
    else waiter?.reject(new Error(error ?? 'workbook parser failed'))
  })
  const lost = (error: NodeJS.ErrnoException | undefined) => {
    if (current === mine) current = undefined
    for (const waiter of waiting.values()) {
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') waiter.resolve({ ok: false, issues: [{ path: '', message: TOO_LARGE }] })
      else waiter.reject(error ?? new Error('workbook parser stopped'))
    }
    waiting.clear()
  }
  worker.on('error', lost)
  worker.on('exit', () => lost(undefined))
  current = mine
  return mine
}

export function parseOffThread<K extends Kind>(kind: K, bytes: Uint8Array, limits: ParseContext = {}): Promise<Parsed<K>> {
  const { worker, waiting } = parser()
  const id = nextId++
  return new Promise<Parsed<K>>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (r: ParseResult<unknown>) => void, reject })
    worker.postMessage({ id, kind, bytes, limits })
  })
}

/** Starts the worker and waits until it has loaded the parser (its first start takes seconds), so no upload waits for it. */
export async function warmParser(): Promise<void> {
  await parseOffThread('supply', new Uint8Array())
}
