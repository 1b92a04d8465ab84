import type { ExhibitorEvent } from '../../api/enterprise-events'
import { dayTime } from '../../lib/beijing-time'

export const BOOTH_STATUS = { applied: '待主办方审核', approved: '已通过', rejected: '未通过', cancelled: '已取消' } as const

/**
 * Why a booth can or cannot be applied for now, in words an exhibitor can act on. 展位报名, not 企业报名: research
 * institutes, industry organisations and service providers exhibit too (decision 084).
 */
export function windowText(e: ExhibitorEvent): string {
  if (e.status === 'cancelled') return '活动已取消'
  if (e.enterpriseWindow === 'open') return e.enterpriseRegCloses ? `展位报名中，${dayTime(e.enterpriseRegCloses)} 截止` : '展位报名中'
  if (e.enterpriseWindow === 'not_yet') return `展位报名将于 ${dayTime(e.enterpriseRegOpens ?? e.startsAt)} 开始`
  return '展位报名已截止'
}
