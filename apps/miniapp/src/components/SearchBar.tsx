import { Button, Input, View } from '@tarojs/components'
import './SearchBar.css'

export interface SearchBarProps {
  name: string
  value: string
  className?: string
  /** What to type, read out as the box's label too; the job search's words unless a page searches something else. */
  placeholder?: string
  /** A search under way: the button spins and a second tap waits for it. */
  busy?: boolean
  onInput: (value: string) => void
  onSearch: () => void
}

/** The search box: type, then 搜索 or the keyboard's search key (home page, jobs tab, 匹配解释's pickers). */
export function SearchBar({ name, value, className, placeholder = '搜索岗位、技能或企业', busy, onInput, onSearch }: SearchBarProps) {
  return (
    <View className={`search-bar${className ? ` ${className}` : ''}`}>
      <Input
        aria-label={placeholder}
        className='search-bar__input'
        name={name}
        type='text'
        confirmType='search'
        placeholder={placeholder}
        value={value}
        onInput={(e) => onInput(e.detail.value)}
        onConfirm={onSearch}
      />
      <Button className='btn btn--primary btn--small search-bar__btn' loading={busy} disabled={busy} onClick={onSearch}>搜索</Button>
    </View>
  )
}
