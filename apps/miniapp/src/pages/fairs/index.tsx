import { ListingPage } from '../../components/ListingPage'
import { FairList } from './FairList'

export default function FairsPage() {
  return (
    <ListingPage
      title='双选会'
      subtitle='双选会、对接会、路演、揭榜挂帅和签约活动，线上线下'
      emptyText='近期没有活动'
      renderList={(chainId) => <FairList chainId={chainId} />}
    />
  )
}
