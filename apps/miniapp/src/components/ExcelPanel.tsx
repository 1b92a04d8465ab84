import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { FieldIssue } from '@zhilian/shared'
import type { ImportJob } from '@zhilian/shared/contracts/imports'
import { useEffect, useRef, useState } from 'react'
import { ApiError, errorMessage } from '../api/api-error'
import { annotatedPath, downloadWorkbook, exportPath, fetchImport, templatePath, uploadWorkbook, type ListKind, type PickedFile } from '../api/imports'
import { ImportReport } from './ImportReport'
import './ExcelPanel.css'
import '../styles/kit/timeline.css'
import './list-form/ListForm.css'

const STAGE: Record<ImportJob['status'], string> = {
  queued: '排队中', parsing: '读取文件', validating: '校验数据', writing: '写入草稿', done: '导入完成', failed: '导入失败',
}
const NAME = { demand: '企业需求清单', supply: '院校供给清单' } as const

/**
 * Template / export download and upload with progress, then the server's progress and its report. `readOnly`: a member
 * whose role may not fill the list exports it and is offered no template or upload (decision 091).
 */
export function ExcelPanel({ kind, orgId, onImported, pollMs = 1000, readOnly = false }: { kind: ListKind; orgId: string; onImported?: () => void; pollMs?: number; readOnly?: boolean }) {
  const [uploading, setUploading] = useState<number | null>(null)
  const [job, setJob] = useState<ImportJob>()
  const [error, setError] = useState<string>()
  /** Problems of a refused file, whether the upload answered 422 at once or the job failed later. */
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])

  const follow = (current: ImportJob) => {
    setJob(current)
    if (current.status === 'done') {
      void Taro.showToast({ title: current.unchanged ? '内容与现有清单相同，未作修改' : '导入完成', icon: 'success' })
      onImported?.()
      return
    }
    if (current.status === 'failed') return setIssues(current.issues)
    timer.current = setTimeout(() => {
      fetchImport(current.id).then(follow, (e) => setError(errorMessage(e)))
    }, pollMs)
  }

  const upload = async (picked: PickedFile) => {
    const { confirm } = await Taro.showModal({ title: '确认导入', content: `导入「${picked.name}」将替换当前草稿的全部内容，确定吗？`, confirmText: '导入', cancelText: '取消' })
    if (!confirm) return
    setError(undefined)
    setIssues([])
    setJob(undefined)
    setUploading(0)
    try {
      follow(await uploadWorkbook(kind, picked, setUploading))
    } catch (e) {
      setError(errorMessage(e))
      if (e instanceof ApiError) setIssues(e.issues)
    } finally {
      setUploading(null)
    }
  }

  const pickInWeChat = async () => {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
    const file = res.tempFiles[0]
    if (file) await upload({ name: file.name, path: file.path })
  }

  const download = (path: string, name: string) => downloadWorkbook(path, name).catch((e) => Taro.showToast({ title: errorMessage(e), icon: 'none' }))

  if (readOnly) {
    return (
      <View className='excel-panel'>
        <Text className='excel-panel__title'>Excel 导出</Text>
        <View className='excel-panel__actions'>
          <Button className='btn btn--ghost btn--small' onClick={() => void download(exportPath(kind, orgId), `${NAME[kind]}.xlsx`)}>
            导出已提交清单
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className='excel-panel'>
      <Text className='excel-panel__title'>Excel 填报</Text>
      <Text className='muted'>下载模板（已填内容会预先写入），填好后上传；上传将整体替换草稿。</Text>
      <View className='excel-panel__actions'>
        <Button className='btn btn--ghost btn--small' onClick={() => void download(templatePath(kind), `${NAME[kind]}模板.xlsx`)}>
          下载模板
        </Button>
        <Button className='btn btn--ghost btn--small' onClick={() => void download(exportPath(kind, orgId), `${NAME[kind]}.xlsx`)}>
          导出已提交清单
        </Button>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='btn btn--primary btn--small' disabled={uploading !== null} onClick={() => void pickInWeChat()}>
            从聊天记录选择文件上传
          </Button>
        ) : (
          // H5 only (the branch is removed from the WeChat build): a real file input, laid transparent over a button of
          // ours, as the browser's own control reads 「Choose File / No file chosen」 in English (decision 068).
          <View className='btn btn--primary btn--small excel-panel__file'>
            <Text>选择 .xlsx 文件上传</Text>
            <input
              type='file'
              name='workbook'
              accept='.xlsx'
              aria-label='选择 .xlsx 文件上传'
              disabled={uploading !== null}
              className='excel-panel__input'
              onChange={(e) => {
                const file = e.target.files?.[0]
                e.target.value = ''
                if (file) void upload({ name: file.name, file })
              }}
            />
          </View>
        )}
      </View>
      {uploading !== null && (
        <View className='excel-panel__progress'>
          <Text>上传中 {uploading}%</Text>
          <View className='excel-panel__bar'>
            <View className='excel-panel__fill' style={{ width: `${uploading}%` }} />
          </View>
        </View>
      )}
      {job && job.status !== 'failed' && (
        <View className='excel-panel__progress'>
          <Text>
            {STAGE[job.status]} {job.progress}%
          </Text>
          <View className='excel-panel__bar'>
            <View className='excel-panel__fill' style={{ width: `${job.progress}%` }} />
          </View>
        </View>
      )}
      {error && <Text className='lf-field__error'>{error}</Text>}
      <ImportReport issues={issues} onDownloadAnnotated={() => void download(annotatedPath(kind), `${NAME[kind]}-错误标注.xlsx`)} />
    </View>
  )
}
