import { OrgWorkbench } from '../components/OrgWorkbench'

export default function CollegeWorkbench() {
  return <OrgWorkbench kind='college' />
}
