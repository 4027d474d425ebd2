// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild, in one build with
// code splitting: modules loaded by `import()` (SARIF/markdown renderers, the YAML config reader,
// subcommands) become chunks that a plain scan never reads (start-up, issue #13). Chunks shared by
// the two entry points are files beside them in dist/ (committed; check-dist compares them all).
// The banner gives CommonJS dependencies of @actions/* a real `require` (see toolchain notes).
import { build } from 'esbuild'
import { chmodSync, rmSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const banner = {
  js: "import { createRequire as __agCreateRequire } from 'node:module';\nconst require = __agCreateRequire(import.meta.url);"
}
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/bin.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner
})
// One build cannot give one entry its own banner: the CLI's shebang is put in front afterwards.
writeFileSync('dist/cli.js', '#!/usr/bin/env node\n' + readFileSync('dist/cli.js', 'utf8'))
chmodSync('dist/cli.js', 0o755)
