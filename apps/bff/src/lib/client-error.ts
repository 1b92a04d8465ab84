import { randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import { AppError } from '@zhilian/shared'
import { PROBLEM_CONTENT_TYPE } from './problem'

/** What Node's HTTP parser refused, in words a person can act on. */
const REFUSALS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '请求头过大，请清除本站的 Cookie 后重试',
}
const MALFORMED = '请求格式不正确：请求地址或请求头含有不允许的字符（地址中的中文等字符须经 URL 编码），请检查后重试'

/**
 * A request Node's HTTP parser cannot read (a raw non-ASCII byte in the address, a control character in a header,
 * headers over 16 KB …) never reaches the app, so its answer was Node's own: `400 Bad Request` with no body (decision
 * 100). This writes the one error format instead, then closes the connection as Node does. Timeouts and resets keep
 * Node's handling.
 */
export function answerClientErrors(server: { on(event: 'clientError', listener: (err: NodeJS.ErrnoException, socket: Socket) => void): unknown }) {
  server.on('clientError', (err, socket) => {
    if (!err.code?.startsWith('HPE_') || !socket.writable) {
      if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' && socket.writable) socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n')
      else socket.destroy()
      return
    }
    const requestId = randomUUID()
    const body = JSON.stringify(new AppError('BAD_REQUEST', { userMessage: REFUSALS[err.code] ?? MALFORMED }).toProblem(requestId))
    socket.end([
      'HTTP/1.1 400 Bad Request',
      `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Cache-Control: no-store',
      `X-Request-Id: ${requestId}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'))
  })
}
