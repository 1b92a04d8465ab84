import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useRealBff } from '../../test/real-bff'
import type { FieldSpec } from './fields'
import { FieldInput } from './FieldInput'
import type { Draft } from './paths'

useRealBff()

/** One field of a list form with its own draft, as ListForm holds it. */
function Field({ spec, start }: { spec: FieldSpec; start: Draft }) {
  const [draft, setDraft] = useState<Draft>(start)
  return <FieldInput spec={spec} path={spec.key} draft={draft} issues={{}} onChange={(path, value) => setDraft((d) => ({ ...d, [path]: value }))} />
}

describe('a list row’s majors on the phone, against the real BFF’s catalogue', () => {
  it('附件1’s 专业代码及名称 shows the name beside a code the draft brought, not the 6 digits alone', async () => {
    render(<Field spec={{ kind: 'major', key: 'majorCode', label: '专业代码及名称' }} start={{ majorCode: '460103' }} />)
    expect(await screen.findByText('460103 数控技术', {}, { timeout: 15_000 })).toBeInTheDocument()
  })

  it('附件2’s related majors are chips by name; a picked one keeps its name and a tap takes it off', async () => {
    render(<Field spec={{ kind: 'majors', key: 'majorCodes', label: '相关专业代码' }} start={{ majorCodes: ['460103'] }} />)
    expect(await screen.findByText('460103 数控技术 ✕', {}, { timeout: 15_000 })).toBeInTheDocument()
    fireEvent.input(screen.getByLabelText('输入专业代码或名称搜索'), { target: { value: '660103' } })
    fireEvent.click(await screen.findByText('660103 数控技术应用', {}, { timeout: 15_000 }))
    expect(await screen.findByText('660103 数控技术应用 ✕')).toBeInTheDocument()
    fireEvent.click(screen.getByText('460103 数控技术 ✕'))
    expect(screen.queryByText('460103 数控技术 ✕')).toBeNull()
    expect(screen.getByText('660103 数控技术应用 ✕')).toBeInTheDocument()
  })
})
