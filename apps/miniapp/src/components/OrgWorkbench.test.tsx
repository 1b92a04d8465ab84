import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { clearToken, setToken } from '../api/token'
import { useRealBff } from '../test/real-bff'
import { OrgWorkbench } from './OrgWorkbench'

const bff = useRealBff()
afterEach(() => clearToken())

// Decision 061: a unit waiting for its move to another city read 所在城市代码改为「370200」 on its own workbench.
describe('a workbench whose unit asked to change its details, against the real BFF', () => {
  it('names the new city, not its code', async () => {
    const org = await bff.make('createEnterprise', { name: '淄博变更测试机械有限公司', pendingChange: { cityCode: '370200' }, changeRequestedAt: new Date() })
    const { user } = await bff.make('createMember', org)
    setToken(await bff.tokenFor(user))
    render(<OrgWorkbench kind='enterprise' />)
    expect(await screen.findByText(/信息变更审核中：所在城市改为「青岛市」/)).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('370200')
  })
})
