import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Education, JobType } from '@zhilian/shared/contracts/enums'
import { useMemo, useState } from 'react'
import { fetchCities, fetchJobs, type JobFilters } from '../../api/jobs'
import { fetchProfile } from '../../api/profile'
import { fetchChains } from '../../api/reference'
import { getToken } from '../../api/token'
import { DemoBanner } from '../../components/DemoBanner'
import { JobCard } from '../../components/JobCard'
import { SearchBar } from '../../components/SearchBar'
import { StateView } from '../../components/StateView'
import { takeHandedOverChain, takeHandedOverKeyword } from '../../lib/chain-filter'
import { useFirstScreen } from '../../lib/use-first-screen'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { chainDropdown, cityDropdown, DropdownFilters, type Dropdown } from '../../components/DropdownFilters'
import { EDUCATION_OPTIONS, SALARY_OPTIONS, TYPE_OPTIONS, salaryRange, type SalaryBand } from './filter-options'
import { LoadMore } from '../../components/LoadMore'
import './jobs-page.css'

type Sort = 'newest' | 'match'
type EducationKey = keyof typeof Education.labels
type JobTypeKey = keyof typeof JobType.labels

/** Narrows a dropdown's string back to the filter's own type: every option value came from that type's list. */
const as = <T extends string>(set: (v: T | undefined) => void): ((v: string | undefined) => void) => (v) => set(v as T | undefined)

/** The 岗位 tab: a sticky search bar with dropdown filters (docs/decisions/023), then the cursor-paged cards. */
export function JobList() {
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const [chainId, setChainId] = useState<string>()
  const [cityCode, setCityCode] = useState<string>()
  const [education, setEducation] = useState<EducationKey>()
  const [type, setType] = useState<JobTypeKey>()
  const [band, setBand] = useState<SalaryBand>()
  const [sort, setSort] = useState<Sort>('newest')
  const chains = useRemote(fetchChains)
  const cities = useRemote(fetchCities)
  // 最匹配 needs a student's résumé and their consent to personalised ranking (PIPL art. 24).
  const profile = useRemote(fetchProfile, { enabled: getToken() !== null })
  const canMatch = !!profile.data && !profile.data.personalisationOff

  // The home page's chain cards and search bar hand their choice over (switchTab carries no query).
  useDidShow(() => {
    const chain = takeHandedOverChain()
    if (chain) setChainId(chain)
    const keyword = takeHandedOverKeyword()
    if (keyword !== undefined) {
      setDraft(keyword)
      setQ(keyword)
    }
  })

  const filters: JobFilters = useMemo(
    () => ({ q, chainId, cityCode, education, type, ...salaryRange(band), sort: canMatch ? sort : 'newest' }),
    [q, chainId, cityCode, education, type, band, sort, canMatch],
  )
  const list = usePagedPage((cursor) => fetchJobs(filters, cursor), { reloadKey: JSON.stringify(filters) })
  // Six cards fit on a phone's first screen (student-first.test.ts); the other 14 of the first page follow in a task
  // of their own.
  const cards = useFirstScreen(list.items, 8)

  // A search that finds nothing offers to undo every condition at once (decision 102): one by one meant clearing the
  // keyword and opening each dropdown set.
  const anyCondition = q !== '' || [chainId, cityCode, education, type, band].some((v) => v !== undefined)
  const clearAll = () => {
    setDraft('')
    setQ('')
    setChainId(undefined)
    setCityCode(undefined)
    setEducation(undefined)
    setType(undefined)
    setBand(undefined)
  }

  const open = (id: string) => void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${encodeURIComponent(id)}` })
  const dropdowns: Dropdown[] = [
    chainDropdown(chains.data, chainId, setChainId),
    cityDropdown(cities.data, cityCode, setCityCode),
    { key: 'education', label: '学历', groups: [{ options: EDUCATION_OPTIONS, selected: education, onSelect: as<EducationKey>(setEducation) }] },
    { key: 'salary', label: '薪资', groups: [{ options: SALARY_OPTIONS, selected: band, onSelect: as<SalaryBand>(setBand) }] },
    {
      key: 'more', label: '更多',
      groups: [
        { title: '类型', options: TYPE_OPTIONS, selected: type, onSelect: as<JobTypeKey>(setType) },
        ...(canMatch
          ? [{ title: '排序', options: [{ value: 'newest', label: '最新' }, { value: 'match', label: '最匹配' }], selected: sort === 'match' ? 'match' : undefined, onSelect: (v: string | undefined) => setSort(v === 'match' ? 'match' : 'newest') }]
          : []),
      ],
    },
  ]

  return (
    <View className='job-list'>
      <DemoBanner />
      <View className='jobs-sticky'>
        <SearchBar name='q' value={draft} onInput={setDraft} onSearch={() => setQ(draft.trim())} />
        <DropdownFilters dropdowns={dropdowns} />
      </View>
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText='没有符合条件的岗位'
        emptyHint='换个关键词或放宽筛选条件试试'
        emptyAction={anyCondition ? { text: '清除全部条件', onTap: clearAll } : undefined}
      >
        {/* One box for the cards and the footer, in the loading view's place (StateView keys each state, so it is a
            new node): the footer stays below the cards instead of being pushed down by them (decision 025). */}
        <View className='job-list__items'>
          {cards.map((job) => (
            <JobCard key={job.id} job={job} onOpen={open} />
          ))}
          <LoadMore list={list} />
        </View>
      </StateView>
    </View>
  )
}
