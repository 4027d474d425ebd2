// CLI entry point (dist/cli.js, `bin: adapter-guard`): only calls main().
// The compile cache (Node 22.1+) is turned on before the CLI's code is loaded, hence the dynamic import.
import module from 'node:module'

;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { main } = await import('./cli.js')

main(process.argv.slice(2), {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env
}).then(
  code => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`adapter-guard: internal error: ${String(e)}\n`)
    process.exitCode = 2
  }
)
