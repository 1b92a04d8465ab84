import type { Prisma } from '@zhilian/db'

/**
 * What counts as a result anywhere on the platform (stats, the report, the 成效 record; decision 034): a project
 * its parties completed, and a challenge its enterprise validated with the solution in production (市场验题).
 * The pure reading of one challenge is `challengeOutcome` in packages/shared/src/rules/projects.ts; these are the
 * same rules as database filters.
 */
export const completedProjectWhere = { status: 'completed' } satisfies Prisma.ProjectWhereInput

export const solvedChallengeWhere = { validatedAt: { not: null }, inProduction: true } satisfies Prisma.TechChallengeWhereInput
