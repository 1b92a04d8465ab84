/** The worker thread's side of parse-off-thread.ts: parses each workbook it is sent and posts the result back. */
import { parentPort } from 'node:worker_threads'
import { parseDemandWorkbook, parseSupplyWorkbook, type ParseContext } from './index'

interface Job { id: number; kind: 'supply' | 'demand'; bytes: Uint8Array; limits: ParseContext }

parentPort!.on('message', async ({ id, kind, bytes, limits }: Job) => {
  try {
    const result = kind === 'supply' ? await parseSupplyWorkbook(bytes, limits) : await parseDemandWorkbook(bytes, limits)
    parentPort!.postMessage({ id, result })
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
