import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import './CodeScanner.css'
import '../styles/kit/field.css'

/** The parts of the Barcode Detection API used here (Chromium on Android and desktop; not in every browser). */
interface DetectedCode { rawValue: string }
interface BarcodeDetectorLike { detect(source: HTMLVideoElement): Promise<DetectedCode[]> }
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike

const detectorCtor = (): BarcodeDetectorCtor | undefined =>
  process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && typeof navigator !== 'undefined' && navigator.mediaDevices
    ? (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector
    : undefined

/** The same code seen again this soon is the same student still in front of the camera. */
const REPEAT_MS = 4000
const FRAME_MS = 300

export interface CodeScannerProps {
  /** Called with each code read; the scanner waits for it before reading the next. */
  onCode: (code: string) => Promise<void>
  /** What to scan, for the buttons and the text box: e.g. 学生签到码. */
  what: string
}

/**
 * Reads a QR code: WeChat's own scanner in the mini-program; on H5 the camera with the browser's
 * BarcodeDetector when there is one; and always a text box to paste or type the code.
 */
export function CodeScanner({ onCode, what }: CodeScannerProps) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [cameraOn, setCameraOn] = useState(false)
  const [cameraError, setCameraError] = useState<string>()
  const videoRef = useRef<HTMLVideoElement | null>(null)
  const streamRef = useRef<MediaStream | null>(null)
  const last = useRef<{ code: string; at: number }>({ code: '', at: 0 })
  const handle = useRef(onCode)
  handle.current = onCode

  const submit = useCallback(async (code: string) => {
    const trimmed = code.trim()
    if (!trimmed) return
    setBusy(true)
    try {
      await handle.current(trimmed)
    } finally {
      setBusy(false)
    }
  }, [])

  const scanInWeChat = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await submit(res.result)
    } catch {
      // The user closed the scanner: nothing to do.
    }
  }

  const stopCamera = useCallback(() => {
    streamRef.current?.getTracks().forEach((t) => t.stop())
    streamRef.current = null
    setCameraOn(false)
  }, [])
  useEffect(() => stopCamera, [stopCamera])

  const startCamera = async () => {
    setCameraError(undefined)
    try {
      streamRef.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      setCameraOn(true)
    } catch {
      setCameraError('无法打开摄像头，请在浏览器设置中允许使用摄像头，或在下方输入签到码')
    }
  }

  // Attach the stream once the video element exists, then read frames until the camera is closed.
  useEffect(() => {
    const Detector = detectorCtor()
    const video = videoRef.current
    if (!cameraOn || !Detector || !video || !streamRef.current) return
    video.srcObject = streamRef.current
    void video.play().catch(() => undefined)
    const detector = new Detector({ formats: ['qr_code'] })
    let stopped = false
    const tick = async () => {
      if (stopped) return
      try {
        const [found] = video.readyState >= 2 ? await detector.detect(video) : []
        const now = Date.now()
        if (found && !(found.rawValue === last.current.code && now - last.current.at < REPEAT_MS)) {
          last.current = { code: found.rawValue, at: now }
          await submit(found.rawValue)
          last.current.at = Date.now()
        }
      } catch {
        // A frame that could not be read; try the next one.
      }
      if (!stopped) setTimeout(() => void tick(), FRAME_MS)
    }
    void tick()
    return () => {
      stopped = true
    }
  }, [cameraOn, submit])

  const sendTyped = async () => {
    await submit(text)
    setText('')
  }

  return (
    <View className='code-scanner'>
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='btn btn--primary btn--block' disabled={busy} loading={busy} onClick={() => void scanInWeChat()}>
          扫描{what}
        </Button>
      )}
      {detectorCtor() && !cameraOn && (
        <Button className='btn btn--primary btn--block' disabled={busy} onClick={() => void startCamera()}>
          打开摄像头扫描{what}
        </Button>
      )}
      {cameraOn && (
        <View>
          <video ref={videoRef} className='code-scanner__video' muted playsInline aria-label='扫码取景框' />
          <Button className='btn btn--ghost btn--block' onClick={stopCamera}>关闭摄像头</Button>
        </View>
      )}
      {cameraError && <Text className='field-error'>{cameraError}</Text>}
      <Input
        aria-label={`粘贴或输入${what}`}
        className='field__input code-scanner__input'
        name='code'
        placeholder={`粘贴或输入${what}`}
        maxlength={500}
        value={text}
        onInput={(e) => setText(e.detail.value)}
      />
      <Button className='btn btn--ghost btn--block' disabled={busy || !text.trim()} loading={busy} onClick={() => void sendTyped()}>
        提交{what}
      </Button>
    </View>
  )
}
