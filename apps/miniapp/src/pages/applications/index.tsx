import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ApplicationStatus } from '@zhilian/shared/contracts/enums'
import type { MyApplication } from '@zhilian/shared/contracts/applications'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { fetchMyApplications, withdrawApplication } from '../../api/applications'
import { StateView } from '../../components/StateView'
import { StatusTimeline } from '../../components/StatusTimeline'
import { usePagedPage } from '../../lib/use-paged-list'
import { ROUTES } from '../../routes'
import { LoadMore } from '../../components/LoadMore'
import '../../styles/kit/item-card.css'

/** A job that went offline with its suspended unit (decision 083): said on the card, and instead of the job page's 404. */
const OFFLINE_WITH_UNIT = '该单位已被主管部门暂停，岗位随之下线，暂不能打开。您的投递记录仍保留，单位恢复后岗位重新上线，进展会继续在这里显示。'

const openJob = (a: MyApplication) => {
  if (a.job.offlineWithUnit) void Taro.showModal({ title: '岗位已暂停', content: OFFLINE_WITH_UNIT, showCancel: false, confirmText: '知道了' })
  else void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${encodeURIComponent(a.job.id)}` })
}

export default function MyApplicationsPage() {
  const [changed, setChanged] = useState<Record<string, MyApplication>>({})
  const list = usePagedPage(fetchMyApplications, { refreshOnShow: true, afterRefresh: () => setChanged({}) })

  const withdraw = async (a: MyApplication) => {
    const { confirm } = await Taro.showModal({
      title: '撤回投递',
      content: `确定撤回对「${a.job.title}」的投递吗？撤回后不能恢复，企业将不再处理这份投递。`,
      confirmText: '撤回',
      cancelText: '取消',
    })
    if (!confirm) return
    try {
      const next = await withdrawApplication(a.id)
      setChanged((prev) => ({ ...prev, [a.id]: next }))
      void Taro.showToast({ title: '已撤回', icon: 'none' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }

  return (
    <View>
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText='还没有投递记录'
        emptyHint='在「岗位」页找到合适的岗位，点“申请”即可投递'
        emptyAction={{ text: '去看看岗位', onTap: () => void Taro.switchTab({ url: ROUTES.jobs }) }}
      >
        {list.items.map((item) => {
          const a = changed[item.id] ?? item
          return (
            <View key={a.id} className='card application-card'>
              <View role='button' className='tap-line job-card__head' onClick={() => openJob(a)}>
                <Text className='job-card__title'>{a.job.title}</Text>
                <Text className={`status-tag status-tag--${a.status} application-status`}>{ApplicationStatus.labels[a.status]}</Text>
              </View>
              <Text className='muted'>{a.org.name}</Text>
              {a.job.offlineWithUnit && (
                <Text className='workbench__suspended' role='note'>岗位已暂停：{OFFLINE_WITH_UNIT}</Text>
              )}
              <StatusTimeline events={a.timeline} interviews={a.interviews} />
              {a.canWithdraw && (
                <Button className='btn btn--ghost btn--small' onClick={() => void withdraw(a)}>
                  撤回投递
                </Button>
              )}
            </View>
          )
        })}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
