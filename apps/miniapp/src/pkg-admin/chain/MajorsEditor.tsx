import { Button, Text, View } from '@tarojs/components'
import { ChainMajorsBodySchema, ChainRelevanceLabels, ChainRelevanceSchema } from '@zhilian/shared/contracts/admin'
import type { AdminChainDetail } from '@zhilian/shared/contracts/chains-admin'
import { useState } from 'react'
import type { z } from 'zod'
import { saveChainMajors } from '../../api/chains-admin'
import { MajorPicker } from '../../components/list-form/MajorPicker'
import { useSave } from '../../lib/use-save'
import '../../components/list-form/ListForm.css'
import '../../components/YearChips.css'
import '../chains/index.css'

type Relevance = z.infer<typeof ChainRelevanceSchema>
type Row = { majorCode: string; majorName: string; relevance: Relevance }

/** The chain–major map: add a major from the catalogue, switch its relevance, remove it, then save the whole map. */
export function MajorsEditor({ chain, onSaved }: { chain: AdminChainDetail; onSaved: () => void }) {
  const initial = chain.majors.map((m) => ({ majorCode: m.majorCode, majorName: m.majorName, relevance: m.relevance }))
  const [rows, setRows] = useState<Row[]>(initial)
  const dirty = JSON.stringify(rows) !== JSON.stringify(initial)
  const set = (code: string, relevance: Relevance) => setRows((rs) => rs.map((r) => (r.majorCode === code ? { ...r, relevance } : r)))
  const { save, saving } = useSave(ChainMajorsBodySchema, (body) => saveChainMajors(chain.id, body), onSaved, '专业已保存')

  return (
    <View className='card'>
      <Text className='chain-admin__h'>对应专业（{rows.length}）</Text>
      <MajorPicker
        name='chainMajor'
        onPick={(m) => setRows((rs) => (rs.some((r) => r.majorCode === m.code) ? rs : [...rs, { majorCode: m.code, majorName: m.name, relevance: 'supporting' }]))}
      />
      {rows.map((r) => (
        <View key={r.majorCode} className='chain-admin__major' data-major={r.majorCode}>
          <Text className='chain-admin__major-name'>
            {r.majorCode} {r.majorName}
          </Text>
          {ChainRelevanceSchema.options.map((rel) => (
            <Text role='button' key={rel} className={`year-chip ${r.relevance === rel ? 'year-chip--on' : ''}`} onClick={() => set(r.majorCode, rel)}>
              {ChainRelevanceLabels[rel]}
            </Text>
          ))}
          <Text role='button' className='year-chip' aria-label={`移除${r.majorName}`} onClick={() => setRows((rs) => rs.filter((x) => x.majorCode !== r.majorCode))}>
            移除
          </Text>
        </View>
      ))}
      {dirty && <Text className='chain-admin__dirty'>有未保存的修改</Text>}
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving || !dirty} onClick={() => void save({ majors: rows.map(({ majorCode, relevance }) => ({ majorCode, relevance })) })}>
        保存专业
      </Button>
    </View>
  )
}
