import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { PROJECT_SOURCE_LABELS, PROJECT_STATUS_LABELS, PROJECT_STATUSES, type ProjectStatus } from '@zhilian/shared/rules/projects'
import { useState } from 'react'
import { fetchMe } from '../../api/me'
import { fetchProjects, type ProjectCard } from '../../api/projects'
import { LoadMore } from '../../components/LoadMore'
import { OptionChips } from '../../components/OptionChips'
import { StateView } from '../../components/StateView'
import { beijingDate } from '../../lib/beijing-time'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { CompletionNote, ProjectStatusTag } from '../status'
import '../../styles/kit/page.css'
import '../projects.css'
import '../../components/SearchBar.css'

const STATUS_OPTIONS = [{ value: undefined, label: '全部' }, ...PROJECT_STATUSES.map((s) => ({ value: s, label: PROJECT_STATUS_LABELS[s] }))]
const ROLE_NOTE = { party: '', organiser: ' · 主办方关注', admin: ' · 管辖范围' } as const

/** 项目台账: the cooperation projects the caller is a party to, follows as an organiser, or governs (decision 034). */
export default function ProjectsPage() {
  const [status, setStatus] = useState<ProjectStatus>()
  const list = usePagedPage((cursor) => fetchProjects(cursor, status), { reloadKey: status ?? '', refreshOnShow: true })
  // Only a verified member whose role may cooperate starts a project (decision 028); the BFF checks the same.
  const me = useRemote(fetchMe)
  const verified = me.data?.memberships.filter((m) => m.status === 'verified') ?? []
  const mayStart = verified.some((m) => m.permissions.includes('cooperation'))
  return (
    <View className='page-pad'>
      {mayStart && (
        <View className='search-bar'>
          <Button className='btn btn--primary btn--block' onClick={() => void Taro.navigateTo({ url: ROUTES.projectCreate })}>登记合作项目</Button>
        </View>
      )}
      {!mayStart && verified.length > 0 && <Text className='muted'>您在本单位的角色只能查看项目，登记合作项目请联系单位负责人</Text>}
      <OptionChips label='状态' options={STATUS_OPTIONS} selected={status} onSelect={setStatus} />
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText={status ? `暂无${PROJECT_STATUS_LABELS[status]}的项目` : '暂无合作项目'}
        emptyHint='活动签约、揭榜挂帅、设备共享、企业培训和订单班登记后会出现在这里'
      >
        {list.items.map((p) => <ProjectItem key={p.id} project={p} />)}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}

function ProjectItem({ project: p }: { project: ProjectCard }) {
  const open = () => void Taro.navigateTo({ url: `${ROUTES.projectDetail}?id=${encodeURIComponent(p.id)}` })
  return (
    <View role='button' className='card project-card' onClick={open}>
      <View>
        <Text className='project-card__title'>{p.title}</Text>
      </View>
      <Text className='project-card__meta'>
        {PROJECT_SOURCE_LABELS[p.source]}
        {p.chainName ? ` · ${p.chainName}` : ''} · {beijingDate(p.signedAt)}签约{ROLE_NOTE[p.viewerRole]}
      </Text>
      <Text className='project-card__meta'>{p.parties.map((x) => x.name).join(' × ')}</Text>
      {p.completionRequest && <CompletionNote request={p.completionRequest} viewerRole={p.viewerRole} />}
      <View className='row-actions'>
        <ProjectStatusTag status={p.status} />
        <Text className='muted'>
          里程碑 {p.milestones.done}/{p.milestones.total}
          {p.nextMilestone ? ` · 下一个：${p.nextMilestone.title}（${beijingDate(p.nextMilestone.dueAt)}到期）` : ''}
        </Text>
      </View>
    </View>
  )
}
