import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { PROJECT_SOURCE_LABELS, PROJECT_STATUS_LABELS } from '@zhilian/shared/rules/projects'
import { fetchProject, type ProjectDetail } from '../../api/projects'
import { StateView } from '../../components/StateView'
import { SubscribeReminders } from '../../components/SubscribeReminders'
import { beijingDate, dayTime } from '../../lib/beijing-time'
import { useRemote } from '../../lib/use-remote'
import { useShownAgain } from '../../lib/use-shown-again'
import { ROUTES } from '../../routes'
import { CompletionNote, ProjectStatusTag } from '../status'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../styles/kit/timeline.css'
import '../../styles/kit/sheet.css'
import '../projects.css'

const MILESTONE_REMINDERS = ['milestone_due'] as const
const READER_NOTE = { party: '', organiser: '您是该项目签约活动的主办方，可查看进展，不能代为更新。', admin: '管理部门可查看本范围内的项目进展。' } as const

/** One project: parties, goals, milestones and the update timeline; a party posts progress from here (decision 034). */
export default function ProjectDetailPage() {
  const id = useRouter().params.id ?? ''
  const project = useRemote(() => fetchProject(id))
  useShownAgain(() => void project.reload())
  usePullDown(project.reload)
  const p = project.data
  return (
    <View className='page-bar'>
      <StateView loading={project.loading && !p} error={p ? undefined : project.error} onRetry={() => void project.reload()}>
        {p && <Detail project={p} />}
      </StateView>
    </View>
  )
}

function Detail({ project: p }: { project: ProjectDetail }) {
  const now = Date.now()
  const post = () => void Taro.navigateTo({ url: `${ROUTES.projectUpdate}?id=${encodeURIComponent(p.id)}` })
  return (
    <View>
      <View className='card'>
        <Text className='project-card__title'>{p.title}</Text>
        <View className='row-actions'>
          <ProjectStatusTag status={p.status} />
          <Text className='muted'>
            {PROJECT_SOURCE_LABELS[p.source]}
            {p.chainName ? ` · ${p.chainName}` : ''} · {beijingDate(p.signedAt)}签约
            {p.completedAt ? ` · ${beijingDate(p.completedAt)}${PROJECT_STATUS_LABELS.completed}` : ''}
          </Text>
        </View>
        <Text className='detail-section'>合作双方</Text>
        <Text className='sheet__text'>{p.parties.map((x) => x.name).join(' × ')}</Text>
        {p.event && <Text className='muted'>签约活动：{p.event.title}</Text>}
        {p.challenge && <Text className='muted'>揭榜挂帅：{p.challenge.title}</Text>}
        {p.major && <Text className='muted'>订单班专业：{p.major.code} {p.major.name}</Text>}
        <Text className='detail-section'>合作目标</Text>
        <Text className='sheet__text'>{p.goals}</Text>
        {p.viewerRole !== 'party' && <Text className='muted'>{READER_NOTE[p.viewerRole]}</Text>}
        {p.completionRequest && <CompletionNote request={p.completionRequest} viewerRole={p.viewerRole} />}
      </View>

      <View className='card'>
        <Text className='detail-section'>里程碑</Text>
        {p.milestones.length === 0 && <Text className='muted'>尚未设置里程碑</Text>}
        {p.milestones.map((m) => {
          const overdue = !m.doneAt && new Date(m.dueAt).getTime() < now
          return (
            <View key={m.id} className={`milestone${m.doneAt ? ' milestone--done' : overdue ? ' milestone--overdue' : ''}`}>
              <Text>{m.doneAt ? '✓ ' : ''}{m.title}</Text>
              <Text>{m.doneAt ? `${beijingDate(m.doneAt)}完成` : `${beijingDate(m.dueAt)}${overdue ? '已逾期' : '到期'}`}</Text>
            </View>
          )
        })}
      </View>

      {p.canPost && (
        <SubscribeReminders signedIn loginBack={`${ROUTES.projectDetail}?id=${p.id}`} keys={MILESTONE_REMINDERS} title='里程碑提醒' hint='里程碑到期前一天傍晚和当天上午提醒我；提醒也会发送到「消息」' />
      )}

      <View className='card'>
        <Text className='detail-section'>进展动态</Text>
        {p.updates.length === 0 && <Text className='muted'>还没有进展，签约双方可以发布第一条进展</Text>}
        <View className='timeline'>
          {p.updates.map((u) => (
            <View key={u.id} className='timeline__item'>
              <Text className='muted'>{dayTime(u.createdAt)} · {u.orgName}</Text>
              <Text className='sheet__text'>{u.body}</Text>
              {(u.milestoneTitle || u.statusTo) && (
                <Text className='muted'>
                  {u.milestoneTitle ? `完成里程碑「${u.milestoneTitle}」` : ''}
                  {u.milestoneTitle && u.statusTo ? '，' : ''}
                  {u.statusTo ? `项目${PROJECT_STATUS_LABELS[u.statusTo]}` : ''}
                </Text>
              )}
            </View>
          ))}
        </View>
      </View>

      {p.canPost && (
        <View className='bottom-bar'>
          <Button className='btn btn--primary btn--block' onClick={post}>发布进展</Button>
        </View>
      )}
    </View>
  )
}
