import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { AdministratorCreated } from '@zhilian/shared/contracts/administrators'
import { useState } from 'react'
import { fetchAdministratorChoices, fetchAdministrators } from '../../api/administrators'
import { LoadMore } from '../../components/LoadMore'
import { SignInResetCard } from '../../components/SignInResetCard'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { AdminScopeLine } from '../scope/AdminScopeLine'
import { useAdminScope } from '../scope/use-admin-scope'
import { AdministratorCard } from './AdministratorCard'
import { CreateForm } from './CreateForm'
import './index.css'

/**
 * 管理员账号 (decision 072): the administrators this one manages — every one for the platform administrator, their
 * side's city bureaus for 省教育厅 / 省工信厅 — with 新增管理员, 重置登录, 停用 and 重新启用 (074). The admin home links here only for
 * those who may manage; anyone else opening it gets the BFF's 403 message in the error state.
 */
export default function AdministratorsPage() {
  const list = usePagedPage(fetchAdministrators)
  const { scope } = useAdminScope()
  const choices = useRemote(fetchAdministratorChoices)
  const [adding, setAdding] = useState(false)
  const [created, setCreated] = useState<AdministratorCreated>()
  const onCreated = (c: AdministratorCreated) => {
    setAdding(false)
    setCreated(c)
    // The one-time password opens at the top, above the list, while 新增 was tapped at the form's foot: at 360 px the
    // page stayed there, the password out of sight and 我已转交 in it (decision 073).
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    void list.refresh()
  }
  return (
    <View className='admin-accounts'>
      <AdminScopeLine scope={scope} />
      {created && <SignInResetCard reset={created.signIn} onDone={() => setCreated(undefined)} />}
      <View className='admin-accounts__bar'>
        <Text className='section-title'>管理员账号</Text>
        {choices.data && (
          <Button className='btn btn--ghost' onClick={() => setAdding(!adding)}>{adding ? '收起' : '新增管理员'}</Button>
        )}
      </View>
      {adding && choices.data && <CreateForm choices={choices.data} onCreated={onCreated} />}
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText='还没有您管理的管理员账号'
        emptyHint='点“新增管理员”为下级部门开设账号'
      >
        {list.items.map((a) => (
          <AdministratorCard key={a.id} a={a} onChanged={() => void list.refresh()} />
        ))}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
