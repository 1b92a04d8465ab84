import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { ChainProfileBodySchema, LEAD_LABELS, type AdminChainDetail, type ChainLeads } from '@zhilian/shared/contracts/chains-admin'
import { useState } from 'react'
import { saveChainProfile } from '../../api/chains-admin'
import { useSave } from '../../lib/use-save'
import '../../styles/kit/field.css'
import '../chains/index.css'

type LeadKey = keyof ChainLeads
const LEADS = Object.keys(LEAD_LABELS) as LeadKey[]

/** 三组长, 一链一策 and the chain's enterprise count (the report's coverage denominator, decision 019). */
export function ProfileForm({ chain, onSaved }: { chain: AdminChainDetail; onSaved: (c: AdminChainDetail) => void }) {
  const [leads, setLeads] = useState(() =>
    Object.fromEntries(LEADS.map((k) => [k, { unit: chain.leads[k].unit ?? '', person: chain.leads[k].person ?? '' }])) as Record<LeadKey, { unit: string; person: string }>,
  )
  const [policyNote, setPolicyNote] = useState(chain.policyNote ?? '')
  const [known, setKnown] = useState(chain.knownEnterprises === null ? '' : String(chain.knownEnterprises))
  const [source, setSource] = useState(chain.knownEnterprisesSource ?? '')
  const [year, setYear] = useState(chain.knownEnterprisesYear === null ? '' : String(chain.knownEnterprisesYear))
  const { save, saving, issues } = useSave(ChainProfileBodySchema, (body) => saveChainProfile(chain.id, body), onSaved)
  const setLead = (k: LeadKey, part: 'unit' | 'person', value: string) => setLeads((p) => ({ ...p, [k]: { ...p[k], [part]: value } }))
  const number = (s: string) => (s.trim() === '' ? null : Number(s))
  const input = (name: string, label: string, value: string, onInput: (v: string) => void, type: 'text' | 'number' = 'text') => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input aria-label={label} className='field__input' name={name} type={type} value={value} onInput={(e) => onInput(e.detail.value)} />
      {issues[name] && <Text className='field-error'>{issues[name]}</Text>}
    </View>
  )

  return (
    <View className='card'>
      <Text className='chain-admin__h'>三组长</Text>
      {LEADS.map((k) => (
        <View key={k}>
          {input(`leads.${k}.unit`, LEAD_LABELS[k].unit, leads[k].unit, (v) => setLead(k, 'unit', v))}
          {input(`leads.${k}.person`, `${LEAD_LABELS[k].person}（姓名、职务）`, leads[k].person, (v) => setLead(k, 'person', v))}
        </View>
      ))}
      <Text className='chain-admin__h'>一链一策</Text>
      <View className='field'>
        <Textarea aria-label='本链的重点任务、牵头单位与进度安排' className='field__textarea' name='policyNote' value={policyNote} maxlength={2000} placeholder='本链的重点任务、牵头单位与进度安排' onInput={(e) => setPolicyNote(e.detail.value)} />
        {issues.policyNote && <Text className='field-error'>{issues.policyNote}</Text>}
      </View>
      <Text className='chain-admin__h'>本链企业总数（供需报告覆盖率的分母）</Text>
      {input('knownEnterprises', '企业总数（家）', known, setKnown, 'number')}
      {input('knownEnterprisesSource', '来源（统计口径、发布单位和日期）', source, setSource)}
      {input('knownEnterprisesYear', '统计年份', year, setYear, 'number')}
      <Button
        className='btn btn--primary btn--block'
        loading={saving}
        disabled={saving}
        onClick={() => void save({ leads, policyNote, knownEnterprises: number(known), knownEnterprisesSource: source, knownEnterprisesYear: number(year) })}
      >
        保存档案
      </Button>
    </View>
  )
}
