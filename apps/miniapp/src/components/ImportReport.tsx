import { Button, Text, View } from '@tarojs/components'
import type { FieldIssue } from '@zhilian/shared'
import './ExcelPanel.css'

/** Issues by sheet, in the order the sheets first appear (the server sorts them in the workbook's order). */
function bySheet(issues: FieldIssue[]): [string, FieldIssue[]][] {
  const groups = new Map<string, FieldIssue[]>()
  for (const issue of issues) {
    const sheet = issue.sheet ?? '整个文件'
    groups.set(sheet, [...(groups.get(sheet) ?? []), issue])
  }
  return [...groups]
}

/**
 * The server's per-row report of a refused workbook, grouped by sheet: where (row, column) and what is
 * wrong; and, when the problems sit in cells, the same file back with those cells marked.
 */
export function ImportReport({ issues, onDownloadAnnotated }: { issues: FieldIssue[]; onDownloadAnnotated?: () => void }) {
  if (issues.length === 0) return null
  const inCells = issues.some((i) => i.sheet && i.row && i.column)
  return (
    <View className='import-report' role='table'>
      <Text className='import-report__title'>文件中有 {issues.length} 处问题，请修改后重新上传：</Text>
      {inCells && onDownloadAnnotated && (
        <Button className='btn btn--ghost btn--small import-report__download' onClick={onDownloadAnnotated}>
          下载标注了问题的文件
        </Button>
      )}
      <View className='import-report__row import-report__row--head' role='row'>
        <Text className='import-report__cell'>工作表</Text>
        <Text className='import-report__cell import-report__cell--narrow'>行</Text>
        <Text className='import-report__cell import-report__cell--narrow'>列</Text>
        <Text className='import-report__cell import-report__cell--wide'>问题</Text>
      </View>
      {bySheet(issues).map(([sheet, list]) => (
        <View key={sheet} className='import-report__group' role='rowgroup' aria-label={sheet}>
          <Text className='import-report__group-title'>
            {sheet}（{list.length} 处）
          </Text>
          {list.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a report shown once, never reordered
            <View key={i} className='import-report__row' role='row'>
              <Text className='import-report__cell'>{issue.sheet ?? '—'}</Text>
              <Text className='import-report__cell import-report__cell--narrow'>{issue.row ?? '—'}</Text>
              <Text className='import-report__cell import-report__cell--narrow'>{issue.column ?? '—'}</Text>
              <Text className='import-report__cell import-report__cell--wide'>{issue.message}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
