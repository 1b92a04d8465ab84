import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PipelineActions } from './PipelineActions'

describe('pipeline actions', () => {
  it('shows one button per allowed move, marks those that need a reason, and reports the choice', () => {
    const chosen: [string, boolean][] = []
    const { container } = render(
      <PipelineActions
        allowed={[{ status: 'interview', needsReason: false }, { status: 'offer', needsReason: true }, { status: 'rejected', needsReason: false }]}
        onAction={(to, needsReason) => chosen.push([to, needsReason])}
      />,
    )
    const buttons = [...container.querySelectorAll('.taro-button-core')].map((b) => b.textContent)
    expect(buttons).toEqual(['邀请面试', '发录用意向（需说明）', '不合适'])
    fireEvent.click(screen.getByText('发录用意向（需说明）'))
    fireEvent.click(screen.getByText('邀请面试'))
    expect(chosen).toEqual([['offer', true], ['interview', false]])
  })

  it('opens 面试 without asking for a reason even when skipping 已查看 (the invitation records it)', () => {
    const chosen: [string, boolean][] = []
    render(<PipelineActions allowed={[{ status: 'viewed', needsReason: false }, { status: 'interview', needsReason: true }]} onAction={(to, r) => chosen.push([to, r])} />)
    fireEvent.click(screen.getByText('邀请面试'))
    expect(chosen).toEqual([['interview', false]])
  })

  it('shows nothing for a final stage', () => {
    const { container } = render(<PipelineActions allowed={[]} onAction={() => undefined} />)
    expect(container.querySelectorAll('.taro-button-core')).toHaveLength(0)
  })
})
