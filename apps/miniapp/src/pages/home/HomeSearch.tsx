import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { SearchBar } from '../../components/SearchBar'
import '../../components/SearchBar.css'
import { handOverKeyword } from '../../lib/chain-filter'
import { ROUTES } from '../../routes'
import './index.css'

/** The first thing on the home screen, as in every job app: type, and the jobs tab opens with the results. */
export function HomeSearch() {
  const [draft, setDraft] = useState('')
  const go = () => {
    handOverKeyword(draft.trim())
    void Taro.switchTab({ url: ROUTES.jobs })
  }
  return (
    <View className='home__search'>
      <SearchBar className='search-bar--flush' name='homeQ' value={draft} onInput={setDraft} onSearch={go} />
    </View>
  )
}
