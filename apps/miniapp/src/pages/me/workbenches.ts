import type { Me } from '@zhilian/shared/contracts/me'
import { ROUTES } from '../../routes'

export interface Workbench {
  label: string
  url: string
}

/** Which role subpackage(s) this user may open: by role, and by the organisations they belong to. */
export function workbenchesFor(me: Me): Workbench[] {
  const links: Workbench[] = []
  const kinds = new Set(me.memberships.map((m) => m.org.kind))
  if (me.user.role === 'enterprise' || kinds.has('enterprise')) links.push({ label: '企业工作台', url: ROUTES.enterprise })
  if (me.user.role === 'college' || kinds.has('college')) links.push({ label: '院校工作台', url: ROUTES.college })
  if (me.user.role === 'admin') links.push({ label: '管理后台', url: ROUTES.adminMemberships })
  if (me.user.role === 'admin') links.push({ label: '匹配解释', url: ROUTES.adminExplain })
  // Fairs are organised by administrators and (verified) colleges.
  if (me.user.role === 'admin' || me.user.role === 'college' || kinds.has('college')) links.push({ label: '活动管理', url: ROUTES.organiserEvents })
  return links
}
