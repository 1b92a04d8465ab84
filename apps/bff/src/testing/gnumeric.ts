import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Test helper: a workbook passed through Gnumeric's ssconvert (Debian package gnumeric), for the live export round
 * trips of decision 050. Tests using it run only where ssconvert is installed (`it.runIf(hasSsconvert)`).
 */
export const hasSsconvert = (() => {
  try {
    execFileSync('ssconvert', ['--version'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
})()

/** The files ssconvert writes for `bytes` with exporter `type` (one per sheet with `perSheet`), by file name. */
export function ssconvert(bytes: Uint8Array, type: string, ext: string, perSheet = false): { files: Map<string, Buffer>; warnings: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zl-ssconvert-'))
  try {
    writeFileSync(join(dir, 'in.xlsx'), bytes)
    const out = join(dir, perSheet ? `out-%s.${ext}` : `out.${ext}`)
    const run = spawnSync('ssconvert', ['-T', type, ...(perSheet ? ['-S'] : []), join(dir, 'in.xlsx'), out])
    if (run.status !== 0) throw new Error(`ssconvert failed: ${run.stderr.toString()}`)
    // What Gnumeric complains of while reading (unexpected elements, unhandled objects) goes to stderr.
    const warnings = run.stderr.toString()
    const files = new Map(readdirSync(dir).filter((f) => f.startsWith('out')).map((f) => [f.slice(4), readFileSync(join(dir, f))]))
    return { files, warnings }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
