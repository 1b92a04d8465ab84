/**
 * A loopback port nothing listens on now. Another process may take it before the caller binds, so a caller that
 * starts a server on it retries on EADDRINUSE. Plain JavaScript so the quick-start checker (start-smoke.mjs), which
 * runs without a TypeScript loader, shares it with the test harnesses.
 */
import { createServer } from 'node:net'

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
