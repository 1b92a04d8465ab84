import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './StateView.css'

export interface StateViewProps {
  loading?: boolean
  /** A Chinese message; shown with a retry button when onRetry is given. */
  error?: string
  empty?: boolean
  emptyText?: string
  emptyHint?: string
  onRetry?: () => void
  children?: ReactNode
}

/** The one place loading, error and empty states look the same on every page. */
export function StateView({ loading, error, empty, emptyText = '暂无数据', emptyHint, onRetry, children }: StateViewProps) {
  if (loading) {
    return (
      <View className='state-view' aria-busy='true'>
        <Text className='state-view__text'>加载中…</Text>
      </View>
    )
  }
  if (error) {
    return (
      <View className='state-view state-view--error' role='alert'>
        <Text className='state-view__text'>{error}</Text>
        {onRetry && (
          <Button className='btn btn--ghost btn--small state-view__retry' onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (empty) {
    return (
      <View className='state-view state-view--empty'>
        <Text className='state-view__text'>{emptyText}</Text>
        {emptyHint && <Text className='state-view__hint'>{emptyHint}</Text>}
      </View>
    )
  }
  return <>{children}</>
}
