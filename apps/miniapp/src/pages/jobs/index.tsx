import { ListingPage } from '../../components/ListingPage'

export default function JobsPage() {
  return (
    <ListingPage
      title='岗位'
      subtitle='按产业链查看企业岗位，企业通过审核并发布后在此展示'
      emptyText='岗位数据即将开放'
      emptyHint='敬请期待'
      acceptsChainHandOver
    />
  )
}
