import { fireEvent, render, screen } from '@testing-library/react'
import type { VersionList } from '@zhilian/shared/contracts/lists'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VersionHistory } from '../../components/list-form/VersionHistory'
import { ReviewItemCard } from '../review/ReviewItemCard'
import { sendJson, startLocalServer } from '../../test/local-server'
import AuditPage from './index'

const entry = (id: string, action: string, entity: string, diff: unknown, names: { entityName?: string; orgName?: string }) => ({
  id, at: '2026-11-20T02:00:00.000Z', actorUserId: 'ck_actor', actorName: '省厅审核员', orgId: 'ck_org1', action, entity, entityId: 'ck_entity9',
  entityName: names.entityName ?? null, orgName: names.orgName ?? null, diff,
})
const versions: VersionList = {
  items: [{
    version: 2, at: '2026-11-23T17:00:05.000Z', source: 'submit', by: { id: 'u1', displayName: '王芳' },
    changes: [
      { section: 'org', label: '基本信息·对接人电话', from: '0533-1', to: '0533-2' },
      { section: 'jobs', label: '岗位需求', from: '2项', to: '3项' },
    ],
  }],
}
// 2026-11-24 01:00:05 in Beijing is still the 23rd in UTC: a page formatting in the device's zone shows the wrong day.
const oneAmBeijing = '2026-11-23T17:00:05.000Z'
/** An administrator account's entries (decisions 072, 074): no unit, the account as the entity, the scope in the diff. */
const bureau = { member: '钱科长', scope: '淄博市教育局 · 仅本市院校' }
const ADMINISTRATOR_ENTRIES = [
  ['created', { ...bureau, username: 'zibo_edu', hours: 72 }], ['sign_in_reset', { member: '钱科长', hours: 72 }], ['disabled', bureau], ['enabled', bureau],
].map(([tail, diff], i) => ({ ...entry(`ad${i}`, `administrator.${String(tail)}`, 'User', diff, { entityName: '钱科长' }), orgId: null }))
let server: Awaited<ReturnType<typeof startLocalServer>>
/** The orgId each audit request asked for ('' = every unit). */
const askedFor: string[] = []
beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/audit': (req, res) => {
      askedFor.push(new URL(req.url ?? '', 'http://x').searchParams.get('orgId') ?? '')
      sendJson(res, 200, {
        items: [
          entry('a1', 'review.approve', 'job', { status: { from: 'pending_review', to: 'open' } }, { entityName: '数控操作工', orgName: '淄博精工' }),
          { ...entry('a3', 'review.approve', 'job', { status: { from: 'pending_review', to: 'open' } }, { entityName: '焊工', orgName: '淄博精工' }), at: oneAmBeijing },
          entry('a2', 'organization.update', 'Organization', { contactPhone: { from: '0533-1', to: '0533-2' } }, { entityName: '淄博精工', orgName: '淄博精工' }),
          ...ADMINISTRATOR_ENTRIES,
        ],
        nextCursor: null,
      })
    },
    'GET /api/demand-lists/mine/versions': (_req, res) => sendJson(res, 200, versions),
  })
})
afterAll(() => server.close())

