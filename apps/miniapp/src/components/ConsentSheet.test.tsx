import { fireEvent, render, screen } from '@testing-library/react'
import type { ApplyBody } from '@zhilian/shared/contracts/applications'
import { PROFILE_FIELD_LABELS } from '@zhilian/shared/contracts/profile'
import { describe, expect, it } from 'vitest'
import { ConsentSheet } from './ConsentSheet'

const submitButton = () => screen.getByText('同意并投递', { selector: '.taro-button-core' })

function renderSheet() {
  const sent: ApplyBody[] = []
  render(<ConsentSheet orgId='org-7' orgName='淄博恒瑞精密机械有限公司' jobTitle='数控车工' onSubmit={(b) => sent.push(b)} onCancel={() => undefined} />)
  return sent
}

describe('consent sheet (PIPL art. 23)', () => {
  it('names the enterprise and the purpose and lists every résumé field as a checkbox', () => {
    renderSheet()
    expect(screen.getByText(/接收方：淄博恒瑞精密机械有限公司/)).toBeInTheDocument()
    expect(screen.getByText(/用途：应聘『数控车工』岗位/)).toBeInTheDocument()
    const labels = [...document.querySelectorAll('.consent-field')].map((el) => el.textContent?.replace('✓', ''))
    expect(labels).toEqual(Object.values(PROFILE_FIELD_LABELS))
  })

  it('blocks submitting until agreed, then sends exactly the ticked fields to the named enterprise', () => {
    const sent = renderSheet()
    expect(submitButton()).toHaveAttribute('disabled')
    fireEvent.click(submitButton())
    expect(sent).toHaveLength(0)

    // Untick the phone: the enterprise will see a masked number only.
    fireEvent.click(screen.getByText('手机号'))
    fireEvent.click(screen.getByText('我已阅读并同意将上述信息提供给该企业'))
    const consentText = screen.getByText(/本人同意将以下个人信息提供给「淄博恒瑞精密机械有限公司」/).textContent!
    // Quotes inside quotes take 『』: no 「 opens before the previous 「 has closed.
    expect(consentText).toContain('仅用于「应聘『数控车工』岗位」')
    expect(consentText.replace(/「[^「」]*」/g, '')).not.toMatch(/[「」]/)
    fireEvent.click(submitButton())
    expect(sent).toHaveLength(1)
    expect(sent[0]!.consent.recipientOrgId).toBe('org-7')
    expect(sent[0]!.consent.purpose).toBe('应聘『数控车工』岗位')
    expect(sent[0]!.consent.fields).not.toContain('phone')
    expect(sent[0]!.consent.fields).toContain('realName')
  })

  it('refuses to send when every field is unticked', () => {
    const sent = renderSheet()
    for (const el of [...document.querySelectorAll('.consent-field[aria-checked="true"]')]) fireEvent.click(el)
    fireEvent.click(screen.getByText('我已阅读并同意将上述信息提供给该企业'))
    expect(submitButton()).toHaveAttribute('disabled')
    fireEvent.click(submitButton())
    expect(sent).toHaveLength(0)
  })
})
