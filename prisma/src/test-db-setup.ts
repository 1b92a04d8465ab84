/**
 * Vitest global setup for every project whose test files open databases through test-db.ts (directly, through the
 * BFF's harness, or in the mini-program's BFF processes). It runs in vitest's main process before any worker
 * starts, and outside every hook's time limit: on a fresh machine the template's migration (Prisma's wasm schema
 * engine, tens of seconds alone) used to run in each worker's first `beforeAll` at the same time, and at load ≈ 24
 * on two cores both workers' first files ran out of their 120 s hook limit (docs/decisions/058). The projects'
 * setups run one after another; the first builds the template, the others find it.
 */
import { prepareTestDbTemplate } from './test-db'

export default async function setup(): Promise<void> {
  await prepareTestDbTemplate()
}
