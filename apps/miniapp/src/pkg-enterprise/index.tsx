import { OrgWorkbench } from '../components/OrgWorkbench'

export default function EnterpriseWorkbench() {
  return <OrgWorkbench kind='enterprise' />
}
