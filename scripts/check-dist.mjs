// Fails when the committed dist/ differs from a fresh build of src/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, cpSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const saved = mkdtempSync(join(tmpdir(), 'ag-dist-'))
if (!existsSync('dist')) {
  console.error('check-dist: dist/ is missing; run `npm run build` and commit dist/')
  process.exit(1)
}
cpSync('dist', saved, { recursive: true })
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
const fresh = readdirSync('dist').sort()
const old = readdirSync(saved).sort()
let stale = JSON.stringify(fresh) !== JSON.stringify(old)
for (const f of fresh) {
  if (stale) break
  if (!readFileSync(join('dist', f)).equals(readFileSync(join(saved, f)))) stale = true
}
if (stale) {
  // Put the committed files back so the working tree is unchanged, then fail.
  rmSync('dist', { recursive: true, force: true })
  cpSync(saved, 'dist', { recursive: true })
  console.error('check-dist: dist/ is stale: run `npm run build` and commit dist/')
  process.exit(1)
}
rmSync(saved, { recursive: true, force: true })
console.log('check-dist: dist/ matches a fresh build')
