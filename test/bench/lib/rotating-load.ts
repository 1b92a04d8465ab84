/**
 * autocannon's load with each request from the next of `addresses` client addresses (X-Forwarded-For's last entry,
 * which a BFF with TRUST_PROXY=true counts as the client's), for the counted benchmarks (decision 093): one address
 * at 1,000 searches a second would pass the search's limit of 1,200 a minute within two seconds, and production's
 * searches come from many addresses. Its own process, as the CLI's; prints the result as the CLI's `--json` does.
 *
 *   node --import tsx rotating-load.ts <url> <connections> <seconds> <addresses>
 */
import { createRequire } from 'node:module'

interface RequestSpec { setupRequest(req: { headers?: Record<string, string> }): unknown }
type Autocannon = (opts: { url: string; connections: number; duration: number; requests: RequestSpec[] }) => PromiseLike<unknown>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const [url, connections, seconds, addresses] = process.argv.slice(2)
const n = Number(addresses)
let next = 0
const result = await autocannon({
  url: url!, connections: Number(connections), duration: Number(seconds),
  requests: [{
    setupRequest: (req) => {
      const k = next++ % n
      return { ...req, headers: { ...req.headers, 'x-forwarded-for': `10.9.${k >> 8}.${k & 255}` } }
    },
  }],
})
process.stdout.write(JSON.stringify(result))
