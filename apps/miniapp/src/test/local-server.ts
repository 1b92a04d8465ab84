import { AppError } from '@zhilian/shared'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

/** Answers exactly as the BFF's onError does: the shared AppError rendered as problem+json. */
export function sendProblem(res: ServerResponse, error: AppError) {
  res.writeHead(error.status, { 'content-type': 'application/problem+json' })
  res.end(JSON.stringify(error.toProblem('req-test-1')))
}

/**
 * A real HTTP server on 127.0.0.1 for Taro.request (H5 implementation) to talk to. Routes are looked
 * up by "METHOD /path" at request time, so a test can change an answer between calls.
 */
export async function startLocalServer(routes: Record<string, Handler>) {
  const server = createServer((req, res) => {
    const handler = routes[`${req.method} ${new URL(req.url ?? '', 'http://x').pathname}`]
    if (handler) return handler(req, res)
    sendProblem(res, new AppError('NOT_FOUND'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.TARO_APP_API_BASE = origin
  return {
    origin,
    close: async () => {
      delete process.env.TARO_APP_API_BASE
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = ''
  for await (const chunk of req) raw += String(chunk)
  return raw ? JSON.parse(raw) : undefined
}
