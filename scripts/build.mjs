// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild.
// The banner gives CommonJS dependencies of @actions/* a real `require` (see toolchain notes).
import { build } from 'esbuild'
import { chmodSync, rmSync, mkdirSync } from 'node:fs'

const banner = {
  js: "import { createRequire as __agCreateRequire } from 'node:module';\nconst require = __agCreateRequire(import.meta.url);"
}
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner
}
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
await build({
  ...common,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
})
chmodSync('dist/cli.js', 0o755)
