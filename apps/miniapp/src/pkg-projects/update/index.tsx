import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { PostProjectUpdateBodySchema } from '@zhilian/shared/contracts/projects'
import { useState } from 'react'
import { fetchProject, postProjectUpdate } from '../../api/projects'
import { StateView } from '../../components/StateView'
import { beijingDate } from '../../lib/beijing-time'
import { useRemote } from '../../lib/use-remote'
import { useSave } from '../../lib/use-save'
import '../../styles/kit/page.css'
import '../../styles/kit/field.css'
import '../../styles/kit/check.css'
import '../projects.css'
import '../../components/StateView.css'

const ASK = { label: '项目已全部完成，申请结项', title: '申请结项', content: '申请后由合作方确认，双方都确认后项目结项，确定申请吗？', button: '申请', statusTo: 'completed' } as const
const CONFIRM = { label: '确认结项', title: '确认结项', content: '确认后项目结项，不能再更新，确定结项吗？', button: '结项', statusTo: 'completed' } as const
const WITHDRAW = { label: '撤回结项申请', title: '撤回结项申请', content: '撤回后项目仍在推进中，确定撤回吗？', button: '撤回', statusTo: 'in_progress' } as const

/** A party's progress update from the phone: what happened, optionally a milestone done, optionally 结项. */
export default function ProjectUpdatePage() {
  const id = useRouter().params.id ?? ''
  const project = useRemote(() => fetchProject(id))
  const [body, setBody] = useState('')
  const [milestoneId, setMilestoneId] = useState<string>()
  const [complete, setComplete] = useState(false)
  const { save, saving, issues } = useSave(PostProjectUpdateBodySchema, (b) => postProjectUpdate(id, b), () => void Taro.navigateBack(), '已发布')
  const p = project.data
  const open = p?.milestones.filter((m) => !m.doneAt) ?? []
  // 结项 takes both parties (decision 107): the first asks, the other confirms; the asker may withdraw (推进中).
  const request = p?.completionRequest
  const step = request?.mine ? WITHDRAW : request ? CONFIRM : ASK
  // 结项 is offered only when this update leaves no milestone open (the server checks the same rule).
  const canComplete = !!request?.mine || open.length === 0 || (open.length === 1 && open[0]!.id === milestoneId)

  const submit = async () => {
    if (complete) {
      const { confirm } = await Taro.showModal({ title: step.title, content: step.content, confirmText: step.button, cancelText: '取消' })
      if (!confirm) return
    }
    await save({ body, ...(milestoneId ? { milestoneId } : {}), ...(complete && canComplete ? { statusTo: step.statusTo } : {}) })
  }

  return (
    <View className='page-pad'>
      <StateView loading={project.loading && !p} error={p ? undefined : project.error} onRetry={() => void project.reload()}>
        {p && !p.canPost && <Text className='state-view__text'>该项目当前不能更新</Text>}
        {p?.canPost && (
          <View className='card'>
            <Text className='project-card__title'>{p.title}</Text>
            <View className='field'>
              <Text className='field__label'>进展说明</Text>
              <Textarea aria-label='例如：首批30名学生已完成遴选' className='field__textarea' name='body' maxlength={1000} placeholder='例如：首批30名学生已完成遴选' value={body} onInput={(e) => setBody(e.detail.value)} />
              {issues.body && <Text className='field-error'>{issues.body}</Text>}
            </View>
            {open.length > 0 && (
              <View className='field'>
                <Text className='field__label'>同时完成里程碑（可选）</Text>
                {open.map((m) => (
                  <Text role='button' key={m.id} className={`milestone-pick${milestoneId === m.id ? ' milestone-pick--on' : ''}`} onClick={() => setMilestoneId(milestoneId === m.id ? undefined : m.id)}>
                    {m.title}（{beijingDate(m.dueAt)}到期）
                  </Text>
                ))}
              </View>
            )}
            {canComplete && (
              <View role='button' className='check-row' onClick={() => setComplete(!complete)}>
                <Text className={`check-box${complete ? ' check-box--on' : ''}`}>{complete ? '✓' : ''}</Text>
                <Text>{request && !request.mine ? `${request.orgName}已申请结项，${step.label}` : step.label}</Text>
              </View>
            )}
            {issues.statusTo && <Text className='field-error'>{issues.statusTo}</Text>}
            <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void submit()}>
              发布
            </Button>
          </View>
        )}
      </StateView>
    </View>
  )
}
