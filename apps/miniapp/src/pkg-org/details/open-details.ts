/** Opening 单位资料 as a member of a fresh enterprise, for this page's tests over the real BFF. Test files only. */
import { render, screen } from '@testing-library/react'
import { MyOrgsSchema } from '@zhilian/shared/contracts/organizations'
import { createElement } from 'react'
import { setToken } from '../../api/token'
import { openAt } from '../../test/dom'
import type { RealBff } from '../../test/real-bff'
import OrgDetailsPage from './index'

export type Role = { isOwner: true } | { orgRole: 'manager' | 'hr' | 'list_filler' | 'viewer' }

/** A verified enterprise (with `overrides`) and one member of it, the page opened as that member. */
export async function openDetailsAs(bff: RealBff, role: Role, name: string, overrides: Record<string, unknown> = {}) {
  const org = await bff.make('createEnterprise', { name, ...overrides })
  const { user } = await bff.make('createMember', org, role)
  const token = await bff.tokenFor(user)
  setToken(token)
  openAt(`orgId=${org.id}`)
  render(createElement(OrgDetailsPage))
  await screen.findByText(name, { selector: '.workbench__org' })
  return { org, token }
}

/** The unit as the BFF now answers it to the member, not as the page remembers it. */
export async function storedOrg(bff: RealBff, token: string, id: string) {
  const res = await fetch(`${bff.origin}/api/organizations/mine`, { headers: { authorization: `Bearer ${token}` } })
  return MyOrgsSchema.parse(await res.json()).items.find((o) => o.id === id)!
}

export const fieldOf = (name: string) => document.querySelector(`input[name="${name}"], textarea[name="${name}"]`) as HTMLInputElement | null
