import type { z } from 'zod'
import type { OrgRole } from '../contracts/enums'

export type OrgRoleName = z.infer<typeof OrgRole.schema>
/** A member's effective role: the owner flag first, then the role the owner gave (decision 028). */
export type MemberRole = 'owner' | OrgRoleName

/**
 * What a member may do for its organisation. The BFF asks only this table (lib/org-access.ts), the pages ask it too
 * to hide what the role cannot do.
 * - applicants: applications, applicants' phones and résumés, booth visitors' résumés (PIPL: only those who need them)
 * - jobs: post and edit jobs, booths and interview slots
 * - lists: fill, import and submit 附件1 / 附件2 (and their challenges, training needs, resource requests)
 * - cooperation: matching, equipment bookings and their approvals, 揭榜挂帅, events the organisation runs
 * - members: invite, change roles, remove, hand over ownership
 * - profile: edit the organisation's own details (name, code, city, contact, chains, labels): what the public and the
 *   reviewers read, so only those who answer for the organisation
 * - view: the workbench, the member list, the 成效 record, the organisation's own lists read-only
 */
export type OrgPermission = 'applicants' | 'jobs' | 'lists' | 'cooperation' | 'members' | 'profile' | 'view'

export const ORG_ROLE_PERMISSIONS: Record<MemberRole, readonly OrgPermission[]> = {
  owner: ['applicants', 'jobs', 'lists', 'cooperation', 'members', 'profile', 'view'],
  manager: ['applicants', 'jobs', 'lists', 'cooperation', 'profile', 'view'],
  hr: ['applicants', 'jobs', 'view'],
  list_filler: ['lists', 'view'],
  viewer: ['view'],
}

export const memberRole = (m: { isOwner: boolean; orgRole: OrgRoleName }): MemberRole => (m.isOwner ? 'owner' : m.orgRole)

export const roleMay = (role: MemberRole, permission: OrgPermission): boolean => ORG_ROLE_PERMISSIONS[role].includes(permission)

/** The member roles granting `permission`, in the table's order: SQL filters memberships by them, pages name them. */
export const rolesThatMay = (permission: OrgPermission): MemberRole[] =>
  (Object.keys(ORG_ROLE_PERMISSIONS) as MemberRole[]).filter((role) => roleMay(role, permission))

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  owner: '负责人', manager: '业务管理员', hr: '招聘专员', list_filler: '清单填报员', viewer: '只读成员',
}

/** One line per role for the invitation sheet: what the colleague will be able to do. */
export const MEMBER_ROLE_HINTS: Record<MemberRole, string> = {
  owner: '全部权限，管理成员，可移交负责人',
  manager: '除管理成员外的全部业务',
  hr: '发布岗位、处理投递（可见求职者电话与简历）',
  list_filler: '填报与提交需求/供给清单，不可查看求职者',
  viewer: '查看工作台与成效，不可修改',
}

/** An invitation code lives this long; unused codes then stop working (decision 028). */
export const INVITATION_TTL_HOURS = 72
