/**
 * One seeded example of each fraud signal the review queue raises (管理后台 → 审核队列), so the README's row can be
 * tried on the demo data: an enterprise whose USCC fails the GB 32100 check, one sharing another enterprise's
 * phone, and a job waiting for review whose text asks applicants to pay for training (招转培).
 */
import { usccCheckChar } from '@zhilian/shared'
import type { SeedContext } from './context'
import type { SeededJob } from './demand'
import { DEMO_ENTERPRISE, PENDING_ENTERPRISE } from './organizations'

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

export function plantReviewSignals(ctx: SeedContext, jobs: SeededJob[]) {
  const enterprises = ctx.rows.organization.filter((o) => o.kind === 'enterprise')
  const fixed = new Set([DEMO_ENTERPRISE.name, PENDING_ENTERPRISE.name])
  const waiting = enterprises.filter((o) => o.verification === 'pending' && !fixed.has(o.name))
  const verified = enterprises.find((o) => o.verification === 'verified' && !fixed.has(o.name))
  const [badCode, sharedPhone] = waiting
  if (!badCode || !sharedPhone || !verified) throw new Error('seed: too few enterprises for the review examples')

  // A check character other than the right one.
  const first17 = badCode.uscc.slice(0, 17)
  const right = usccCheckChar(first17)
  badCode.uscc = first17 + CODE_CHARS[(CODE_CHARS.indexOf(right) + 1) % CODE_CHARS.length]!
  sharedPhone.contactPhone = verified.contactPhone

  // A job of a verified enterprise, held for review, with 招转培 wording (not one a fair shows: events come later).
  const verifiedIds = new Set(enterprises.filter((o) => o.verification === 'verified' && !fixed.has(o.name)).map((o) => o.id!))
  const seeded = jobs.find((j) => j.status === 'pending_review' && verifiedIds.has(j.orgId)) ?? jobs.find((j) => j.status === 'open' && verifiedIds.has(j.orgId))!
  const row = ctx.rows.job.find((j) => j.id === seeded.id)!
  row.status = 'pending_review'
  row.publishedAt = null
  row.closesAt = null
  row.description = `${row.description}\n入职前须先培训后上岗，培训费3800元，可办理培训贷分期缴纳。`
  seeded.status = 'pending_review'
  seeded.publishedAt = null
}
