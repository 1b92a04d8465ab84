import { ListForm } from '../../components/list-form/ListForm'
import { useCityVocab, useLabelVocab } from '../../components/list-form/use-cities'
import { demandSteps } from './steps'

/** 附件2 企业需求清单, step by step. */
export default function DemandListPage() {
  const cities = useCityVocab()
  const labels = useLabelVocab()
  return <ListForm kind='demand' steps={demandSteps(cities.vocab, labels)} />
}
