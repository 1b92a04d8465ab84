import { Text } from '@tarojs/components'
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '@zhilian/shared/rules/projects'
import type { ProjectCard } from '../api/projects'
import { beijingDate } from '../lib/beijing-time'
import './projects.css'

/** A project's status as a coloured tag, the same on the list and the detail. */
export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  return <Text className={`project-status project-status--${status}`}>{PROJECT_STATUS_LABELS[status]}</Text>
}

/**
 * 结项 waits for the other party (decision 107), said the same on the ledger's card and the project's page: the asker
 * reads that it waits; the other party that the answer is its own to give (highlighted, it is the one thing to do);
 * an organiser or administrator who asked and when.
 */
export function CompletionNote({ request: r, viewerRole }: { request: NonNullable<ProjectCard['completionRequest']>; viewerRole: ProjectCard['viewerRole'] }) {
  const when = beijingDate(r.requestedAt)
  if (r.mine) return <Text className='project-completion'>本单位已于{when}申请结项，等待合作方确认</Text>
  if (viewerRole === 'party') return <Text className='project-completion project-completion--answer'>{r.orgName}已于{when}申请结项，待本单位确认</Text>
  return <Text className='project-completion'>{r.orgName}已于{when}申请结项，待另一方确认后结项</Text>
}
