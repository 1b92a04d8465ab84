import type { CollegeOption } from '@zhilian/shared/contracts/reference'
import { searchColleges } from '../../api/profile'
import { SearchPicker } from '../../components/SearchPicker'

/** Finds a verified college by its name and picks it: an official knows colleges by name, never by id (decision 061). */
export function CollegeSearch({ onPick }: { onPick: (college: CollegeOption) => void }) {
  return (
    <SearchPicker
      name='collegeQ'
      placeholder='输入院校名称搜索'
      search={searchColleges}
      emptyText='没有找到已认证的院校，换个关键词试试'
      describe={(c) => ({ key: c.id, name: c.name, note: c.cityName })}
      onPick={onPick}
    />
  )
}
