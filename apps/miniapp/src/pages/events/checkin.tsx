import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { checkInWithVenueCode, fetchCheckinCode, fetchEvent, type CheckinResult } from '../../api/events'
import { dayTime } from '../../lib/beijing-time'
import { QrCode } from '../../components/QrCode'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'
import '../../components/events-ui.css'

/** Fetch a new code this long before the shown one expires, so staff never scan a dead one. */
const REFRESH_BEFORE_MS = 5_000

/** Seconds left on the code, ticking; asks for a new code shortly before it runs out. */
function useCountdown(expiresAt: string | undefined, renew: () => void) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const left = expiresAt ? new Date(expiresAt).getTime() - now : undefined
  const due = left !== undefined && left < REFRESH_BEFORE_MS
  // biome-ignore lint/correctness/useExhaustiveDependencies: a renewed code (new expiresAt) that is due at once must renew again
  useEffect(() => {
    if (due) renew()
  }, [due, expiresAt, renew])
  return left === undefined ? undefined : Math.max(0, Math.ceil(left / 1000))
}

/** 签到: my QR code for staff to scan, or the venue's six-digit code typed (or scanned in WeChat). */
export default function CheckinPage() {
  const id = useRouter().params.id ?? ''
  const event = useRemote(() => fetchEvent(id))
  const code = useRemote(() => fetchCheckinCode(id))
  const seconds = useCountdown(code.data?.expiresAt, code.reload)
  const [venue, setVenue] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string>()
  const [result, setResult] = useState<CheckinResult>()

  const submit = async (text: string) => {
    setSending(true)
    setError(undefined)
    try {
      setResult(await checkInWithVenueCode(id, text))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSending(false)
    }
  }

  const scan = async () => {
    try {
      const { result: text } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      void submit(text)
    } catch {
      // Closing the camera is not an error worth a message.
    }
  }

  const e = event.data
  const checkedAt = result?.checkedInAt ?? e?.myRegistration?.checkedInAt
  return (
    <View className='page-pad checkin'>
      {e && <Text className='section-title'>{e.title}</Text>}
      {checkedAt ? (
        <View className='card'>
          <Text className='checkin-done'>{result?.message ?? '已签到'}</Text>
          <Text className='muted' style={{ display: 'block', textAlign: 'center' }}>签到时间 {dayTime(checkedAt)}</Text>
        </View>
      ) : (
        <StateView loading={code.loading && !code.data} error={code.data ? undefined : code.error} onRetry={() => void code.reload()}>
          {code.data && (
            <View className='card checkin-qr'>
              <Text className='detail-section'>请向工作人员出示签到码</Text>
              <QrCode text={code.data.code} label='我的签到码' />
              <Text className='checkin-countdown'>{seconds !== undefined && seconds > 0 ? `${seconds}秒后自动刷新` : '正在刷新…'}</Text>
            </View>
          )}
          <View className='card'>
            <Text className='detail-section'>输入现场签到码</Text>
            <Text className='muted'>入口处屏幕上的6位数字，每分钟更新</Text>
            <Input
              aria-label='6位数字'
              className='venue-input'
              name='venue-code'
              type='number'
              maxlength={6}
              placeholder='6位数字'
              value={venue}
              onInput={(ev) => setVenue(ev.detail.value.replace(/\D/g, '').slice(0, 6))}
              onConfirm={() => void submit(venue)}
            />
            {error && <Text className='field-error venue-error'>{error}</Text>}
            <Button className='btn btn--primary btn--block venue-submit' disabled={sending || venue.length !== 6} onClick={() => void submit(venue)}>
              {sending ? '签到中…' : '签到'}
            </Button>
            {process.env.TARO_ENV === 'weapp' && (
              <Button className='btn btn--ghost btn--block' style={{ marginTop: 'var(--space-4)' }} onClick={() => void scan()}>扫描现场签到码</Button>
            )}
          </View>
        </StateView>
      )}
    </View>
  )
}
