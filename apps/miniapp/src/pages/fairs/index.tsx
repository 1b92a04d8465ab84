import { FairList } from './FairList'

export default function FairsPage() {
  return <FairList />
}
