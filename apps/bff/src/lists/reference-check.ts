import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'

type Tx = Prisma.TransactionClient

/** Codes the catalogue does not know would fail on a foreign key; name each beside its field. */
export async function requireKnownMajors(tx: Tx, uses: readonly (readonly [path: string, code: string])[]): Promise<void> {
  if (uses.length === 0) return
  const codes = [...new Set(uses.map(([, code]) => code))]
  const known = new Set((await tx.major.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((m) => m.code))
  const issues = uses.filter(([, code]) => !known.has(code)).map(([path, code]) => ({ path, message: `专业代码${code}不在职业教育专业目录中` }))
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
}

export async function requireKnownCities(tx: Tx, uses: readonly (readonly [path: string, code: string])[]): Promise<void> {
  if (uses.length === 0) return
  const known = new Set((await tx.city.findMany({ select: { adcode: true } })).map((c) => c.adcode))
  const issues = uses.filter(([, code]) => !known.has(code)).map(([path]) => ({ path, message: '请选择山东省内的城市' }))
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
}

/** Chain ids a row names must be chains an administrator has not retired. */
export async function requireKnownChains(tx: Tx, uses: readonly (readonly [path: string, chainId: string])[]): Promise<void> {
  if (uses.length === 0) return
  const known = new Set((await tx.industryChain.findMany({ where: { active: true }, select: { id: true } })).map((c) => c.id))
  const issues = uses.filter(([, id]) => !known.has(id)).map(([path, id]) => ({ path, message: `产业链${id}不存在或已停用，请重新选择` }))
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
}
