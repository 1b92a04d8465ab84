import { fieldKind, fieldValueValid } from './field-rules'

export interface SentMessage {
  touser: string
  template_id: string
  page?: string
  data: Record<string, { value: string }>
  miniprogram_state?: string
  lang?: string
  at: number
}

export interface SendBody {
  touser?: unknown
  template_id?: unknown
  page?: unknown
  data?: unknown
  miniprogram_state?: unknown
  lang?: unknown
}

const PAGE_PATH = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*(\?.*)?$/

/**
 * What WeChat checks on `subscribe/send` after the token: the user, the template, the page path, each
 * field's value, and whether the user still has a one-time subscription (credit) for that template.
 */
export class Subscriptions {
  private readonly credits = new Map<string, number>()
  readonly templates = new Set<string>()
  readonly sent: SentMessage[] = []
  /** Valid sends received per (openid, template, data), accepted or refused: a count above 1 is a duplicate. */
  readonly receipts = new Map<string, number>()
  accepted = 0

  constructor(
    private readonly knownOpenids: Set<string>,
    private readonly pages?: Set<string>,
    /** False keeps only counts, not every message, for benchmarks sending hundreds of thousands. */
    private readonly record = true,
  ) {}

  grant(openid: string, templateId: string, count: number): void {
    this.knownOpenids.add(openid)
    this.templates.add(templateId)
    const key = `${openid}\u0000${templateId}`
    this.credits.set(key, (this.credits.get(key) ?? 0) + count)
  }

  remaining(openid: string, templateId: string): number {
    return this.credits.get(`${openid}\u0000${templateId}`) ?? 0
  }

  send(body: SendBody, now: number): { errcode: number; errmsg: string } {
    const { touser, template_id: templateId, page, data } = body
    if (typeof touser !== 'string' || !this.knownOpenids.has(touser)) return { errcode: 40003, errmsg: 'invalid openid' }
    if (typeof templateId !== 'string' || !this.templates.has(templateId)) {
      return { errcode: 40037, errmsg: 'invalid template_id' }
    }
    if (page !== undefined && !this.pageValid(page)) return { errcode: 41030, errmsg: 'invalid page' }
    if (!isFieldData(data)) return { errcode: 47003, errmsg: 'argument invalid! data is empty' }
    for (const [key, { value }] of Object.entries(data)) {
      if (!fieldValueValid(fieldKind(key), value)) return { errcode: 47003, errmsg: `argument invalid! data.${key}.value invalid` }
    }
    const receipt = `${touser}\u0000${templateId}\u0000${JSON.stringify(data)}`
    this.receipts.set(receipt, (this.receipts.get(receipt) ?? 0) + 1)
    const key = `${touser}\u0000${templateId}`
    const left = this.credits.get(key) ?? 0
    if (left <= 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
    this.credits.set(key, left - 1)
    this.accepted += 1
    if (this.record) this.sent.push({
      touser,
      template_id: templateId,
      data,
      at: now,
      ...(typeof page === 'string' ? { page } : {}),
      ...(typeof body.miniprogram_state === 'string' ? { miniprogram_state: body.miniprogram_state } : {}),
      ...(typeof body.lang === 'string' ? { lang: body.lang } : {}),
    })
    return { errcode: 0, errmsg: 'ok' }
  }

  private pageValid(page: unknown): boolean {
    if (typeof page !== 'string' || !PAGE_PATH.test(page)) return false
    return !this.pages || this.pages.has(page.split('?')[0] ?? '')
  }
}

function isFieldData(data: unknown): data is Record<string, { value: string }> {
  if (typeof data !== 'object' || data === null || Object.keys(data).length === 0) return false
  return Object.values(data).every(
    (field) => typeof field === 'object' && field !== null && typeof (field as { value?: unknown }).value === 'string',
  )
}
