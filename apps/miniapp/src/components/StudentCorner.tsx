import Taro from '@tarojs/taro'
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../api/api-error'
import { deleteAccount, exportProfile, fetchProfile, setPersonalisation } from '../api/profile'
import { clearToken } from '../api/token'
import { useRemote } from '../lib/use-remote'
import { ROUTES } from '../routes'
import { StateView } from './StateView'
import { beijingDate } from '../lib/beijing-time'
import '../styles/kit/field.css'
import '../styles/kit/page.css'
import '../styles/kit/sheet.css'
import '../styles/kit/timeline.css'
import '../styles/kit/item-card.css'

/** Saves the export as a file on H5; in WeChat, where files cannot be handed out, copies it instead. */
async function deliverExport(json: string) {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `职链齐鲁-我的数据-${beijingDate(new Date())}.json`
    a.click()
    URL.revokeObjectURL(url)
    return void Taro.showToast({ title: '已下载', icon: 'none' })
  }
  await Taro.setClipboardData({ data: json })
  void Taro.showToast({ title: '已复制到剪贴板', icon: 'none' })
}

/** The student's part of 我的: résumé, applications, trainings, personalisation, export, deletion. */
export function StudentCorner({ onDeleted }: { onDeleted: () => void }) {
  const profile = useRemote(fetchProfile)
  const [deleting, setDeleting] = useState(false)
  const [confirmText, setConfirmText] = useState('')
  const [deleteError, setDeleteError] = useState<string>()
  const go = (url: string) => () => void Taro.navigateTo({ url })

  const toggle = async (enabled: boolean) => {
    if (!enabled) {
      const { confirm } = await Taro.showModal({
        title: '关闭个性化推荐',
        content: '关闭后，岗位和课程不再根据你的专业、技能和意向城市排序，只按发布时间展示，也不再显示推荐理由。可随时重新打开。',
        confirmText: '关闭',
        cancelText: '取消',
      })
      if (!confirm) return void profile.reload()
    }
    try {
      const result = await setPersonalisation(enabled)
      void Taro.showToast({ title: result.message, icon: 'none' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
    void profile.reload()
  }

  const doExport = async () => {
    try {
      const data = await exportProfile()
      await deliverExport(JSON.stringify(data, null, 2))
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }

  const doDelete = async () => {
    if (confirmText.trim() !== '注销') return setDeleteError('请输入“注销”二字确认注销账号')
    try {
      const result = await deleteAccount('注销')
      clearToken()
      setDeleting(false)
      void Taro.showModal({
        title: '账号已注销',
        content: result.withdrawnApplications ? `已同时撤回${result.withdrawnApplications}份进行中的投递。` : '你的个人信息已删除。',
        showCancel: false,
      })
      onDeleted()
    } catch (e) {
      setDeleteError(errorMessage(e))
    }
  }

  const p = profile.data
  return (
    <View className='student-corner'>
      <Text className='section-title'>我的简历</Text>
      <StateView loading={profile.loading && !p} error={p ? undefined : profile.error} onRetry={() => void profile.reload()}>
        {p && (
          <View role='button' className='card resume-card' onClick={go(ROUTES.profile)}>
            <View className='job-card__head'>
              <Text>简历完整度 {p.completeness.percent}%</Text>
              <Text className='muted'>编辑 ›</Text>
            </View>
            {p.college && <Text className='muted resume-card__college'>就读院校：{p.college.name}</Text>}
            <View className='progress'>
              <View className='progress__bar' style={{ width: `${p.completeness.percent}%` }} />
            </View>
            {p.completeness.missing.length > 0 ? (
              <Text className='muted'>
                还差：{p.completeness.missing.join('、')}
                {p.completeness.complete ? '' : `（投递前必填：${p.completeness.missingRequired.join('、')}）`}
              </Text>
            ) : (
              <Text className='muted'>简历已完整</Text>
            )}
          </View>
        )}
      </StateView>
      <View role='button' className='card nav-link' onClick={go(ROUTES.applications)}>
        <Text>我的投递</Text>
        <Text className='muted'>›</Text>
      </View>
      <View role='button' className='card nav-link' onClick={go(ROUTES.myEnrolments)}>
        <Text>我的培训</Text>
        <Text className='muted'>›</Text>
      </View>
      {p && (
        <View className='card'>
          <View className='nav-link'>
            <Text>个性化推荐</Text>
            <Switch checked={!p.personalisationOff} onChange={(e) => void toggle(e.detail.value)} />
          </View>
          <Text className='muted'>
            开启时按你的专业、技能和意向城市推荐岗位与课程并说明理由；关闭后只按发布时间展示。
          </Text>
        </View>
      )}
      <View role='button' className='card nav-link' onClick={go(ROUTES.account)}>
        <Text>账号安全</Text>
        <Text className='muted'>密码、恢复码、网页登录 ›</Text>
      </View>
      <View role='button' className='card nav-link' onClick={() => void doExport()}>
        <Text>导出我的数据</Text>
        <Text className='muted'>{process.env.TARO_ENV === 'h5' ? '下载数据文件 ›' : '复制到剪贴板 ›'}</Text>
      </View>
      <View role='button' className='card nav-link' onClick={() => setDeleting(true)}>
        <Text>注销账号</Text>
        <Text className='muted'>›</Text>
      </View>
      {deleting && (
        <View className='sheet-mask' onClick={() => setDeleting(false)}>
          <View className='sheet' role='dialog' aria-label='注销账号' onClick={(e) => e.stopPropagation()}>
            <Text className='sheet__title'>注销账号</Text>
            <Text className='sheet__text'>注销后将删除你的简历和个人信息，进行中的投递会被撤回，且无法恢复。请输入“注销”二字确认。</Text>
            <Input aria-label='注销' className='field__input' name='confirmDelete' placeholder='注销' value={confirmText} onInput={(e) => { setConfirmText(e.detail.value); setDeleteError(undefined) }} />
            {deleteError && <Text className='field-error'>{deleteError}</Text>}
            <Button className='btn btn--danger btn--block' onClick={() => void doDelete()}>确认注销</Button>
            <Button className='btn btn--ghost btn--block' onClick={() => setDeleting(false)}>取消</Button>
          </View>
        </View>
      )}
    </View>
  )
}
