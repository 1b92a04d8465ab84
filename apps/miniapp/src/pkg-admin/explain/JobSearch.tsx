import { Text, View } from '@tarojs/components'
import { fetchJobs } from '../../api/jobs'
import { fetchMe } from '../../api/me'
import { useRemote } from '../../lib/use-remote'
import { SearchPicker } from '../../components/SearchPicker'
import './index.css'

const openJobs = async (q: string) => (await fetchJobs({ q: q || undefined }, null)).items

/**
 * Finds a job by keyword among open jobs. A job that is not open is explained from a link that names it (?jobId=):
 * the pasted-id box this step had was for developers, since no page shows an official a job's id (decision 061).
 * The page says what it will show and offers the newest open jobs before anything is typed: it opened as a bare box
 * (decision 079).
 */
export function JobSearch({ onPick }: { onPick: (jobId: string) => void }) {
  const me = useRemote(fetchMe)
  const admin = me.data?.admin
  // A city bureau or a consortium explains only its own units' jobs, and the job search is the public one: the newest
  // jobs of the province would mostly answer 岗位不存在或无权查看, so only a province-wide administrator is offered them.
  const scope = admin && (admin.cityCode !== null || admin.groupingId !== null) ? admin.label : null
  return (
    <View className='card'>
      <Text className='explain__intro'>
        选一个岗位和一个院校专业，看平台为什么推荐（或不推荐）这个专业：得分按专业对口、毕业生、在校生、距离、去向逐项列出，并说明岗位文字命中了专业目录里的哪些职业和岗位、排第几名。
      </Text>
      {/* The offer is read once, when the picker opens: it waits for the caller's scope. */}
      {(me.data || !me.loading) && <JobPicker scope={scope} onPick={onPick} />}
    </View>
  )
}

function JobPicker({ scope, onPick }: { scope: string | null; onPick: (jobId: string) => void }) {
  return (
    <View>
      {scope && <Text className='explain__intro'>你的范围是「{scope}」：只能解释本范围内单位的岗位，请搜索这些单位的名称或它们的岗位。</Text>}
      <Text className='explain__h'>第一步：选择岗位</Text>
      <SearchPicker
        name='q'
        placeholder='岗位名称、技能或企业，如 数控'
        search={openJobs}
        emptyText='没有找到招聘中的岗位，换个关键词试试'
        initial={scope ? undefined : { title: '最新发布的岗位，点选一个，或在上方搜索', emptyText: '平台上暂无招聘中的岗位：企业发布的岗位审核通过后会出现在这里', limit: 5 }}
        describe={(j) => ({ key: j.id, name: j.title, note: `${j.org.name} · ${j.city.name}` })}
        onPick={(j) => onPick(j.id)}
      />
    </View>
  )
}
