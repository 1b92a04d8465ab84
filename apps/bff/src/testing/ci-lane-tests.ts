/**
 * Test files of the `bff` project that `npm test` leaves out to stay under its ten-minute budget on two cores
 * (decision 110), chosen as the slowest files of a full run whose subject is not lost to the README's test command:
 * workbooks written by other programs (the reader's own rules stay in npm test), the seeded province's views (the
 * same routes are tested on small fixtures), races and rate-limit windows (whose meaning is on PostgreSQL, where
 * requests really run at once). They are not left out of CI: `.ci/run` runs them on PGlite as a queue item of their
 * own (vitest.fuzz.config.ts) and on PostgreSQL in its PostgreSQL run, unless they open no database
 * (database-free.ts), in which case the PGlite run is the whole of what they test.
 */
export const CI_LANE_TESTS = [
  'src/excel/hostile-gnumeric-live.test.ts',
  'src/excel/hostile-live.test.ts',
  'src/excel/other-writers.test.ts',
  'src/excel/parse-tolerance.test.ts',
  'src/excel/re-saved-live.test.ts',
  'src/excel/written-elsewhere.test.ts',
  'src/lib/rate-limit/rate-limit.test.ts',
  'src/routes/account/link-web-account-races.test.ts',
  'src/routes/checkin/scan-races.test.ts',
  'src/routes/checkin/scan-rate-limit.test.ts',
  'src/routes/enterprise-applications/interview-races.test.ts',
  'src/routes/imports/imports.test.ts',
  'src/routes/imports/parse-responsive.test.ts',
  'src/routes/imports/upload-rate-limit.test.ts',
  'src/routes/jobs/jobs.search-seed.test.ts',
  'src/routes/recommendations/recommendations.seed.test.ts',
]

/**
 * Everything `npm test` leaves out: the files above, and the sampled fuzz (`fuzz.test.ts`, 4 inputs per operation and
 * principal), which the same queue item runs whole (`fuzz-full.fuzz.ts`, 50 each); the PostgreSQL run keeps the sample.
 */
export const LEFT_OUT_OF_NPM_TEST = [...CI_LANE_TESTS, 'src/fuzz.test.ts']
