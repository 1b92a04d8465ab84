import { ListingPage } from '../../components/ListingPage'

export default function FairsPage() {
  return (
    <ListingPage
      title='双选会'
      subtitle='线上线下双选会、对接会将在此展示'
      emptyText='双选会信息即将开放'
      emptyHint='敬请期待'
    />
  )
}
