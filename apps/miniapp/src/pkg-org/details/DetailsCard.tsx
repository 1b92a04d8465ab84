import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EnterpriseNature } from '@zhilian/shared'
import { OrgPatchBodySchema, type Org } from '@zhilian/shared/contracts/organizations'
import { useState } from 'react'
import { updateOrganization } from '../../api/organizations'
import { fetchChains } from '../../api/reference'
import { useCityVocab, useLabelVocab } from '../../components/list-form/use-cities'
import { useLeaveGuard } from '../../lib/use-leave-guard'
import { useRemote } from '../../lib/use-remote'
import { useSave } from '../../lib/use-save'
import { ChipsField, LabelStanding, TextField, UsccOrText } from './DetailsFields'
import { changesOf, formOf, touchesIdentity, type DetailsForm } from './form-values'
import './index.css'

const IDENTITY_NOTE = '单位名称、统一社会信用代码和所在城市的修改需经平台审核；审核通过前，对外仍显示原来的信息'
const CONTACT = [['contactName', '联系人'], ['contactTitle', '联系人职务（选填）'], ['contactPhone', '联系电话'], ['contactEmail', '联系邮箱（选填）']] as const

/**
 * The unit's details as a form (owner and managers) or as text (everyone else), decision 091. `onSaved` hands the
 * BFF's answer back so the page shows a change now waiting for review.
 */
export function DetailsCard({ org, readOnly, onSaved }: { org: Org; readOnly: boolean; onSaved: (org: Org) => void }) {
  const cities = useCityVocab()
  const labels = useLabelVocab()
  const chains = useRemote(fetchChains)
  const [saved, setSaved] = useState(() => formOf(org))
  const [form, setForm] = useState<DetailsForm>(saved)
  const verified = org.verification === 'verified'
  // A suspended unit keeps its name, code and city until 恢复 (decision 083); its other details stay editable.
  const identityLocked = readOnly || org.verification === 'suspended'
  const changes = changesOf(saved, form)
  const held = verified && touchesIdentity(changes)
  useLeaveGuard(!readOnly && Object.keys(changes).length > 0)
  const { save, saving, issues, clearIssue } = useSave(OrgPatchBodySchema, (body) => updateOrganization(org.id, body), (next) => {
    const now = formOf(next)
    setSaved(now)
    setForm(now)
    onSaved(next)
  }, {
    success: () => (held ? { title: '已提交审核', icon: 'success' } : { title: '已保存', icon: 'success' }),
    fieldOf: (path) => path.split('.')[0] ?? path,
    invalid: '请修改标红的内容',
    confirm: async () =>
      !held || (await Taro.showModal({ title: '提交变更审核', content: `${IDENTITY_NOTE}。其他资料保存后立即生效。确定提交吗？`, confirmText: '提交', cancelText: '取消' })).confirm,
  })
  const set = (key: string, value: string | string[]) => {
    setForm((f) => ({ ...f, [key]: value }))
    clearIssue(key)
  }
  const text = (key: string) => (form[key] as string | undefined) ?? ''
  const list = (key: string) => (form[key] as string[] | undefined) ?? []

  return (
    <View className='card'>
      {verified && !readOnly && <Text className='review-note org-details__identity-note'>{IDENTITY_NOTE}</Text>}
      <TextField name='name' label='单位名称' value={text('name')} error={issues.name} readOnly={identityLocked} onChange={(v) => set('name', v)} />
      <UsccOrText value={text('uscc')} enterprise={org.kind === 'enterprise'} error={issues.uscc} readOnly={identityLocked} onChange={(v) => set('uscc', v)} />
      <ChipsField label='所在城市' options={Object.entries(cities.vocab.labels)} picked={[text('cityCode')]} error={issues.cityCode} readOnly={identityLocked} onChange={([v]) => set('cityCode', v ?? '')} />
      <TextField name='address' label='地址（选填）' value={text('address')} error={issues.address} readOnly={readOnly} onChange={(v) => set('address', v)} />
      {org.kind === 'enterprise' && (
        <ChipsField label='企业性质' options={Object.entries(EnterpriseNature.labels)} picked={[text('nature')]} error={issues.nature} readOnly={readOnly} onChange={([v]) => set('nature', v ?? '')} />
      )}
      <TextField name='industryCode' label='国民经济行业代码（选填）' value={text('industryCode')} error={issues.industryCode} readOnly={readOnly} onChange={(v) => set('industryCode', v)} />
      <ChipsField label='所属产业链（可多选）' multiple options={(chains.data ?? []).map((c) => [c.id, c.name])} picked={list('chains')} error={issues.chains} readOnly={readOnly} onChange={(v) => set('chains', v)} />
      {org.kind === 'enterprise' && (
        <ChipsField label='企业称号（选填）' multiple options={Object.entries(labels.labels)} picked={list('labels')} error={issues.labels} readOnly={readOnly} onChange={(v) => set('labels', v)} />
      )}
      {org.kind === 'enterprise' && <LabelStanding labels={org.labels} names={labels.labels} />}
      <TextField name='intro' label='单位简介（选填）' long value={text('intro')} error={issues.intro} readOnly={readOnly} onChange={(v) => set('intro', v)} />
      {CONTACT.map(([key, label]) => (
        <TextField key={key} name={key} label={label} value={text(key)} error={issues[key]} readOnly={readOnly} onChange={(v) => set(key, v)} />
      ))}
      {!readOnly && (
        <Button className='btn btn--primary btn--block' loading={saving} disabled={saving || Object.keys(changes).length === 0} onClick={() => void save(changes)}>
          {held ? '保存并提交变更审核' : '保存'}
        </Button>
      )}
    </View>
  )
}