describe('what an official reads', () => {
  it('the audit log: Chinese sentences with names, no action codes, ids or JSON', async () => {
    const { container } = render(<AuditPage />)
    expect(await screen.findByText('通过岗位“数控操作工”（待审核 → 招聘中）')).toBeInTheDocument()
    expect(screen.getByText('修改单位“淄博精工”的资料：联系电话：0533-1 → 0533-2')).toBeInTheDocument()
    const text = container.textContent ?? ''
    expect(text).toContain('省厅审核员')
    expect(text).not.toMatch(/review\.approve|organization\.update|ck_|[{}]/)
  })

  it('an administrator account’s entries: created, reset, disabled and re-enabled in sentences, with no unit to tap (decision 074)', async () => {
    const { container } = render(<AuditPage />)
    expect(await screen.findByText('新增管理员“钱科长”（账号 zibo_edu，淄博市教育局 · 仅本市院校），生成一次性临时密码（72小时内有效，登录时须设置新密码）')).toBeInTheDocument()
    expect(screen.getByText('重置管理员“钱科长”的登录：生成一次性临时密码（72小时内有效，登录时须设置新密码），其所有登录状态已退出')).toBeInTheDocument()
    expect(screen.getByText('停用管理员“钱科长”（淄博市教育局 · 仅本市院校），其所有登录状态已退出，不能再登录')).toBeInTheDocument()
    expect(screen.getByText('重新启用管理员“钱科长”（淄博市教育局 · 仅本市院校），可用原密码登录')).toBeInTheDocument()
    expect(container.textContent).not.toContain('其他操作（暂无说明）')
    expect(container.textContent).not.toMatch(/administrator\./)
  })

  it('opens one unit\'s log from its name on an entry, and back to every unit: no box asks for a 单位编号', async () => {
    const { container } = render(<AuditPage />)
    expect(container.querySelector('input')).toBeNull()
    const [unit] = await screen.findAllByText('淄博精工', { selector: '[role="button"]' })
    askedFor.length = 0
    fireEvent.click(unit!)
    expect(await screen.findByText('只看：淄博精工')).toBeInTheDocument()
    await screen.findByText('通过岗位“数控操作工”（待审核 → 招聘中）')
    expect(askedFor).toContain('ck_org1')
    fireEvent.click(screen.getByText('查看全部单位'))
    expect(await screen.findByText('点记录下方的单位名称，只看该单位的操作')).toBeInTheDocument()
  })

  it('shows every time in Beijing time, on a phone set to UTC at 01:00 +08:00', async () => {
    const zone = process.env.TZ
    process.env.TZ = 'UTC'
    try {
      render(<AuditPage />)
      expect(await screen.findByText(/2026-11-24 01:00:05/)).toBeInTheDocument()
      render(<VersionHistory kind='demand' />)
      expect(await screen.findByText(/· 2026-11-24 01:00$/)).toBeInTheDocument()
      render(<ReviewItemCard item={{ kind: 'organization', id: 'o2', title: '临淄化工', orgId: 'o2', orgName: '临淄化工', submittedAt: oneAmBeijing, usccValid: true, summary: { kind: '企业', city: '淄博市', chain: '高端化工' }, signals: [] }} onDecide={async () => true} />)
      expect(screen.getByText('提交时间：2026-11-24 01:00')).toBeInTheDocument()
    } finally {
      process.env.TZ = zone
    }
  })

  it('a review card: 类型：企业, 城市：淄博市, 产业链 by name', () => {
    render(
      <ReviewItemCard
        item={{ kind: 'organization', id: 'o1', title: '淄博精工', orgId: 'o1', orgName: '淄博精工', submittedAt: '2026-11-20T02:00:00.000Z', usccValid: true, summary: { kind: '企业', city: '淄博市', chain: '高端化工' }, signals: [] }}
        onDecide={async () => true}
      />,
    )
    for (const line of ['类型：企业', '城市：淄博市', '产业链：高端化工']) expect(screen.getByText(line)).toBeInTheDocument()
  })

  it('a version diff: one row per field under 字段 / 原值 / 新值', async () => {
    const { container } = render(<VersionHistory kind='demand' />)
    expect(await screen.findByText('基本信息·对接人电话')).toBeInTheDocument()
    const rows = [...container.querySelectorAll('.lf-diff__row')].map((r) => [...r.querySelectorAll('.lf-diff__cell')].map((c) => c.textContent))
    expect(rows).toEqual([['字段', '原值', '新值'], ['基本信息·对接人电话', '0533-1', '0533-2'], ['岗位需求', '2项', '3项']])
    expect(container.textContent).not.toContain('无 → 无')
  })
})
