import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { ChainConfirmBodySchema, ChainRetireBodySchema, type AdminChainDetail } from '@zhilian/shared/contracts/chains-admin'
import { beijingDate, beijingDateTime } from '../../lib/beijing-time'
import { useState } from 'react'
import { confirmChain, fetchAdminChain, restoreChain, retireChain } from '../../api/chains-admin'
import { errorMessage } from '../../api/api-error'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { useSave } from '../../lib/use-save'
import { chainTag } from '../chains/chain-tag'
import { MajorsEditor } from './MajorsEditor'
import { ProfileForm } from './ProfileForm'
import '../../styles/kit/field.css'
import '../chains/index.css'

const ask = async (title: string, content: string, confirmText: string) =>
  (await Taro.showModal({ title, content, confirmText, cancelText: '取消' })).confirm

/** One line of text and a button that asks before it acts: confirm with a source, retire with a reason. */
function ReasonAction<K extends 'source' | 'reason'>(props: {
  /** The modal's confirm button: WeChat and Taro's H5 refuse the whole modal when it is over 4 Chinese characters. */
  field: K; label: string; button: string; confirmText: string; question: string; danger?: boolean
  schema: typeof ChainConfirmBodySchema | typeof ChainRetireBodySchema
  send: (body: Record<K, string>) => Promise<AdminChainDetail>; onDone: (c: AdminChainDetail) => void
}) {
  const [value, setValue] = useState('')
  const { save, saving, issues } = useSave(props.schema, (body) => props.send(body as Record<K, string>), props.onDone)
  const go = async () => {
    if (!props.schema.safeParse({ [props.field]: value }).success) return void save({ [props.field]: value } as never)
    if (await ask(props.button, props.question, props.confirmText)) await save({ [props.field]: value } as never)
  }
  return (
    <View className='field'>
      <Text className='field__label'>{props.label}</Text>
      <Textarea aria-label={props.label} className='field__textarea' name={props.field} value={value} maxlength={500} onInput={(e) => setValue(e.detail.value)} />
      {issues[props.field] && <Text className='field-error'>{issues[props.field]}</Text>}
      <Button className={`btn ${props.danger ? 'btn--danger' : 'btn--primary'} btn--block`} loading={saving} disabled={saving} onClick={() => void go()}>
        {props.button}
      </Button>
    </View>
  )
}

function Status({ chain, onChange }: { chain: AdminChainDetail; onChange: (c: AdminChainDetail) => void }) {
  const restore = async () => {
    if (!(await ask('恢复启用', `恢复后“${chain.name}”重新出现在筛选、地图和年度报告中。`, '恢复'))) return
    try {
      onChange(await restoreChain(chain.id))
      void Taro.showToast({ title: '已恢复', icon: 'success' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }
  return (
    <View className='card'>
      {chain.active && chain.status === 'candidate' && (
        <ReasonAction field='source' label='确认依据（正式公布该产业链的文件名称、文号或发布日期）' button='确认为已公布产业链' confirmText='确认'
          question={`确认后“${chain.name}”标为已公布，依据将替换为您填写的内容。`} schema={ChainConfirmBodySchema}
          send={(body) => confirmChain(chain.id, body)} onDone={onChange} />
      )}
      {chain.active ? (
        <ReasonAction field='reason' label='停用原因' button='停用该产业链' confirmText='停用' danger
          question={`停用后“${chain.name}”不再出现在筛选、地图和年度报告中，已有岗位和清单数据保留。`} schema={ChainRetireBodySchema}
          send={(body) => retireChain(chain.id, body)} onDone={onChange} />
      ) : (
        <Button className='btn btn--primary btn--block' onClick={() => void restore()}>
          恢复启用
        </Button>
      )}
    </View>
  )
}

/** 产业链档案: status and its source, confirm / retire / restore, 三组长, 一链一策, the enterprise count, majors and the history. */
export default function ChainPage() {
  const id = useRouter().params.id ?? ''
  const remote = useRemote(() => fetchAdminChain(id))
  const [edited, setEdited] = useState<AdminChainDetail>()
  const chain = edited ?? remote.data
  const reload = async () => {
    setEdited(undefined)
    await remote.reload()
  }
  const tag = chain && chainTag(chain)
  return (
    <View className='chain-admin'>
      <StateView loading={remote.loading && !chain} error={chain ? undefined : remote.error} onRetry={remote.reload}>
        {chain && tag && (
          <View key={`${chain.id}-${chain.history[0]?.id ?? ''}`}>
            <View className='card'>
              <View className='chain-admin__head'>
                <Text className='chain-admin__name'>{chain.name}</Text>
                <Text className={`status-tag status-tag--${tag.tone}`}>{tag.text}</Text>
              </View>
              <Text className='muted chain-admin__line'>编号 {chain.id} · 依据：{chain.source}</Text>
              {chain.confirmedAt && <Text className='muted chain-admin__line'>确认于 {beijingDate(chain.confirmedAt)}</Text>}
              {!chain.active && <Text className='muted chain-admin__line'>已停用：{chain.retiredReason ?? '未写明原因'}</Text>}
            </View>
            <Status chain={chain} onChange={setEdited} />
            <ProfileForm chain={chain} onSaved={setEdited} />
            <MajorsEditor chain={chain} onSaved={() => void reload()} />
            <View className='card'>
              <Text className='chain-admin__h'>变更记录</Text>
              {chain.history.length === 0 && <Text className='muted'>暂无变更</Text>}
              {chain.history.map((h) => (
                <Text key={h.id} className='chain-admin__history'>
                  {beijingDateTime(h.at)} {h.actorName ?? '系统'}：{h.sentence}
                </Text>
              ))}
            </View>
          </View>
        )}
      </StateView>
    </View>
  )
}
