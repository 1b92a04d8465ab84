import { Text, View } from '@tarojs/components'
import { searchExplainJobs } from '../../api/matching'
import { fetchMe } from '../../api/me'
import { useRemote } from '../../lib/use-remote'
import { SearchPicker } from '../../components/SearchPicker'
import './index.css'

const jobsInScope = async (q: string) => (await searchExplainJobs(q)).items

/**
 * Finds a job by keyword among the open jobs the administrator may have explained. A job that is not open is explained
 * from a link that names it (?jobId=): the pasted-id box this step had was for developers, since no page shows an
 * official a job's id (decision 061). The page says what it will show and offers the newest open jobs before anything
 * is typed (decision 079). The search is the scope's own, not the public job list: a city bureau's typed search found
 * other cities' jobs, each answered 岗位不存在或无权查看 (decision 084).
 */
export function JobSearch({ onPick }: { onPick: (jobId: string) => void }) {
  const me = useRemote(fetchMe)
  const admin = me.data?.admin
  const scope = admin && (admin.cityCode !== null || admin.groupingId !== null) ? admin.label : null
  return (
    <View className='card'>
      <Text className='explain__intro'>
        选一个岗位和一个院校专业，看平台为什么推荐（或不推荐）这个专业：得分按专业对口、毕业生、在校生、距离、去向逐项列出，并说明岗位文字命中了专业目录里的哪些职业和岗位、排第几名。
      </Text>
      {scope && <Text className='explain__intro'>你的范围是「{scope}」：这里只列出、只搜索本范围内单位招聘中的岗位。</Text>}
      <Text className='explain__h'>第一步：选择岗位</Text>
      <SearchPicker
        name='q'
        placeholder='岗位名称、技能或企业，如 数控'
        search={jobsInScope}
        emptyText={scope ? '本范围内没有找到招聘中的岗位，换个关键词试试' : '没有找到招聘中的岗位，换个关键词试试'}
        initial={{ title: '最新发布的岗位，点选一个，或在上方搜索', emptyText: '暂无招聘中的岗位：企业发布的岗位审核通过后会出现在这里', limit: 5 }}
        describe={(j) => ({ key: j.id, name: j.title, note: `${j.org.name} · ${j.city.name}` })}
        onPick={(j) => onPick(j.id)}
      />
    </View>
  )
}
