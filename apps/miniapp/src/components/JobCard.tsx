import { Text, View } from '@tarojs/components'
import type { JobListItem } from '@zhilian/shared/contracts/jobs'
import { JOB_TYPE_LABELS } from '@zhilian/shared/contracts/enum-labels'
import { salaryText } from '../lib/salary-text'
import './JobCard.css'
import '../styles/kit/item-card.css'

export interface JobCardProps {
  job: Omit<JobListItem, 'match'> & { match?: JobListItem['match'] }
  reasons?: string[]
  onOpen: (id: string) => void
}

export function JobCard({ job, reasons, onOpen }: JobCardProps) {
  const why = reasons ?? job.match?.reasons
  return (
    <View role='button' className='card job-card' onClick={() => onOpen(job.id)}>
      <View className='job-card__head'>
        <Text className='job-card__title'>{job.title}</Text>
        <Text className='job-card__salary'>{salaryText(job.salaryMin, job.salaryMax)}</Text>
      </View>
      <View className='job-card__org'>
        <Text className='job-card__org-name'>{job.org.name}</Text>
        {job.org.labels.map((l) => (
          <Text key={l.id} className={`org-label${l.verified ? ' org-label--verified' : ''}`}>
            {l.name}
            {l.verified ? '·已核验' : ''}
          </Text>
        ))}
      </View>
      <Text className='muted job-card__meta'>
        {job.city.name} · {JOB_TYPE_LABELS[job.type]} · 还招{job.headcountLeft}人{job.chain ? ` · ${job.chain.name}` : ''}
      </Text>
      {why && why.length > 0 && <Text className='job-card__why'>推荐理由：{why.join('；')}</Text>}
    </View>
  )
}
