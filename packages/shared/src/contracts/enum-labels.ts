/**
 * The label maps that job and event cards and the job filters show, without zod: the H5 app's first view (首页,
 * 岗位) imports these instead of enums.ts, whose zod enums would pull zod into its first chunk.
 */
export const JOB_TYPE_LABELS = { full_time: '全职', internship: '实习', apprenticeship: '学徒制' } as const
export const EDUCATION_LABELS = {
  none: '不限', secondary_vocational: '中职/中专', high_school: '高中', associate: '大专/高职', bachelor: '本科', master: '硕士及以上',
} as const
export const EVENT_KIND_LABELS = { job_fair: '双选会', matchmaking: '对接会', roadshow: '路演', challenge: '揭榜挂帅', signing: '签约' } as const
export const EVENT_FORMAT_LABELS = { onsite: '现场', online: '线上', hybrid: '线上+现场' } as const
