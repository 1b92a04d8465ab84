/**
 * `npm run generate`: Prisma's CLI insists on a native schema-engine binary before it runs any
 * command, and downloads one when missing — impossible here. Generation itself needs no native
 * engine, so we point the check at a file that exists (see docs/decisions/002-wasm-schema-engine.md).
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { childEnv } from '../env'

const require = createRequire(import.meta.url)
const prismaCli = require.resolve('prisma/build/index.js')
const schema = fileURLToPath(new URL('../../schema.prisma', import.meta.url))

const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
  stdio: 'inherit',
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' }),
})
process.exit(result.status ?? 1)
