import { config } from 'zod'

// WeChat forbids eval/new Function; zod would probe for it on first parse, so say it up front.
config({ jitless: true })
