import { z } from 'zod'
import { checkUscc } from '../rules/uscc'
import { EnterpriseNature, OrgKind, VerificationStatus } from './enums'
import { idOf } from './common'
import { email, phone } from './list-fields'
import { clearable, text, visibleName } from './text'

const requiredText = (max: number) => text(max).min(1, { error: '必填' })
/** Optional details a member may later empty: absent = not given (unchanged in a PATCH), null or '' = none. */
const optionalText = (max: number) => clearable(text(max)).optional()

/** A unit's name as registered: besides text()'s rules, no format characters at all (decision 056). */
const orgName = visibleName(requiredText(60), '单位名称')

/** Registering a college or an enterprise, and what its members see of it afterwards. */

const orgFields = {
  name: orgName,
  cityCode: z.string({ error: '必填' }).regex(/^\d{6}$/, { error: '请选择所在城市' }),
  address: optionalText(200),
  nature: EnterpriseNature.schema.optional(),
  industryCode: optionalText(8),
  intro: optionalText(1000),
  chains: z.array(idOf(16), { error: '必填' }).max(19, { error: '最多选择19条产业链' }),
  labels: z.array(idOf(40)).max(20, { error: '最多选择20个企业称号' }),
  contactName: visibleName(requiredText(30), '联系人'),
  contactPhone: phone(),
  contactTitle: optionalText(30),
  contactEmail: clearable(email()).optional(),
}

export const OrgRegisterBodySchema = z
  .object({ kind: OrgKind.schema, uscc: text(40).min(1, { error: '必填' }), ...orgFields, labels: orgFields.labels.default([]) })
  .superRefine((v, ctx) => {
    const check = checkUscc(v.uscc, { enterprise: v.kind === 'enterprise' })
    if (!check.ok) ctx.addIssue({ code: 'custom', path: ['uscc'], message: check.message })
    if (v.kind === 'enterprise' && !v.nature) ctx.addIssue({ code: 'custom', path: ['nature'], message: '请选择企业性质' })
    // 企业称号 (链主、专精特新、高新技术企业 …) are titles of enterprises, the only kind whose 单位资料 edits and shows them
    // (decision 107): a research institute that claimed one at registration could never change or drop it.
    if (v.kind !== 'enterprise' && v.labels.length > 0) ctx.addIssue({ code: 'custom', path: ['labels'], message: `${OrgKind.labels[v.kind]}无需选择企业称号` })
  })
export type OrgRegisterBody = z.infer<typeof OrgRegisterBodySchema>

/**
 * The kind never changes. Name, USCC and city identify the unit: for a verified unit a change of them waits
 * for an administrator (decision 014) while everything else applies at once. No field may have a default here: zod
 * applies a default inside `.partial()`, so a patch leaving 企业称号 out removed every one, verified ones too (097).
 */
export const OrgPatchBodySchema = z
  .object({ ...orgFields, uscc: text(40).min(1, { error: '必填' }) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: '没有需要修改的内容' })
export type OrgPatchBody = z.infer<typeof OrgPatchBodySchema>

/** The identifying fields whose change a verified unit must have reviewed. */
export const ORG_IDENTITY_FIELDS = ['name', 'uscc', 'cityCode'] as const
export const OrgIdentityChangeSchema = z.object({ name: z.string().optional(), uscc: z.string().optional(), cityCode: z.string().optional() })
export type OrgIdentityChange = z.infer<typeof OrgIdentityChangeSchema>

export const OrgSchema = z.object({
  id: z.string(),
  kind: OrgKind.schema,
  name: z.string(),
  uscc: z.string(),
  cityCode: z.string(),
  address: z.string().nullable(),
  nature: EnterpriseNature.schema.nullable(),
  industryCode: z.string().nullable(),
  intro: z.string().nullable(),
  verification: VerificationStatus.schema,
  reviewNote: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactTitle: z.string().nullable(),
  contactEmail: z.string().nullable(),
  chains: z.array(z.string()),
  labels: z.array(z.object({ id: z.string(), verified: z.boolean() })),
  membership: z.object({ status: VerificationStatus.schema, isOwner: z.boolean() }),
  /** A requested change of name, USCC or city waiting for review; the fields above stay the public, verified ones. */
  pendingChange: OrgIdentityChangeSchema.extend({ requestedAt: z.string() }).nullable(),
})
export type Org = z.infer<typeof OrgSchema>

export const MyOrgsSchema = z.object({ items: z.array(OrgSchema) })
