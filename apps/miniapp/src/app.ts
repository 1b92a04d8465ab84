import type { PropsWithChildren } from 'react'
import { config as zodConfig } from 'zod'
import './app.css'

// WeChat forbids eval/new Function; zod would probe for it on first parse, so say it up front.
if (process.env.TARO_ENV === 'weapp') zodConfig({ jitless: true })

function App({ children }: PropsWithChildren) {
  // children is the page being shown
  return children
}

export default App
