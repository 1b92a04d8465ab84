/**
 * The full fuzz suite, run by .ci/run (apps/bff/vitest.fuzz.config.ts): every operation of /api/openapi.json ×
 * every principal × 50 malformed inputs. The engine and its inputs: testing/fuzz.ts.
 */
import { fuzzSuite } from './testing/fuzz'

fuzzSuite(50)
