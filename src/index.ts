// Action entry point (dist/index.js): only calls run().
import { run } from './action.js'

await run()
