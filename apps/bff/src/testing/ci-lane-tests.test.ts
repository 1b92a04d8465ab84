import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LEFT_OUT_OF_NPM_TEST } from './ci-lane-tests'

const bffRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('the files npm test leaves to .ci/run (decision 110)', () => {
  // A renamed file would drop out of the list silently and come back into npm test, or a misspelt entry leave nothing out.
  it.each(LEFT_OUT_OF_NPM_TEST)('%s exists and is a test file .ci/run picks up by its .test.ts name', (file) => {
    expect(existsSync(path.join(bffRoot, file))).toBe(true)
    expect(file.endsWith('.test.ts')).toBe(true)
  })
})
