import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { addToSchedule, fetchBoothSlots, type InterviewSlot } from '../../api/events'
import { spanText } from '../../lib/beijing-time'
import { useRemote } from '../../lib/use-remote'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/**
 * The interview slots of the event's approved booths and 预约面试: a confirmation naming the time and booth, then the
 * server's overlap warning beside the slot; a slot someone else took first gets its own explanation. Each booth's
 * slots are read on their own (`?boothId=`, at most 100 each): the event-wide list stops at 500, which cut the later
 * booths' days at a large fair (decision 112). `boothIds` is undefined until the event is read.
 */
export function useSlotBooking(eventId: string, boothIds: string[] | undefined, signedIn: boolean) {
  const slots = useRemote(
    async () => ({ items: (await Promise.all((boothIds ?? []).map((b) => fetchBoothSlots(eventId, b)))).flatMap((l) => l.items) }),
    { enabled: signedIn && boothIds !== undefined },
  )
  const [busy, setBusy] = useState<string>()
  const [warnings, setWarnings] = useState<Record<string, string>>({})

  const book = async (slot: InterviewSlot) => {
    const booth = [slot.zone, slot.number].filter(Boolean).join(' ')
    const { confirm } = await Taro.showModal({
      title: '预约面试',
      content: `${slot.org}${booth ? `（${booth}）` : ''}，${spanText(slot.startsAt, slot.endsAt)}。请准时到展位面试，确定预约吗？`,
      confirmText: '预约',
      cancelText: '再想想',
    })
    if (!confirm) return
    setBusy(slot.id)
    try {
      const result = await addToSchedule(eventId, { interviewSlotId: slot.id })
      setWarnings((w) => ({ ...w, [slot.id]: result.warning ?? '' }))
      toast(result.warning ? '已预约，但与日程时间冲突' : '已预约，可在我的日程查看')
    } catch (e) {
      // The server says why: the slot was taken, or a cap (1 per booth, 3 per event) or registration is missing.
      if (e instanceof ApiError && (e.code === 'CAPACITY_FULL' || e.code === 'FORBIDDEN')) {
        void Taro.showModal({ title: '无法预约', content: e.message, showCancel: false, confirmText: '知道了' })
      } else toast(errorMessage(e))
    } finally {
      setBusy(undefined)
    }
    await slots.reload()
  }

  return { slots, busy, warnings, book }
}
