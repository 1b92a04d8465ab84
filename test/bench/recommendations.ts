/**
 * Student job recommendations alone (lib/recommend-runs.ts): the last part of bench:matching without its supply
 * matches and re-match, and without starting a BFF server (whose start closes jobs past their date, a write), so it
 * only reads the database it is pointed at (decision 081).
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zl_bench npm run bench:recommendations -w @zhilian/test
 *     BENCH_STUDENTS=200
 */
import { benchRecommendations } from './lib/recommend-runs'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
await benchRecommendations(url, Number(process.env.BENCH_STUDENTS ?? 200))
