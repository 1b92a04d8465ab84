import { z } from 'zod'
import { checkUscc } from '../rules/uscc'
import { EnterpriseNature, OrgKind, VerificationStatus } from './enums'
import { idOf } from './common'
import { email, phone } from './list-fields'
import { text } from './text'

const requiredText = (max: number) => text(max).min(1, { error: '必填' })
const optionalText = (max: number) => text(max).optional()

/** Registering a college or an enterprise, and what its members see of it afterwards. */

const orgFields = {
  name: requiredText(60),
  cityCode: z.string({ error: '必填' }).regex(/^\d{6}$/, { error: '请选择所在城市' }),
  address: optionalText(200),
  nature: EnterpriseNature.schema.optional(),
  industryCode: optionalText(8),
  intro: optionalText(1000),
  chains: z.array(idOf(16), { error: '必填' }).max(19, { error: '最多选择19条产业链' }),
  labels: z.array(idOf(40)).max(20, { error: '最多选择20个企业称号' }).default([]),
  contactName: requiredText(30),
  contactPhone: phone(),
  contactTitle: optionalText(30),
  contactEmail: email().optional(),
}

export const OrgRegisterBodySchema = z
  .object({ kind: OrgKind.schema, uscc: text(40).min(1, { error: '必填' }), ...orgFields })
  .superRefine((v, ctx) => {
    const check = checkUscc(v.uscc, { enterprise: v.kind === 'enterprise' })
    if (!check.ok) ctx.addIssue({ code: 'custom', path: ['uscc'], message: check.message })
    if (v.kind === 'enterprise' && !v.nature) ctx.addIssue({ code: 'custom', path: ['nature'], message: '请选择企业性质' })
    if (v.kind === 'college' && v.labels.length > 0) ctx.addIssue({ code: 'custom', path: ['labels'], message: '院校无需选择企业称号' })
  })
export type OrgRegisterBody = z.infer<typeof OrgRegisterBodySchema>

/** The unified social credit code and the kind identify the unit and never change. */
export const OrgPatchBodySchema = z
  .object(orgFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: '没有需要修改的内容' })
export type OrgPatchBody = z.infer<typeof OrgPatchBodySchema>

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
})
export type Org = z.infer<typeof OrgSchema>

export const MyOrgsSchema = z.object({ items: z.array(OrgSchema) })
