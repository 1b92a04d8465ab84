import type { AppRouteHandler } from '../../lib/types'
import { chainCounts, provinceCounts } from './stats.queries'
import type * as routes from './stats.routes'

export const home: AppRouteHandler<typeof routes.home> = async (c) => {
  const [chains, province] = await Promise.all([chainCounts(c.var.db), provinceCounts(c.var.db)])
  return c.json({ chains, province }, 200)
}
