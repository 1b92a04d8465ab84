// `npm start -w @zhilian/bff`, and what tests spawn: the server as configured by the environment alone.
import { run } from './run'

await run()
