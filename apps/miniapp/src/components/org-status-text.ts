import type { OrgKind, VerificationStatus } from '@zhilian/shared'
import type { z } from 'zod'

type Kind = z.infer<typeof OrgKind.schema>
type Status = z.infer<typeof VerificationStatus.schema>

// The two lists the province's notice (鲁教职函〔2025〕31号) asks each side to publish.
const LIST_NAME: Record<Kind, string> = {
  enterprise: '需求清单（岗位需求、协同创新需求、培训需求）',
  college: '供给清单（技能人才供给、设备与研发能力、社会培训服务）',
  // The other kinds fill neither form; what they publish follows from their pages (decision 022).
  research_institute: '岗位、设备预约与参展信息',
  industry_org: '对接活动与参展信息',
  service_provider: '岗位与参展信息',
}

/** What the organisation's verification status lets it do, in one sentence. */
export function orgStatusMeaning(kind: Kind, status: Status): string {
  const list = LIST_NAME[kind]
  switch (status) {
    case 'verified':
      return `单位已通过审核，可发布${list}并参与产教对接。`
    case 'pending':
      return `资料审核中，审核通过后可发布${list}。`
    case 'changes_requested':
      return `审核人员要求修改资料，修改并重新提交、审核通过后可发布${list}。`
    case 'suspended':
      return `单位已被管理员暂停，暂不能发布${list}；已发布的岗位已下线，恢复后自动重新上线。`
    case 'rejected':
      return `审核未通过，暂不能发布${list}。如有疑问请联系平台管理员。`
  }
}
