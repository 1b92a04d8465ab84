import { Text, View } from '@tarojs/components'
import type { FieldIssue } from '@zhilian/shared'

/** The server's per-row report of a refused workbook: where (sheet, row, column) and what is wrong. */
export function ImportReport({ issues }: { issues: FieldIssue[] }) {
  if (issues.length === 0) return null
  return (
    <View className='import-report' role='table'>
      <Text className='import-report__title'>文件中有 {issues.length} 处问题，请修改后重新上传：</Text>
      <View className='import-report__row import-report__row--head' role='row'>
        <Text className='import-report__cell'>工作表</Text>
        <Text className='import-report__cell import-report__cell--narrow'>行</Text>
        <Text className='import-report__cell import-report__cell--narrow'>列</Text>
        <Text className='import-report__cell import-report__cell--wide'>问题</Text>
      </View>
      {issues.map((issue, i) => (
        <View key={i} className='import-report__row' role='row'>
          <Text className='import-report__cell'>{issue.sheet ?? '—'}</Text>
          <Text className='import-report__cell import-report__cell--narrow'>{issue.row ?? '—'}</Text>
          <Text className='import-report__cell import-report__cell--narrow'>{issue.column ?? '—'}</Text>
          <Text className='import-report__cell import-report__cell--wide'>{issue.message}</Text>
        </View>
      ))}
    </View>
  )
}
