import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EventKind } from '@zhilian/shared/contracts/enums'
import { ApiError } from '../../api/api-error'
import { fetchDashboard, fetchOrganisedEvent } from '../../api/organiser'
import { spanText } from '../../lib/beijing-time'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { EVENT_STATUS } from '../labels'
import { BoothApprovals } from './BoothApprovals'
import { DashboardCard } from './DashboardCard'
import { NotOrganiser } from './NotOrganiser'
import { usePullDown } from '../../lib/use-pull-down'
import '../organiser.css'

/** One event for its organiser: booth applications to approve, and the dashboard with its Excel export. */
export default function OrganiserEventManagePage() {
  const id = useRouter().params.id ?? ''
  const event = useRemote(() => fetchOrganisedEvent(id))
  // The dashboard answers 404 to anyone who does not organise the event: null here, a sentence below.
  const dashboard = useRemote(() => fetchDashboard(id).catch((e: unknown) => {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') return null
    throw e
  }))
  usePullDown(event.reload, dashboard.reload)
  const e = event.data

  return (
    <StateView loading={event.loading && !e} error={e ? undefined : event.error} onRetry={() => void event.reload()}>
      {e && (
        <View>
          <View className='card'>
            <View className='organiser__head'>
              <Text className='organiser__h'>{e.title}</Text>
              <Text className={`status-tag status-tag--${e.status}`}>{EVENT_STATUS[e.status]}</Text>
            </View>
            <Text className='organiser__line'>{EventKind.labels[e.kind]} · {spanText(e.startsAt, e.endsAt)}</Text>
          </View>
          {dashboard.data === null ? <NotOrganiser event={e} /> : (
            <View>
              {/* Not before the dashboard answered: a non-organiser would first see an empty approval list. */}
              {(dashboard.data || dashboard.error) && <BoothApprovals event={e} onApproved={() => void Promise.all([event.reload(), dashboard.reload()])} />}
              <StateView loading={dashboard.loading && !dashboard.data} error={dashboard.data ? undefined : dashboard.error} onRetry={() => void dashboard.reload()}>
                {dashboard.data && <DashboardCard eventId={e.id} title={e.title} d={dashboard.data} />}
              </StateView>
            </View>
          )}
        </View>
      )}
    </StateView>
  )
}
