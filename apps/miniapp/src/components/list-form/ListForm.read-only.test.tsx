import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearToken, setToken } from '../../api/token'
import SupplyListPage from '../../pkg-college/supply-list/index'
import CollegeWorkbench from '../../pkg-college/index'
import DemandListPage from '../../pkg-enterprise/demand-list/index'
import EnterpriseWorkbench from '../../pkg-enterprise/index'
import { useRealBff } from '../../test/real-bff'

const bff = useRealBff()
afterEach(() => clearToken())

async function signInAs(kind: 'enterprise' | 'college', orgRole: 'hr' | 'viewer' | 'list_filler') {
  const org = await bff.make(kind === 'college' ? 'createCollege' : 'createEnterprise')
  const { user } = await bff.make('createMember', org, { orgRole })
  setToken(await bff.tokenFor(user))
  vi.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'setNavigationBarTitle:ok' })
  return org
}

/** Anything a person could type into, tap to choose, or press to save or submit (the step's card holds no export). */
const editable = () => document.querySelectorAll('input, textarea, .lf-chip, .taro-button-core')

// Decision 091: a member whose role may not fill 附件1/附件2 opened an editable form and learnt only at 保存 that
// it was refused.
describe('附件1 and 附件2 for a role that cannot fill them, against the real BFF', () => {
  it('opens 附件2 read-only for a 招聘专员 from the first field, naming who may fill it', async () => {
    await signInAs('enterprise', 'hr')
    render(<DemandListPage />)
    expect(await screen.findByText('您的角色只能查看本清单；负责人、业务管理员、清单填报员可以填写和提交')).toBeInTheDocument()
    expect(screen.getAllByText('未填写').length).toBeGreaterThan(0)
    expect(screen.queryByText('保存草稿')).toBeNull()
    expect(screen.queryByText('保存并下一步')).toBeNull()
    expect(screen.queryByText('选择 .xlsx 文件上传')).toBeNull()
    expect([...editable()].map((el) => el.textContent)).toEqual([])
  })

  it('opens 附件1 read-only for a 只读成员', async () => {
    await signInAs('college', 'viewer')
    render(<SupplyListPage />)
    expect(await screen.findByText('您的角色只能查看本清单；负责人、业务管理员、清单填报员可以填写和提交')).toBeInTheDocument()
    expect(screen.queryByText('保存草稿')).toBeNull()
    expect([...editable()].map((el) => el.textContent)).toEqual([])
  })

  it('says 查看 on the workbench for them, and 填写 for a 清单填报员', async () => {
    await signInAs('enterprise', 'viewer')
    const viewer = render(<EnterpriseWorkbench />)
    expect(await screen.findByText('查看企业需求清单（附件2）')).toBeInTheDocument()
    expect(screen.getByText(/您的角色只能查看，负责人、业务管理员、清单填报员可以填写/)).toBeInTheDocument()
    viewer.unmount()
    await signInAs('college', 'list_filler')
    render(<CollegeWorkbench />)
    await screen.findByText('我的角色：清单填报员（已认证）')
    expect(screen.getByText('院校供给清单（附件1）')).toBeInTheDocument()
    expect(screen.getByText('分步填写或 Excel 导入')).toBeInTheDocument()
  })
})
