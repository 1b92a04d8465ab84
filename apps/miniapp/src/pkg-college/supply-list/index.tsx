import { ListForm } from '../../components/list-form/ListForm'
import { useChainOptions } from '../../components/list-form/use-cities'
import { supplySteps } from './steps'

/** 附件1 职业院校供给清单, step by step. */
export default function SupplyListPage() {
  const chains = useChainOptions()
  return <ListForm kind='supply' steps={supplySteps(chains)} />
}
