import type { EventSummarySchema } from '@zhilian/shared/contracts/events'
import type { z } from 'zod'

export const EVENT_STATUS: Record<z.infer<typeof EventSummarySchema>['status'], string> = {
  draft: '草稿', published: '已发布', ongoing: '进行中', finished: '已结束', cancelled: '已取消',
}

export const BOOTH_STATUS = { applied: '待审核', approved: '已通过', rejected: '未通过', cancelled: '已取消' } as const
