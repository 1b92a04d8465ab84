import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { fetchVenueCode, type VenueCode } from '../../api/events'
import { QrCode } from '../../components/QrCode'
import { StateView } from '../../components/StateView'
import '../../styles/kit/field.css'
import '../organiser.css'

/**
 * The venue's six digits for students to type, and the same as a QR code to scan, for a screen at the
 * entrance. The BFF still accepts the previous minute's code, so fetching the next one as this one
 * expires leaves no moment without a valid code on screen.
 */
export function VenueCodePanel({ eventId }: { eventId: string }) {
  const [code, setCode] = useState<VenueCode>()
  const [error, setError] = useState<string>()
  const [now, setNow] = useState(Date.now())

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])

  const [attempt, setAttempt] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is bumped to fetch a new code
  useEffect(() => {
    let live = true
    fetchVenueCode(eventId).then(
      (next) => {
        if (!live) return
        setCode(next)
        setError(undefined)
      },
      (e: unknown) => live && setError(errorMessage(e)),
    )
    return () => {
      live = false
    }
  }, [eventId, attempt])

  // The next code once this one expires; at least a second apart, should this phone's clock run ahead of the server's.
  const expiresAt = code ? Date.parse(code.expiresAt) : 0
  useEffect(() => {
    if (!code && !error) return
    const timer = setTimeout(() => setAttempt((a) => a + 1), code && !error ? Math.max(1000, expiresAt - Date.now() + 300) : 3000)
    return () => clearTimeout(timer)
  }, [code, error, expiresAt])

  const left = Math.max(0, Math.ceil((expiresAt - now) / 1000))
  return (
    <StateView loading={!code && !error} error={code ? undefined : error}>
      {code && (
        <View className='card venue-code-panel'>
          <Text className='organiser__line'>请同学在「活动签到」中输入以下签到码，或扫描二维码</Text>
          <Text className='venue-code'>{code.code}</Text>
          <View className='organiser__qr'>
            <QrCode text={code.qr} size={240} label='现场签到二维码' />
          </View>
          <Text className='muted organiser__line venue-code-countdown'>{left} 秒后更新</Text>
          {error && <Text className='field-error'>{error}</Text>}
        </View>
      )}
    </StateView>
  )
}
