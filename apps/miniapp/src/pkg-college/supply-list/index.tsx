import { StateView } from '../../components/StateView'

export default function Page() {
  return <StateView empty emptyText='即将开放' />
}
