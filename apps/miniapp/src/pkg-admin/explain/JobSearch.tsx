import { Text, View } from '@tarojs/components'
import { fetchJobs } from '../../api/jobs'
import { SearchPicker } from '../../components/SearchPicker'
import './index.css'

const openJobs = async (q: string) => (await fetchJobs({ q: q || undefined }, null)).items

/**
 * Finds a job by keyword among open jobs. A job that is not open is explained from a link that names it (?jobId=):
 * the pasted-id box this step had was for developers, since no page shows an official a job's id (decision 061).
 */
export function JobSearch({ onPick }: { onPick: (jobId: string) => void }) {
  return (
    <View className='card'>
      <Text className='explain__h'>第一步：选择岗位</Text>
      <SearchPicker
        name='q'
        placeholder='岗位名称、技能或企业'
        search={openJobs}
        emptyText='没有找到招聘中的岗位，换个关键词试试'
        describe={(j) => ({ key: j.id, name: j.title, note: `${j.org.name} · ${j.city.name}` })}
        onPick={(j) => onPick(j.id)}
      />
    </View>
  )
}
