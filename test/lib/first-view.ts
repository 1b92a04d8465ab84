/**
 * The size of what a page loads first, as the benchmark and the size check both count it: the built file behind each
 * script, stylesheet and document URL the page fetched from the app, as gzip -9 bytes (what a gzip-only client
 * downloads; brotli clients get less). Goal (issue 13/16): ≤ 120 KiB for 首页 and 岗位.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { h5Dist, repoRoot } from '../../scripts/h5-build'

// The folder the BFF serves: H5_DIST when set (as apps/bff/src/env.ts reads it), so a bench run can measure another
// commit's build (`H5_DIST=/tmp/main-h5 … -- --no-build`) while this checkout's build stays in place.
const served = process.env.H5_DIST ? resolve(repoRoot, process.env.H5_DIST) : h5Dist

export const FIRST_VIEW_LIMIT_KIB = 120

export interface FirstView { bytes: number; files: number; list: string[] }

/** `urls` are what the page requested; anything from another origin or not in the build is left out. */
export function firstView(urls: string[], base: string): FirstView {
  const paths = new Set(urls.filter((u) => u.startsWith(base)).map((u) => new URL(u).pathname).map((p) => (p === '/' ? '/index.html' : p)))
  let bytes = 0
  const list: string[] = []
  for (const p of paths) {
    const file = join(served, p)
    if (!existsSync(file)) continue
    const gz = gzipSync(readFileSync(file), { level: 9 }).length
    bytes += gz
    list.push(`${(gz / 1024).toFixed(1).padStart(6)} KiB  ${p}`)
  }
  return { bytes, files: paths.size, list: list.sort().reverse() }
}
