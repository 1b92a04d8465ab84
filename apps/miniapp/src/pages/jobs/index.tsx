import { JobList } from './JobList'

export default function JobsPage() {
  return <JobList />
}
