import { ListingPage } from '../../components/ListingPage'
import { TrainingList } from './TrainingList'

export default function TrainingPage() {
  return (
    <ListingPage
      title='培训'
      subtitle='院校面向企业和学生开放的菜单式培训课程'
      emptyText='暂无培训课程'
      renderList={(chainId) => <TrainingList chainId={chainId} />}
    />
  )
}
