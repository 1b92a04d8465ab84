import { z } from '@hono/zod-openapi'
import { XLSX_CONTENT_TYPE } from '@zhilian/shared/contracts/reports'
import type { Context } from 'hono'
import type { AppBindings } from './types'

/** The OpenAPI response of a route that answers an .xlsx download. */
export const xlsxContent = (description: string) => ({
  content: { [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
  description,
})

/** An .xlsx download; the Chinese file name travels as RFC 5987 `filename*`, with an ASCII fallback. */
export function xlsxResponse(c: Context<AppBindings>, bytes: Buffer, fileName: string) {
  c.header('content-type', XLSX_CONTENT_TYPE)
  c.header('content-disposition', `attachment; filename="list.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
  return c.body(new Uint8Array(bytes), 200)
}
