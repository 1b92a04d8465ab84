import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { Education } from '@zhilian/shared/contracts/enums'
import { ProfileInputSchema, type Profile, type ProfileInput } from '@zhilian/shared/contracts/profile'
import type { City, CollegeOption, Major } from '@zhilian/shared/contracts/reference'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { saveProfile, searchColleges, searchMajors } from '../../api/profile'
import { TagInput } from '../../components/TagInput'
import { useLeaveGuard } from '../../lib/use-leave-guard'
import { useSave } from '../../lib/use-save'
import { SearchField } from '../../components/SearchField'
import { Chip } from '../../components/Chip'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'

type Draft = Omit<ProfileInput, 'grade' | 'graduationYear'> & { grade: number | null; graduationYear: string }

const fromProfile = (p: Profile): Draft => ({
  realName: p.realName, collegeId: p.college?.id ?? null, majorCode: p.major?.code ?? null, grade: p.grade,
  graduationYear: p.graduationYear ? String(p.graduationYear) : '', education: p.education, skills: p.skills,
  certificates: p.certificates, expectedCities: p.expectedCities, expectedChains: p.expectedChains, intro: p.intro, phone: p.phone,
})

const blankToNull = (s: string | null) => (s?.trim() ? s.trim() : null)

export function ProfileForm({ profile, cities, onSaved }: { profile: Profile; cities: City[]; onSaved: (p: Profile) => void }) {
  const [d, setD] = useState<Draft>(() => fromProfile(profile))
  // What the server holds: the form is unsaved while it differs (the page re-opens the form on the saved résumé).
  const [saved, setSaved] = useState<Draft>(() => fromProfile(profile))
  useLeaveGuard(JSON.stringify(d) !== JSON.stringify(saved))
  const [collegeName, setCollegeName] = useState(profile.college?.name ?? '')
  const [colleges, setColleges] = useState<CollegeOption[]>([])
  const [majorName, setMajorName] = useState(profile.major?.name ?? '')
  const [majors, setMajors] = useState<Major[]>([])
  const keep = (p: Profile) => {
    setSaved(d)
    onSaved(p)
  }
  const { save: send, saving, issues } = useSave(ProfileInputSchema, saveProfile, keep, {
    fieldOf: (path) => path.split('.')[0] ?? path,
    invalid: '请按提示修改后再保存',
  })
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((prev) => ({ ...prev, [k]: v }))
  const issue = (k: string) => issues[k] && <Text className='field-error'>{issues[k]}</Text>

  /** Runs a picker search; a failure is a toast, the form keeps what was typed. */
  const lookUp = async <T,>(search: () => Promise<T[]>, show: (items: T[]) => void) => {
    try {
      show((await search()).slice(0, 20))
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }
  const findMajors = (q: string) => lookUp(() => searchMajors(q), setMajors)
  const findColleges = (q: string) => lookUp(() => searchColleges(q), (items) => {
    setColleges(items)
    if (!items.length) void Taro.showToast({ title: '没有找到已认证的院校，请换个名称试试', icon: 'none' })
  })

  const save = () => {
    const candidate = {
      ...d,
      realName: blankToNull(d.realName),
      phone: blankToNull(d.phone),
      intro: blankToNull(d.intro),
      graduationYear: d.graduationYear.trim() ? Number(d.graduationYear) : null,
    }
    return send(candidate)
  }

  const chip = (on: boolean, label: string, onClick: () => void) => <Chip key={label} on={on} label={label} onClick={onClick} />

  return (
    <View className='card profile-form'>
      <View className='field'>
        <Text className='field__label'>姓名</Text>
        <Input aria-label='姓名' className='field__input' name='realName' value={d.realName ?? ''} onInput={(e) => set('realName', e.detail.value)} />
        {issue('realName')}
      </View>
      <View className='field'>
        <Text className='field__label'>手机号</Text>
        <Input aria-label='手机号' className='field__input' name='phone' type='number' maxlength={11} value={d.phone ?? ''} onInput={(e) => set('phone', e.detail.value)} />
        {issue('phone')}
      </View>
      <SearchField label={`就读院校：${collegeName || '未选择'}`} name='collegeQ' placeholder='输入院校名称搜索' onSearch={(q) => void findColleges(q)} error={issue('collegeId')}>
        {colleges.map((c) => chip(d.collegeId === c.id, `${c.name}（${c.cityName}）`, () => { set('collegeId', c.id); setCollegeName(c.name); setColleges([]) }))}
      </SearchField>
      <SearchField label={`专业：${majorName || '未选择'}`} name='majorQ' placeholder='输入专业名称搜索' onSearch={(q) => void findMajors(q)} error={issue('majorCode')}>
        {majors.map((m) => chip(d.majorCode === m.code, `${m.name}（${m.level}）`, () => { set('majorCode', m.code); setMajorName(m.name); setMajors([]) }))}
      </SearchField>
      <View className='field'>
        <Text className='field__label'>年级</Text>
        <View className='row-actions'>{[1, 2, 3, 4, 5].map((g) => chip(d.grade === g, `${g}年级`, () => set('grade', g)))}</View>
        {issue('grade')}
      </View>
      <View className='field'>
        <Text className='field__label'>毕业年份</Text>
        <Input aria-label='毕业年份' className='field__input' name='graduationYear' type='number' maxlength={4} value={d.graduationYear} onInput={(e) => set('graduationYear', e.detail.value)} />
        {issue('graduationYear')}
      </View>
      <View className='field'>
        <Text className='field__label'>学历</Text>
        <View className='row-actions'>
          {(Object.keys(Education.labels) as (keyof typeof Education.labels)[]).filter((k) => k !== 'none').map((k) => chip(d.education === k, Education.labels[k], () => set('education', k)))}
        </View>
        {issue('education')}
      </View>
      <View className='field'>
        <Text className='field__label'>技能</Text>
        <TagInput name='skill' placeholder='如：数控车床操作' value={d.skills} onChange={(v) => set('skills', v)} />
        {issue('skills')}
      </View>
      <View className='field'>
        <Text className='field__label'>证书</Text>
        <TagInput name='certificate' placeholder='如：数控车工（中级）' value={d.certificates} onChange={(v) => set('certificates', v)} />
        {issue('certificates')}
      </View>
      <View className='field'>
        <Text className='field__label'>意向城市（最多5个）</Text>
        <View className='row-actions'>
          {cities.map((c) => {
            const on = d.expectedCities.includes(c.adcode)
            return chip(on, c.name, () => set('expectedCities', on ? d.expectedCities.filter((x) => x !== c.adcode) : [...d.expectedCities, c.adcode]))
          })}
        </View>
        {issue('expectedCities')}
      </View>
      <View className='field'>
        <Text className='field__label'>自我介绍</Text>
        <Textarea aria-label='自我介绍' className='field__textarea' name='intro' maxlength={500} value={d.intro ?? ''} onInput={(e) => set('intro', e.detail.value)} />
        {issue('intro')}
      </View>
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save()}>
        保存简历
      </Button>
    </View>
  )
}
