// `.ci/run`: the run's one seeded data folder, made once for the Chromium files of both lanes (decision 090).
import { makeSeededTemplate } from './seeded-template'

const dir = process.argv[2]
if (!dir) throw new Error('usage: seeded-template-cli.ts <empty folder>')
await makeSeededTemplate(dir)
