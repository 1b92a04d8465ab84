import { Button, Input, View } from '@tarojs/components'
import './SearchBar.css'

export interface SearchBarProps {
  name: string
  value: string
  className?: string
  onInput: (value: string) => void
  onSearch: () => void
}

/** The job search box of the home page and the jobs tab: type, then 搜索 or the keyboard's search key. */
export function SearchBar({ name, value, className, onInput, onSearch }: SearchBarProps) {
  return (
    <View className={`search-bar${className ? ` ${className}` : ''}`}>
      <Input
        aria-label='搜索岗位、技能或企业'
        className='search-bar__input'
        name={name}
        type='text'
        confirmType='search'
        placeholder='搜索岗位、技能或企业'
        value={value}
        onInput={(e) => onInput(e.detail.value)}
        onConfirm={onSearch}
      />
      <Button className='btn btn--primary btn--small search-bar__btn' onClick={onSearch}>搜索</Button>
    </View>
  )
}
