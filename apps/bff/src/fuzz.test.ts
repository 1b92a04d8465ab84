/**
 * The fuzz suite in `npm test`: every operation of /api/openapi.json × every principal × a rotating sample of
 * malformed inputs, small enough for the README's test command. .ci/run runs the full suite (≥ 50 inputs per
 * operation and principal, fuzz-full.fuzz.ts). The engine and its inputs: testing/fuzz.ts.
 */
import { fuzzSuite } from './testing/fuzz'

fuzzSuite(4)
