import { ListingPage } from '../../components/ListingPage'

export default function TrainingPage() {
  return (
    <ListingPage
      title='培训'
      subtitle='院校与企业的培训、订单班、学徒制项目将在此展示'
      emptyText='培训项目即将开放'
      emptyHint='敬请期待'
    />
  )
}
