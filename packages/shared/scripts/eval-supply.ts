/**
 * Prints precision@10 of matchSupply on the hand-labelled set in data/eval/match-eval.json.
 *   npx tsx packages/shared/scripts/eval-supply.ts [--verbose]
 */
import { readFileSync } from 'node:fs'
import { matchSupply } from '../src/rules/match'
import { evaluate, MatchEvalSetSchema } from '../src/rules/match-eval'

const set = MatchEvalSetSchema.parse(JSON.parse(readFileSync(new URL('../data/eval/match-eval.json', import.meta.url), 'utf8')))
const verbose = process.argv.includes('--verbose')
const result = evaluate(set, (d, rows, ctx) => matchSupply(d, rows, ctx).map((m) => m.row.id))

for (const r of result.perDemand) {
  console.log(`${r.id} ${r.title.padEnd(14, '　')} P@${String(r.k).padEnd(2)} = ${r.precision.toFixed(2)}`)
  if (verbose || r.precision < 1) {
    const rel = new Set(r.relevant)
    const top = r.ranked.slice(0, r.k).map((id) => `${rel.has(id) ? '✓' : '✗'} ${id}`)
    const missed = r.relevant.filter((id) => !r.ranked.slice(0, r.k).includes(id))
    console.log(`    top: ${top.join(', ')}`)
    if (missed.length) console.log(`    missed: ${missed.join(', ')}`)
  }
}
console.log(`\nmean precision@10 over ${result.perDemand.length} demands: ${result.mean.toFixed(3)}`)
