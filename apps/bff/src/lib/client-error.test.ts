import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { ProblemSchema } from '@zhilian/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerClientErrors } from './client-error'

/** Decision 100: what Node's HTTP parser refuses is answered in the one error format, not as a bodiless 400. */
let server: Server
beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'))
  answerClientErrors(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Sends bytes as they are (fetch would encode them) and reads the whole answer. */
function raw(request: Buffer | string): Promise<{ head: string; body: string }> {
  const { port } = server.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request))
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const at = text.indexOf('\r\n\r\n')
      resolve({ head: text.slice(0, at), body: text.slice(at + 4) })
    })
  })
}

describe('answerClientErrors', () => {
  it('answers an address with raw non-ASCII bytes as a problem with a Chinese message', async () => {
    const { head, body } = await raw(Buffer.concat([Buffer.from('GET /api/jobs?q='), Buffer.from('数控', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]))
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request')
    expect(head).toContain('Content-Type: application/problem+json')
    const problem = ProblemSchema.parse(JSON.parse(body))
    expect(problem).toMatchObject({ code: 'BAD_REQUEST', status: 400 })
    expect(problem.message).toContain('须经 URL 编码')
    expect(head).toContain(`X-Request-Id: ${problem.requestId}`)
  })

  it('names oversized headers, and leaves a request Node can read to the app', async () => {
    const big = await raw(`GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(ProblemSchema.parse(JSON.parse(big.body)).message).toBe('请求头过大，请清除本站的 Cookie 后重试')
    const fine = await raw('GET /api/jobs?q=%E6%95%B0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(fine.head.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
    expect(fine.body).toContain('ok')
  })
})
