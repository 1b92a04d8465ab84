import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { StateView } from './StateView'

describe('StateView', () => {
  it('shows loading instead of its content', () => {
    render(<StateView loading>内容</StateView>)
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    expect(screen.queryByText('内容')).not.toBeInTheDocument()
  })

  it('shows the error and calls onRetry when 重试 is tapped', () => {
    const onRetry = vi.fn()
    render(
      <StateView error='服务暂时不可用，请稍后再试' onRetry={onRetry}>
        内容
      </StateView>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('服务暂时不可用，请稍后再试')
    fireEvent.click(screen.getByText('重试'))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('内容')).not.toBeInTheDocument()
  })

  it('shows the empty text and hint when empty', () => {
    render(<StateView empty emptyText='岗位数据即将开放' emptyHint='敬请期待' />)
    expect(screen.getByText('岗位数据即将开放')).toBeInTheDocument()
    expect(screen.getByText('敬请期待')).toBeInTheDocument()
  })

  it('offers the empty page\'s next step as a button', () => {
    const onTap = vi.fn()
    render(<StateView empty emptyText='还没有投递记录' emptyAction={{ text: '去看看岗位', onTap }} />)
    fireEvent.click(screen.getByText('去看看岗位'))
    expect(onTap).toHaveBeenCalledTimes(1)
  })

  it('renders its children once loaded', () => {
    render(<StateView empty={false}>内容</StateView>)
    expect(screen.getByText('内容')).toBeInTheDocument()
    expect(screen.queryByText('重试')).not.toBeInTheDocument()
  })

  // Decision 106: a refresh keeps the content and says so in one live region above it.
  it('keeps its content while refreshing, with 正在刷新… in a busy live region', () => {
    render(<StateView refreshing>内容</StateView>)
    expect(screen.getByText('内容')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('正在刷新…')
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite')
  })

  it('keeps its content after a failed refresh, says so and calls onRetry from 重试', () => {
    const onRetry = vi.fn()
    render(<StateView refreshError='网络连接失败，请检查网络后重试' onRetry={onRetry}>内容</StateView>)
    expect(screen.getByText('内容')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('刷新失败：网络连接失败，请检查网络后重试。下面是上次加载的内容')
    fireEvent.click(screen.getByText('重试'))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})
