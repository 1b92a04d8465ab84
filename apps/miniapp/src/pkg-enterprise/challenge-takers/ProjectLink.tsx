import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { createProject } from '../../api/projects'
import { ROUTES } from '../../routes'
import '../../components/SearchBar.css'

/** A taken challenge becomes a project in the 项目台账, so both sides post its milestones (decision 034). */
export function ProjectLink({ challengeId, title }: { challengeId: string; title: string }) {
  const [busy, setBusy] = useState(false)
  const open = (id?: string) => void Taro.navigateTo({ url: id ? `${ROUTES.projectDetail}?id=${encodeURIComponent(id)}` : ROUTES.projects })
  const create = async () => {
    setBusy(true)
    try {
      const project = await createProject({ source: 'challenge', challengeId, title: `揭榜挂帅：${title}`.slice(0, 80), goals: `按采纳的攻关方案完成“${title}”，并在生产中验证成效。`, milestones: [] })
      open(project.id)
    } catch (e) {
      // Already in the ledger: show the ledger instead of an error.
      if (e instanceof ApiError && e.code === 'DUPLICATE') open()
      else void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='search-bar'>
      <Button className='btn btn--ghost btn--block' loading={busy} disabled={busy} onClick={() => void create()}>登记为合作项目</Button>
    </View>
  )
}
