// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild. The CLI is split:
// modules it loads with `import()` (SARIF/markdown renderers, the YAML config reader, subcommands)
// become `cli-*.js` chunks beside it that a plain scan never reads, and the scan path is one chunk
// (each module file is one more read at start-up; issue #13). The Action stays one file.
// The banner gives CommonJS dependencies of @actions/* a real `require` (see toolchain notes).
import { build } from 'esbuild'
import { chmodSync, copyFileSync, rmSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

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
  banner,
  // 7z-wasm's "main" is a UMD file that needs __dirname; its ESM build works in an ESM bundle.
  alias: { '7z-wasm': './node_modules/7z-wasm/7zz.es6.js' }
}
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
await build({ ...common, entryPoints: { cli: 'src/bin.ts', 'scan-worker': 'src/engine/scan-worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'cli-[hash]' })
// The shebang goes on the entry only (a banner would put it on every chunk).
writeFileSync('dist/cli.js', '#!/usr/bin/env node\n' + readFileSync('dist/cli.js', 'utf8'))
chmodSync('dist/cli.js', 0o755)
// 7z archives are read by 7-Zip compiled to WASM (src/formats/sevenzip.ts loads ./7zz.wasm beside the bundle).
copyFileSync('node_modules/7z-wasm/7zz.wasm', 'dist/7zz.wasm')
