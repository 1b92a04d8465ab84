import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import type { Education, JobType } from '@zhilian/shared/contracts/enums'
import { useMemo, useState } from 'react'
import { fetchCities, fetchJobs, type JobFilters } from '../../api/jobs'
import { fetchProfile } from '../../api/profile'
import { getToken } from '../../api/token'
import { JobCard } from '../../components/JobCard'
import { OptionChips } from '../../components/OptionChips'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { EDUCATION_OPTIONS, SALARY_OPTIONS, TYPE_OPTIONS, salaryRange, type SalaryBand } from './filter-options'
import '../../components/jobs-ui.css'

type Sort = 'newest' | 'match'

/** The 岗位 tab's list: keyword, filter chips, sort, and the cursor-paged cards. */
export function JobList({ chainId }: { chainId: string | undefined }) {
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const [cityCode, setCityCode] = useState<string>()
  const [education, setEducation] = useState<keyof typeof Education.labels>()
  const [type, setType] = useState<keyof typeof JobType.labels>()
  const [band, setBand] = useState<SalaryBand>()
  const [sort, setSort] = useState<Sort>('newest')
  const cities = useRemote(fetchCities)
  // 最匹配 needs a student's résumé and their consent to personalised ranking (PIPL art. 24).
  const profile = useRemote(fetchProfile, { enabled: getToken() !== null })
  const canMatch = !!profile.data && !profile.data.personalisationOff

  const filters: JobFilters = useMemo(
    () => ({ q, chainId, cityCode, education, type, ...salaryRange(band), sort: canMatch ? sort : 'newest' }),
    [q, chainId, cityCode, education, type, band, sort, canMatch],
  )
  const list = usePagedPage((cursor) => fetchJobs(filters, cursor), { reloadKey: JSON.stringify(filters) })


  const open = (id: string) => void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${encodeURIComponent(id)}` })
  const cityOptions = [{ value: undefined, label: '全省' }, ...(cities.data ?? []).map((c) => ({ value: c.adcode, label: c.name }))]

  return (
    <View className='job-list'>
      <View className='search-bar'>
        <Input
          className='search-bar__input'
          name='q'
          type='text'
          confirmType='search'
          placeholder='搜索岗位、技能或企业'
          value={draft}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={() => setQ(draft.trim())}
        />
        <Button className='btn btn--primary btn--small search-bar__btn' onClick={() => setQ(draft.trim())}>
          搜索
        </Button>
      </View>
      <OptionChips label='城市' options={cityOptions} selected={cityCode} onSelect={setCityCode} />
      <OptionChips label='学历' options={EDUCATION_OPTIONS} selected={education} onSelect={setEducation} />
      <OptionChips label='类型' options={TYPE_OPTIONS} selected={type} onSelect={setType} />
      <OptionChips label='月薪' options={SALARY_OPTIONS} selected={band} onSelect={setBand} />
      {canMatch && (
        <OptionChips<Sort>
          label='排序'
          options={[{ value: 'newest', label: '最新' }, { value: 'match', label: '最匹配' }]}
          selected={sort}
          onSelect={(s) => setSort(s ?? 'newest')}
        />
      )}
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => void list.refresh()}
        empty={list.items.length === 0}
        emptyText='没有符合条件的岗位'
        emptyHint='换个关键词或放宽筛选条件试试'
      >
        {list.items.map((job) => (
          <JobCard key={job.id} job={job} onOpen={open} />
        ))}
        <View className='state-view'>
          {list.moreError ? (
            <Text className='state-view__text' onClick={() => void list.loadMore()}>{list.moreError}，点此重试</Text>
          ) : list.hasMore ? (
            <Text className='state-view__text' onClick={() => void list.loadMore()}>{list.loadingMore ? '加载中…' : '上拉或点此加载更多'}</Text>
          ) : (
            <Text className='state-view__text muted'>没有更多了</Text>
          )}
        </View>
      </StateView>
    </View>
  )
}
