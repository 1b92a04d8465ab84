import { ListingPage } from '../../components/ListingPage'

// Placeholder so the route exists; replaced by the page itself in this change.
export default function Page() {
  return <ListingPage title='设备预约审批' subtitle='' emptyText='即将开放' />
}
