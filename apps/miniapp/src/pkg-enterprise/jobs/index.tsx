import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ApplicationStatus, JobStatus } from '@zhilian/shared/contracts/enums'
import type { EnterpriseJob, JobAction } from '@zhilian/shared/contracts/jobs'
import { isPastClosing } from '@zhilian/shared/rules/deadlines'
import { errorMessage } from '../../api/api-error'
import { fetchEnterpriseJobs, runJobAction } from '../../api/enterprise'
import { StateView } from '../../components/StateView'
import { salaryText } from '../../lib/salary-text'
import { beijingDate } from '../../lib/beijing-time'
import { usePagedPage } from '../../lib/use-paged-list'
import { ROUTES } from '../../routes'
import { LoadMore } from '../../components/LoadMore'
import { useOrgAccess, whoMay } from '../../lib/use-org-permissions'
import { ClosingDate, offersClosingDate } from './ClosingDate'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'
import '../../components/SearchBar.css'

/** A draft (new, or returned by a reviewer) is submitted for review rather than shown at once (decision 014). */
const SUBMIT = { label: '提交审核', confirm: '提交后由平台审核，审核通过即对学生展示。' }
const actionOf = (job: EnterpriseJob, action: JobAction) => (action === 'resume' && job.status === 'draft' ? { ...ACTIONS.resume, ...SUBMIT } : ACTIONS[action])

const ACTIONS: Record<JobAction, { label: string; confirm: string; done: string; when: EnterpriseJob['status'][] }> = {
  pause: { label: '暂停招聘', confirm: '暂停后学生将看不到该岗位，已有投递不受影响。', done: '已暂停招聘', when: ['open'] },
  resume: { label: '恢复招聘', confirm: '恢复后岗位重新对学生展示。', done: '已恢复招聘', when: ['paused', 'draft'] },
  close: { label: '关闭岗位', confirm: '关闭后不能再恢复，学生将无法投递。', done: '岗位已关闭', when: ['open', 'paused', 'draft'] },
  duplicate: { label: '复制为新岗位', confirm: '将复制岗位信息生成一个新草稿。', done: '已复制为草稿，编辑后可提交审核', when: ['open', 'paused', 'closed', 'filled', 'draft', 'pending_review'] },
}

export default function EnterpriseJobsPage() {
  const list = usePagedPage(fetchEnterpriseJobs, { refreshOnShow: true })
  // A 只读成员 or 清单填报员 opening this page by a link reads the jobs without buttons the BFF would refuse
  // (decision 101, as 单位资料 and 附件1/附件2 in decision 091). The buttons wait for the role; should /api/me fail
  // they show as before and the BFF refuses what the role may not do.
  const access = useOrgAccess('unit')
  const decided = access.known || access.me.error !== undefined
  const manages = decided && access.may.has('jobs')
  const seesApplicants = decided && access.may.has('applicants')

  const act = async (job: EnterpriseJob, action: JobAction) => {
    const a = actionOf(job, action)
    const { confirm } = await Taro.showModal({ title: `${a.label}：${job.title}`, content: a.confirm, confirmText: '确定', cancelText: '取消' })
    if (!confirm) return
    try {
      const after = await runJobAction(job.id, action)
      void Taro.showToast({ title: after.status === 'pending_review' ? '已提交审核' : a.done, icon: 'none' })
      await list.refresh()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }

  return (
    <View>
      {manages && (
        <View className='search-bar'>
          <Button className='btn btn--primary btn--block' onClick={() => void Taro.navigateTo({ url: ROUTES.enterpriseJobEdit })}>
            发布新岗位
          </Button>
        </View>
      )}
      {decided && !manages && (
        <View className='search-bar'>
          <Text className='muted'>您的角色只能查看岗位；{whoMay('jobs')}可以发布和管理岗位</Text>
        </View>
      )}
      <StateView
        {...list.stateView}
        loading={list.stateView.loading || !decided}
        empty={list.items.length === 0}
        emptyText='还没有岗位'
        emptyHint={manages ? '点上方按钮发布第一个岗位' : undefined}
      >
        {list.items.map((job) => {
          const total = Object.values(job.applicationCounts).reduce((n, c) => n + c, 0)
          const counts = Object.entries(job.applicationCounts)
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${ApplicationStatus.labels[s as keyof typeof ApplicationStatus.labels] ?? s}${n}`)
            .join(' · ')
          return (
            <View key={job.id} className='card enterprise-job'>
              <View className='job-card__head'>
                <Text className='job-card__title'>{job.title}</Text>
                {/* A job whose closing date passed reads 已截止, whether or not the hourly sweep has closed it yet (decision 051). */}
                {isPastClosing(job.closesAt) && (job.status === 'open' || job.status === 'closed') ? (
                  <Text className='status-tag status-tag--closed'>已截止</Text>
                ) : (
                  <Text className={`status-tag status-tag--${job.status}`}>{JobStatus.labels[job.status]}</Text>
                )}
              </View>
              <Text className='muted' style={{ display: 'block' }}>
                {salaryText(job.salaryMin, job.salaryMax)} · 已录用{job.hiredCount}/{job.headcount}人
                {job.closesAt ? ` · ${beijingDate(job.closesAt)}截止` : ''}
              </Text>
              <Text className='muted' style={{ display: 'block' }}>投递{total}份{counts ? `：${counts}` : ''}</Text>
              {job.status === 'pending_review' && <Text className='review-note'>审核中：平台审核通过后对学生公开</Text>}
              <View className='row-actions'>
                {seesApplicants && (
                  <Button className='btn btn--small btn--primary' onClick={() => void Taro.navigateTo({ url: `${ROUTES.enterpriseApplicants}?jobId=${encodeURIComponent(job.id)}` })}>
                    应聘者
                  </Button>
                )}
                {/* The server refuses edits to a closed job (复制 makes a new one), so the button is not offered. */}
                {manages && job.status !== 'closed' && (
                  <Button className='btn btn--small btn--ghost' onClick={() => void Taro.navigateTo({ url: `${ROUTES.enterpriseJobEdit}?id=${encodeURIComponent(job.id)}` })}>
                    编辑
                  </Button>
                )}
                <Button className='btn btn--small btn--ghost' onClick={() => void Taro.navigateTo({ url: `${ROUTES.enterpriseMatches}?jobId=${encodeURIComponent(job.id)}` })}>
                  匹配院校
                </Button>
                {manages && offersClosingDate(job) && <ClosingDate job={job} onChanged={async () => void (await list.refresh())} />}
                {(Object.keys(ACTIONS) as JobAction[])
                  .filter((k) => manages && ACTIONS[k].when.includes(job.status))
                  .map((k) => (
                    <Button key={k} className={`btn btn--small ${k === 'close' ? 'btn--danger' : 'btn--ghost'}`} onClick={() => void act(job, k)}>
                      {actionOf(job, k).label}
                    </Button>
                  ))}
              </View>
            </View>
          )
        })}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
