import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { ChainCreateBodySchema, type AdminChainSummary } from '@zhilian/shared/contracts/chains-admin'
import { ChainStatusLabels } from '@zhilian/shared/contracts/reference'
import { useState } from 'react'
import { createChain, fetchAdminChains } from '../../api/chains-admin'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { useSave } from '../../lib/use-save'
import { useShownAgain } from '../../lib/use-shown-again'
import { ROUTES } from '../../routes'
import { chainTag } from './chain-tag'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/field.css'
import '../../components/YearChips.css'
import './index.css'

const open = (id: string) => void Taro.navigateTo({ url: `${ROUTES.adminChain}?id=${encodeURIComponent(id)}` })

function ChainCard({ c }: { c: AdminChainSummary }) {
  const tag = chainTag(c)
  const lead = c.leads.enterprise.unit
  return (
    <View role='button' className='card chain-admin__card' data-chain={c.id} onClick={() => open(c.id)}>
      <View className='chain-admin__head'>
        <Text className='chain-admin__name'>{c.name}</Text>
        <Text className={`status-tag status-tag--${tag.tone}`}>{tag.text}</Text>
      </View>
      <Text className='muted chain-admin__line'>
        专业 {c.majorCount} 个 · {c.knownEnterprises === null ? '企业总数未登记' : `企业总数 ${c.knownEnterprises} 家`}
      </Text>
      <Text className='muted chain-admin__line'>{lead ? `链主企业：${lead}` : '三组长未登记'}</Text>
      {!c.active && c.retiredReason && <Text className='muted chain-admin__line'>停用原因：{c.retiredReason}</Text>}
    </View>
  )
}

function CreateForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('')
  const [status, setStatus] = useState<'confirmed' | 'candidate'>('candidate')
  const [source, setSource] = useState('')
  const { save, saving, issues } = useSave(ChainCreateBodySchema, createChain, (chain) => {
    onDone()
    open(chain.id)
  }, '已新增')
  return (
    <View className='card'>
      <Text className='chain-admin__name'>新增产业链</Text>
      <View className='field'>
        <Text className='field__label'>名称</Text>
        <Input aria-label='名称' className='field__input' name='name' value={name} onInput={(e) => setName(e.detail.value)} />
        {issues.name && <Text className='field-error'>{issues.name}</Text>}
      </View>
      <View className='field'>
        <Text className='field__label'>状态</Text>
        <View className='year-chips chain-admin__chips'>
          {(['candidate', 'confirmed'] as const).map((s) => (
            <Text role='button' key={s} className={`year-chip ${status === s ? 'year-chip--on' : ''}`} onClick={() => setStatus(s)}>
              {ChainStatusLabels[s]}
            </Text>
          ))}
        </View>
      </View>
      <View className='field'>
        <Text className='field__label'>依据（文件名称、文号或发布日期）</Text>
        <Textarea aria-label='依据（文件名称、文号或发布日期）' className='field__textarea' name='source' value={source} maxlength={500} onInput={(e) => setSource(e.detail.value)} />
        {issues.source && <Text className='field-error'>{issues.source}</Text>}
      </View>
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save({ name, status, source })}>
        新增
      </Button>
    </View>
  )
}

/** 产业链管理: every chain (retired ones last), and adding a new one. Chains are data, never code. */
export default function ChainsPage() {
  const chains = useRemote(fetchAdminChains)
  const [adding, setAdding] = useState(false)
  usePullDown(chains.reload)
  useShownAgain(() => void chains.reload())
  const items = chains.data?.items ?? []
  return (
    <View className='chain-admin'>
      <View className='chain-admin__bar'>
        <Text className='section-title'>产业链（{items.length}）</Text>
        <Button className='btn btn--ghost btn--small' onClick={() => setAdding(!adding)}>
          {adding ? '收起' : '新增产业链'}
        </Button>
      </View>
      {adding && <CreateForm onDone={() => { setAdding(false); void chains.reload() }} />}
      <StateView loading={chains.loading && !chains.data} error={chains.data ? undefined : chains.error} onRetry={chains.reload} empty={items.length === 0}>
        {items.map((c) => (
          <ChainCard key={c.id} c={c} />
        ))}
      </StateView>
    </View>
  )
}
