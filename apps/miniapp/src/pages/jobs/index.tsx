import { ListingPage } from '../../components/ListingPage'
import { JobList } from './JobList'

export default function JobsPage() {
  return (
    <ListingPage
      title='岗位'
      subtitle='按产业链查看已认证企业发布的岗位'
      emptyText='暂无岗位'
      acceptsChainHandOver
      renderList={(chainId) => <JobList chainId={chainId} />}
    />
  )
}
