import { Text } from '@tarojs/components'
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '@zhilian/shared/rules/projects'
import './projects.css'

/** A project's status as a coloured tag, the same on the list and the detail. */
export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  return <Text className={`project-status project-status--${status}`}>{PROJECT_STATUS_LABELS[status]}</Text>
}
