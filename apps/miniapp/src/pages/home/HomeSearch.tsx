import Taro from '@tarojs/taro'
import { useState } from 'react'
import { SearchBar } from '../../components/SearchBar'
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
  return <SearchBar className='home__search' name='homeQ' value={draft} onInput={setDraft} onSearch={go} />
}
