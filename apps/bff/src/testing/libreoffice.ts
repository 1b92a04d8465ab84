import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Test helper: workbooks opened and saved again by LibreOffice Calc, headless (Debian package libreoffice-calc-nogui),
 * for the live round trips of decision 069. Tests using it run only where `soffice` is installed
 * (`it.runIf(hasSoffice)`); the committed fixtures (excel/fixtures/README.md) stand in elsewhere.
 */
export const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
})()

/**
 * Each file of `inputs` (name → bytes; the name's extension tells LibreOffice what it reads) converted with
 * `--convert-to target` (`xlsx`, `xls`, `ods`, or a filter such as `csv:Text - txt - csv (StarCalc):44,34,76`), in one
 * LibreOffice start, with a profile of its own so runs in parallel test files do not share one. Answers the written
 * files by input name without its extension.
 */
export function soffice(inputs: Record<string, Uint8Array>, target: string): Map<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'zl-soffice-'))
  try {
    mkdirSync(join(dir, 'in'))
    const paths = Object.entries(inputs).map(([name, bytes]) => {
      const path = join(dir, 'in', name)
      writeFileSync(path, bytes)
      return path
    })
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', target, '--outdir', join(dir, 'out'), ...paths])
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr.toString()}`)
    const ext = target.split(':')[0]!
    return new Map(Object.keys(inputs).map((name) => {
      const base = name.replace(/\.[^.]+$/, '')
      return [base, readFileSync(join(dir, 'out', `${base}.${ext}`))]
    }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
