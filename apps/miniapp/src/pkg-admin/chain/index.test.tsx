import Taro from '@tarojs/taro'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { confirmModal, openAt, tapButton, type, typeTextarea } from '../../test/dom'
import { DATA_YEAR, GRADUATES, HEADCOUNT } from '../../test/fixtures/report-figures'
import { useRealBff } from '../../test/real-bff'
import ReportPage from '../../pkg-province/report/index'
import ChainsPage from '../chains/index'
import ChainPage from './index'

const bff = useRealBff('report')
const history = async (text: string | RegExp) => screen.findByText((content, el) => !!el?.classList.contains('chain-admin__history') && (typeof text === 'string' ? content.includes(text) : text.test(content)))

describe('产业链管理 against the real BFF', () => {
  it('lists every chain with its state and adds a candidate chain with its source', async () => {
    setToken(bff.admin)
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = render(<ChainsPage />)
    expect(await screen.findByText('产业链（19）')).toBeInTheDocument()
    const candidate = container.querySelector('[data-chain="SD-C12"]') as HTMLElement
    expect(within(candidate).getByText('待确认')).toBeInTheDocument()
    expect(within(candidate).getByText('三组长未登记')).toBeInTheDocument()
    // Officials read names: no chain's code (SD-C01 …) on the list; the chain's own page keeps it as 编号.
    expect(container.querySelector('.chain-admin')!.textContent).not.toMatch(/SD-C\d/)

    fireEvent.click(screen.getByText('新增产业链'))
    type('name', '新型储能')
    tapButton('新增')
    expect(await screen.findByText('请写明依据（文件名称、文号或发布日期）')).toBeInTheDocument()
    await typeTextarea(container, '2026 年山东省政府工作报告')
    tapButton('新增')
    expect(await screen.findByText('产业链（20）')).toBeInTheDocument()
    expect(navigate).toHaveBeenCalledWith({ url: '/pkg-admin/chain/index?id=SD-C20' })
  })

  it('confirms a candidate with the confirming source and retires a chain after asking, each in the history as a sentence', async () => {
    setToken(bff.admin)
    const modal = confirmModal()
    openAt('id=SD-C12')
    const { container } = render(<ChainPage />)
    expect(await screen.findByText('新能源汽车')).toBeInTheDocument()
    expect(screen.getByText(/^编号 SD-C12 · /)).toBeInTheDocument()
    await typeTextarea(container.querySelector('.field')!, '鲁政办字〔2026〕8号')
    tapButton('确认为已公布产业链')
    expect(await history('确认产业链“新能源汽车”为已公布产业链，依据：鲁政办字〔2026〕8号')).toBeInTheDocument()
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认为已公布产业链' }))
    expect(screen.getByText('已公布')).toHaveClass('status-tag')

    await typeTextarea(container.querySelector('.field')!, '并入新能源装备产业链')
    tapButton('停用该产业链')
    expect(await history('停用产业链“新能源汽车”，原因：并入新能源装备产业链')).toBeInTheDocument()
    expect(screen.getByText('已停用')).toHaveClass('status-tag')
    tapButton('恢复启用')
    expect(await history('恢复启用产业链“新能源汽车”')).toBeInTheDocument()
  })

  it('records 三组长 and the enterprise count, edits the majors, and the report then publishes the ratio', async () => {
    setToken(bff.admin)
    openAt('id=SD-C02')
    const { container } = render(<ChainPage />)
    expect(await screen.findByText('高端装备')).toBeInTheDocument()
    type('leads.enterprise.unit', '山东齐鲁精工机械有限公司')
    type('leads.industryOrg.unit', '山东省机械工业协会')
    type('leads.college.unit', '淄博职业学院')
    await typeTextarea(document.querySelector('[name="policyNote"]')!.closest('.field')!, '组建订单班，共建实训基地')
    type('knownEnterprises', '2')
    tapButton('保存档案')
    expect(await screen.findByText('登记企业总数时请写明来源（统计口径、发布单位和日期）')).toBeInTheDocument()
    type('knownEnterprisesSource', `山东省工业和信息化厅 ${DATA_YEAR} 年产业链企业名录`)
    tapButton('保存档案')
    expect(await history('链主企业：（空） → 山东齐鲁精工机械有限公司')).toBeInTheDocument()
    // 三组长 all three, and 一链一策, in the same audited sentence.
    expect(await history('行业组织：（空） → 山东省机械工业协会')).toBeInTheDocument()
    expect(await history('一链一策：（空） → 组建订单班，共建实训基地')).toBeInTheDocument()

    type('chainMajor.search', '计算机应用')
    fireEvent.click(await screen.findByText('510201 计算机应用技术'))
    expect(screen.getByText('有未保存的修改')).toBeInTheDocument()
    const row = container.querySelector('[data-major="510201"]') as HTMLElement
    fireEvent.click(within(row).getByText('核心专业'))
    tapButton('保存专业')
    expect(await history('新增 计算机应用技术（核心专业）')).toBeInTheDocument()
    // Removing a major waits for 保存专业 too, and the history names it.
    fireEvent.click(within(container.querySelector('[data-major="510201"]') as HTMLElement).getByText('移除'))
    expect(container.querySelector('[data-major="510201"]')).toBeNull()
    tapButton('保存专业')
    expect(await history('移除 计算机应用技术')).toBeInTheDocument()

    // One of the chain's two enterprises filed: coverage 50%, so the report now gives the ratio.
    openAt('')
    const report = render(<ReportPage />)
    await screen.findByText(`山东省产业人才供需报告（${DATA_YEAR}年）`)
    const sentence = report.container.querySelector('[data-chain="SD-C02"]')!
    expect(sentence.textContent).toContain(`占本链已登记企业 2 家的 50%；供需比 ${(GRADUATES / HEADCOUNT).toFixed(2)}，供给多于需求。`)
  })

  it('is refused to college staff with the BFF\'s message', async () => {
    setToken(bff.collegeStaff)
    render(<ChainsPage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('您没有权限进行此操作')
  })
})
