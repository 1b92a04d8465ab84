import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { checkInStudent } from '../../api/organiser'
import { Chip } from '../../components/Chip'
import { CodeScanner } from '../../components/CodeScanner'
import { clock } from '../../lib/beijing-time'
import { VenueCodePanel } from './VenueCodePanel'
import '../organiser.css'

type Outcome = { kind: 'ok' | 'again'; name: string; at: string } | { kind: 'error'; message: string }

function ScanStudents({ eventId }: { eventId: string }) {
  const [outcome, setOutcome] = useState<Outcome>()
  const onCode = async (code: string) => {
    try {
      const r = await checkInStudent(eventId, code)
      setOutcome({ kind: r.firstTime ? 'ok' : 'again', name: r.student.displayName, at: r.checkedInAt })
    } catch (e) {
      setOutcome({ kind: 'error', message: errorMessage(e) })
    }
  }
  return (
    <View>
      {outcome && (
        <View className={`card organiser__result organiser__result--${outcome.kind} checkin-result`} role='status'>
          {outcome.kind === 'error' ? (
            <Text className='organiser__verdict'>{outcome.message}</Text>
          ) : (
            <View>
              <Text className='organiser__h'>{outcome.name}</Text>
              <Text className='organiser__verdict'>{outcome.kind === 'ok' ? '签到成功' : '已签到'}</Text>
              {outcome.kind === 'again' && <Text className='muted'>首次签到时间 {clock(outcome.at)}</Text>}
            </View>
          )}
        </View>
      )}
      <View className='card'>
        <CodeScanner what='学生签到码' onCode={onCode} />
      </View>
    </View>
  )
}

/** On-site check-in: staff scan students' codes, or show the venue's rotating code for students to enter. */
export default function OrganiserEventScanPage() {
  const id = useRouter().params.id ?? ''
  const [mode, setMode] = useState<'scan' | 'venue'>('scan')
  const tab = (m: typeof mode, label: string) => <Chip on={mode === m} label={label} onClick={() => setMode(m)} />
  return (
    <View>
      <View className='organiser__tabs'>
        {tab('scan', '扫学生码')}
        {tab('venue', '现场签到码')}
      </View>
      {mode === 'scan' ? <ScanStudents eventId={id} /> : <VenueCodePanel eventId={id} />}
    </View>
  )
}
