import { fireEvent, render, screen } from '@testing-library/react'
import { withCheckChar } from '@zhilian/shared/contracts/list-samples'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { UsccField } from './UsccField'

function Harness({ enterprise }: { enterprise?: boolean }) {
  const [value, setValue] = useState('')
  return <UsccField name='uscc' value={value} enterprise={enterprise} onChange={setValue} />
}
const type = (value: string) => fireEvent.input(document.querySelector('input[name="uscc"]') as HTMLInputElement, { target: { value } })

describe('USCC field', () => {
  const valid = withCheckChar('91370100MA3C4XY2P')
  const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')

  it('says what is wrong while typing: length, then characters, then the check character', () => {
    render(<Harness enterprise />)
    expect(screen.queryByText(/统一社会信用代码/)).toBeInTheDocument() // the label only
    type('91370100')
    expect(screen.getByText('统一社会信用代码应为18位')).toBeInTheDocument()
    type('91370100MA3C4XY2PI')
    expect(screen.getByText('统一社会信用代码含有无效字符（不使用I、O、S、V、Z）')).toBeInTheDocument()
    type(wrongCheck)
    expect(screen.getByText('统一社会信用代码校验位不正确，请核对后重新输入')).toBeInTheDocument()
    type(valid.toLowerCase())
    expect(screen.getByText('统一社会信用代码校验通过')).toBeInTheDocument()
  })

  it('asks an enterprise for a code that starts with 91', () => {
    render(<Harness enterprise />)
    type(withCheckChar('12370000MB1234567'))
    expect(screen.getByText('企业的统一社会信用代码应以91开头')).toBeInTheDocument()
  })
})
