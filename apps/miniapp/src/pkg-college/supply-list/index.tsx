import { ListForm } from '../../components/list-form/ListForm'
import { SUPPLY_STEPS } from './steps'

/** 附件1 职业院校供给清单, step by step. */
export default function SupplyListPage() {
  return <ListForm kind='supply' steps={SUPPLY_STEPS} />
}
