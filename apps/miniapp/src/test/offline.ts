/**
 * A real network failure for the pages' requests: TARO_APP_API_BASE points at a loopback server that drops every
 * connection it is given, until the returned function puts the real BFF back. Test files only.
 */
import { createServer } from 'node:net'

export async function goOffline(): Promise<() => Promise<void>> {
  const dropper = createServer((socket) => socket.destroy())
  await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve))
  const address = dropper.address()
  if (address === null || typeof address === 'string') throw new Error('the dropping server has no port')
  const before = process.env.TARO_APP_API_BASE
  process.env.TARO_APP_API_BASE = `http://127.0.0.1:${address.port}`
  return async () => {
    process.env.TARO_APP_API_BASE = before
    await new Promise((resolve) => dropper.close(resolve))
  }
}
