import Taro from '@tarojs/taro'
import { ImportJobSchema, type ImportJob } from '@zhilian/shared/contracts/imports'
import { ApiError, problemToError } from './api-error'
import { buildUrl, call } from './request'
import { getToken } from './token'

export type ListKind = 'demand' | 'supply'

export function fetchImport(id: string) {
  return call('get', '/api/imports/:id', { param: { id }, schema: ImportJobSchema })
}

export const templatePath = (kind: ListKind) => `/api/imports/templates/${kind}.xlsx`
/** The last refused upload, its problem cells marked (404 once an upload has succeeded). */
export const annotatedPath = (kind: ListKind) => `/api/imports/annotated/${kind}.xlsx`
const uploadPath = (kind: ListKind) => `/api/imports/${kind}`
export const exportPath = (kind: ListKind, orgId: string) => `/api/exports/organizations/${encodeURIComponent(orgId)}/${kind}.xlsx`

const authHeader = (): Record<string, string> => {
  const token = getToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

function parseJob(status: number, body: unknown): ImportJob {
  if (status !== 200 && status !== 202) throw problemToError(status, body)
  const parsed = ImportJobSchema.safeParse(body)
  if (!parsed.success) throw new ApiError('INTERNAL', '数据格式异常，请稍后再试', { status })
  return parsed.data
}

/**
 * A workbook behind the bearer token. A plain link cannot carry the token, so H5 fetches the bytes and
 * hands them to the browser as a download; WeChat downloads to a temp file and opens it in its viewer.
 */
export async function downloadWorkbook(path: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.downloadFile({ url: buildUrl(path), header: authHeader() })
    if (res.statusCode !== 200) throw problemToError(res.statusCode, undefined)
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
    return
  }
  let response: Response
  try {
    response = await fetch(buildUrl(path), { headers: authHeader() })
  } catch {
    throw new ApiError('UPSTREAM_UNAVAILABLE', '网络连接失败，请检查网络后重试', { status: 0 })
  }
  if (!response.ok) throw problemToError(response.status, await response.json().catch(() => undefined))
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** What the user picked: a browser File on H5, a temp path from chooseMessageFile in WeChat. */
export type PickedFile = { name: string; file?: Blob; path?: string }

/** Uploads with progress (0..100); answers the import job, which may still be running (202). */
export function uploadWorkbook(kind: ListKind, picked: PickedFile, onProgress: (percent: number) => void): Promise<ImportJob> {
  if (process.env.TARO_ENV === 'weapp') {
    return new Promise((resolve, reject) => {
      const task = Taro.uploadFile({
        url: buildUrl(uploadPath(kind)),
        filePath: picked.path ?? '',
        name: 'file',
        header: authHeader(),
        success: (res) => {
          try {
            resolve(parseJob(res.statusCode, JSON.parse(res.data || 'null')))
          } catch (e) {
            reject(e instanceof ApiError ? e : new ApiError('INTERNAL', '数据格式异常，请稍后再试'))
          }
        },
        fail: () => reject(new ApiError('UPSTREAM_UNAVAILABLE', '网络连接失败，请检查网络后重试', { status: 0 })),
      })
      task.onProgressUpdate((p) => onProgress(p.progress))
    })
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', buildUrl(uploadPath(kind)))
    for (const [k, v] of Object.entries(authHeader())) xhr.setRequestHeader(k, v)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => {
      let body: unknown
      try {
        body = JSON.parse(xhr.responseText || 'null')
      } catch {
        body = undefined
      }
      try {
        resolve(parseJob(xhr.status, body))
      } catch (e) {
        reject(e)
      }
    }
    xhr.onerror = () => reject(new ApiError('UPSTREAM_UNAVAILABLE', '网络连接失败，请检查网络后重试', { status: 0 }))
    const form = new FormData()
    form.append('file', picked.file ?? new Blob(), picked.name)
    xhr.send(form)
  })
}
