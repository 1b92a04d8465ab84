import type { Me } from '@zhilian/shared/contracts/me'
import { UNIT_KINDS, unitWorkbenchTitle } from '@zhilian/shared/rules/org-kinds'
import { ROUTES } from '../../routes'

export interface Workbench {
  label: string
  url: string
}

/** Which role subpackage(s) this user may open: by role, and by the organisations they belong to. */
export function workbenchesFor(me: Me): Workbench[] {
  const links: Workbench[] = []
  const kinds = new Set(me.memberships.map((m) => m.org.kind))
  // 科研院所, 行业组织 and 服务机构 use the 单位 workbench, which shows the pages their kind fits (decision 022) and
  // is called after their kind (decision 084).
  const units = UNIT_KINDS.filter((k) => kinds.has(k))
  if (me.user.role === 'enterprise' || units.length) links.push({ label: unitWorkbenchTitle(units), url: ROUTES.enterprise })
  if (me.user.role === 'college' || kinds.has('college')) links.push({ label: '院校工作台', url: ROUTES.college })
  if (me.user.role === 'admin') links.push({ label: '管理后台', url: ROUTES.adminMemberships })
  // 匹配解释 explains a job, and an education department's scope (its colleges and 附件1) holds no jobs: every job it
  // picked answered 岗位不存在或无权查看, a dead end (decision 061).
  if (me.user.role === 'admin' && me.admin?.department !== 'edu') links.push({ label: '匹配解释', url: ROUTES.adminExplain })
  // Fairs are organised by administrators, colleges and industry organisations.
  if (me.user.role === 'admin' || me.user.role === 'college' || kinds.has('college') || kinds.has('industry_org')) links.push({ label: '活动管理', url: ROUTES.organiserEvents })
  return links
}
