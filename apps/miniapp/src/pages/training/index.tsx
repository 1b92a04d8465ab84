import { TrainingList } from './TrainingList'

export default function TrainingPage() {
  return <TrainingList />
}
