import { z } from 'zod'
import { CursorQuerySchema, idOf, IsoDateTimeSchema, pageOf } from './common'
import { AdminDepartment } from './enums'
import { MemberSignInResetSchema } from './members'
import { NewUsernameSchema } from './signup'
import { text, visibleName } from './text'

/**
 * Administrator accounts (decision 072): who governs what (decision 021) — the platform administrator, 省教育厅 /
 * 省工信厅 (edu / industry without a city), a city's 教育局 / 工信局 (with its adcode), a consortium or park
 * secretariat (grouping). The same scope rule decides who may create, list, reset, disable and re-enable them.
 */

const CityCode = z.string({ error: '请选择城市' }).regex(/^\d{6}$/, { error: '请选择城市' })

/** The scope of a new administrator; which fields a department needs is checked below, with a message per field. */
export const AdministratorScopeInputSchema = z
  .object({
    department: AdminDepartment.schema,
    /** edu / industry: the city bureau's adcode; null = the provincial department. */
    cityCode: CityCode.nullable().optional().transform((v) => v ?? null),
    /** grouping: the consortium or park. */
    groupingId: idOf(64, '请选择联合体或园区').nullable().optional().transform((v) => v ?? null),
  })
  .superRefine((s, ctx) => {
    if (s.department === 'grouping' && !s.groupingId) ctx.addIssue({ code: 'custom', path: ['groupingId'], message: '请选择联合体或园区' })
    if (s.department !== 'grouping' && s.groupingId) ctx.addIssue({ code: 'custom', path: ['groupingId'], message: '只有联合体/园区管理员需要选择联合体或园区' })
    if ((s.department === 'all' || s.department === 'grouping') && s.cityCode) ctx.addIssue({ code: 'custom', path: ['cityCode'], message: '只有教育、工信部门的管理员需要选择城市' })
  })
export type AdministratorScopeInput = z.input<typeof AdministratorScopeInputSchema>

export const CreateAdministratorBodySchema = z.object({
  displayName: visibleName(text(20, { required: '请输入姓名' }), '姓名').pipe(z.string().min(1, { error: '请输入姓名' })),
  username: NewUsernameSchema,
  scope: AdministratorScopeInputSchema,
})
export type CreateAdministratorBody = z.input<typeof CreateAdministratorBodySchema>

export const AdministratorSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  username: z.string().nullable(),
  department: AdminDepartment.schema,
  cityCode: z.string().nullable(),
  groupingId: z.string().nullable(),
  /** The scope in words, as the admin area's heading says it: "淄博市教育局 · 仅本市院校". */
  scopeLabel: z.string(),
  /** Still on a temporary password nobody has replaced yet. */
  passwordTemporary: z.boolean(),
  /** Set once the account is disabled: it signs in no more (until re-enabled, decision 074). */
  disabledAt: IsoDateTimeSchema.nullable(),
  /** Who disabled it, in words (name and scope); null while enabled. */
  disabledBy: z.string().nullable(),
  /** The caller's own account (which it cannot disable). */
  self: z.boolean(),
  createdAt: IsoDateTimeSchema,
})
export type Administrator = z.infer<typeof AdministratorSchema>

export const AdministratorListQuerySchema = CursorQuerySchema
export const AdministratorPageSchema = pageOf(AdministratorSchema)

/** A new administrator and the temporary password to hand over, shown in this answer only. */
export const AdministratorCreatedSchema = z.object({ administrator: AdministratorSchema, signIn: MemberSignInResetSchema })
export type AdministratorCreated = z.infer<typeof AdministratorCreatedSchema>

/**
 * 重新启用's answer (decision 078): the account and the one-time temporary password that replaces the one it had
 * before it was disabled, shown in this answer only; null for an account that signs in only through WeChat.
 */
export const AdministratorEnabledSchema = z.object({ administrator: AdministratorSchema, signIn: MemberSignInResetSchema.nullable() })
export type AdministratorEnabled = z.infer<typeof AdministratorEnabledSchema>

/** What the 新增管理员 form may offer this caller: only the scopes it may create. */
export const AdministratorChoicesSchema = z.object({
  departments: z.array(AdminDepartment.schema),
  /** Whether a provincial department (no city) may be chosen; otherwise a city is required. */
  provinceLevel: z.boolean(),
  cities: z.array(z.object({ adcode: z.string(), name: z.string() })),
  groupings: z.array(z.object({ id: z.string(), name: z.string() })),
})
export type AdministratorChoices = z.infer<typeof AdministratorChoicesSchema>
