import { Text, View } from '@tarojs/components'
import './StateView.css'

/** The foot of a cursor-paged list: retry, load more, or the end. Takes usePagedPage's result. */
export function LoadMore({ list }: { list: { moreError?: string; hasMore: boolean; loadingMore: boolean; loadMore: () => Promise<void> } }) {
  const more = () => void list.loadMore()
  return (
    <View className='state-view'>
      {list.moreError ? (
        <Text role='button' className='tap-line state-view__text' onClick={more}>{list.moreError}，点此重试</Text>
      ) : list.hasMore ? (
        <Text role='button' className='tap-line state-view__text' onClick={more}>{list.loadingMore ? '加载中…' : '上拉或点此加载更多'}</Text>
      ) : (
        <Text className='state-view__text muted'>没有更多了</Text>
      )}
    </View>
  )
}
