// Issue #10, reads outside the workspace: a symlinked directory (not only a symlinked file) must
// never lead discovery, PR scope or `paths` globs with a prefix out of the scan root. The outside
// tree carries a marker in values a finding would quote; no report may contain it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scan } from '../src/engine/scan.js'
import { filesToScan } from '../src/discover/changed.js'
import { applySuppressions } from '../src/checks/suppressions.js'
import { finding } from '../src/checks/rules.js'
import { renderJson } from '../src/report/json.js'
import { renderSarif } from '../src/report/sarif.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'
import { writeSafetensors } from './helpers/safetensors-writer.js'

const MARKER = 'OUTSIDE_SECRET_7f3a'
let box: string
let root: string
let outside: string

beforeAll(() => {
  box = mkdtempSync(join(tmpdir(), 'ag-contain-'))
  root = join(box, 'ws')
  outside = join(box, 'elsewhere')
  mkdirSync(join(outside, 'deep'), { recursive: true })
  writeFileSync(join(outside, 'adapter_config.json'), JSON.stringify({ peft_type: MARKER, r: MARKER, target_modules: [MARKER] }))
  writeFileSync(join(outside, 'adapter_model.safetensors'), Buffer.concat([Buffer.from([40, 0, 0, 0, 0, 0, 0, 0]), Buffer.from(`{"__metadata__":{"x":"${MARKER}"}`)]))
  writeFileSync(join(outside, 'deep', `${MARKER}.bin`), Buffer.from('\x80\x02cos\nsystem\nq\x00.', 'latin1'))
  mkdirSync(join(root, 'models'), { recursive: true })
  mkdirSync(join(root, 'research', 'x'), { recursive: true })
  mkdirSync(join(root, 'inside', 'real'), { recursive: true })
  writeFileSync(join(root, 'inside', 'real', 'adapter_model.safetensors'), new Uint8Array(3))
  writeFileSync(join(outside, 'shard.safetensors'), writeSafetensors([{ name: `${MARKER}.weight`, dtype: 'F32', shape: [1] }], { format: 'pt' }))
  mkdirSync(join(root, 'sharded'))
  writeFileSync(join(root, 'sharded', 'model.safetensors.index.json'), JSON.stringify({ metadata: { total_size: 4 }, weight_map: { 'a.weight': 'sub/shard.safetensors' } }))
  symlinkSync(outside, join(root, 'sharded', 'sub'))
  symlinkSync(outside, join(root, 'models', 'lora'))
  // Links out that discovery would never open are skipped silently (a venv in a checkout is no finding).
  mkdirSync(join(root, '.venv', 'bin'), { recursive: true })
  symlinkSync(process.execPath, join(root, '.venv', 'bin', 'python'))
  writeFileSync(join(outside, 'w.safetensors'), 'x')
  symlinkSync(join(outside, 'w.safetensors'), join(root, 'inside', 'w.safetensors'))
  symlinkSync('../../../elsewhere', join(root, 'research', 'x', 'adapters'))
})
afterAll(() => rmSync(box, { recursive: true, force: true }))

async function expectContained(opts: Parameters<typeof scan>[0], via: string): Promise<void> {
  const { report, analyses } = await scan(opts)
  expect(analyses.map(a => a.path).filter(p => p.startsWith(via))).toEqual([])
  const f = report.findings.filter(x => x.ruleId === 'path-outside-root')
  expect(f.map(x => x.path)).toEqual([via])
  expect(f[0].severity).toBe('error')
  for (const out of [renderJson(report), renderSarif(report), renderMarkdown(report), renderText(report, { color: false })]) {
    expect(out).not.toContain(MARKER)
    expect(out).not.toContain(outside)
  }
}

describe('containment: nothing outside the real root is listed or read', () => {
  it('paths with a prefix (models/*/*) do not walk through a symlinked directory', async () => {
    await expectContained({ root, paths: ['models/*/*'] }, 'models/lora')
  })

  it("the README's research/**/adapters/** does not either", async () => {
    await expectContained({ root, paths: ['research/**/adapters/**'] }, 'research/x/adapters')
  })

  it('the default ** reports the links themselves', async () => {
    const { report } = await scan({ root })
    expect(report.findings.filter(x => x.ruleId === 'path-outside-root').map(x => x.path)).toEqual(['inside/w.safetensors', 'models/lora', 'research/x/adapters', 'sharded/sub'])
    expect(renderJson(report)).not.toContain(MARKER)
  })

  it('an explicit target through the link (PR scope hands directories and files) is refused', async () => {
    await expectContained({ root, onlyFiles: ['models/lora/adapter_config.json', 'models/lora/adapter_model.safetensors'] }, 'models/lora')
    await expectContained({ root, targets: ['models/lora'] }, 'models/lora')
    await expectContained({ root, targets: ['models/lora/deep'] }, 'models/lora')
  })

  it('OS error texts name files relative to the root, never by absolute runner path', async () => {
    const { report } = await scan({ root, targets: ['gone/adapter_model.bin'] })
    const f = report.findings.find(x => x.ruleId === 'file-unreadable')
    expect(f?.message).toContain("'gone/adapter_model.bin'")
    expect(renderJson(report).replace(JSON.stringify(root), '')).not.toContain(root)
  })

  it('a shard index naming a shard behind a link out does not read it', async () => {
    const { report } = await scan({ root, onlyFiles: ['sharded/model.safetensors.index.json'] })
    expect(renderJson(report)).not.toContain(MARKER)
  })

  it('PR scope: a changed directory that is now a symlink out is not listed, and is handed on to be reported', () => {
    const changed = [
      { filename: 'models/lora', status: 'added' },
      { filename: 'models/lora/adapter_config.json', status: 'removed' },
      { filename: 'models/lora/adapter_model.safetensors', status: 'removed' }
    ]
    const scope = filesToScan(changed, root, { paths: ['**'], exclude: [] })
    expect(scope.files).toEqual(['models/lora'])
    expect(scope.directories).toEqual([])
    const pref = filesToScan(changed, root, { paths: ['models/*/*'], exclude: [] })
    expect(pref.files).toEqual(['models/lora'])
  })

  it('a CLI target the user names outside the root is scanned, but links below it stay below it', async () => {
    const { report } = await scan({ root: join(box, 'ws', 'inside'), targets: [outside] })
    expect(report.files.some(f => f.path.endsWith('adapter_model.safetensors'))).toBe(true)
  })
})

describe('suppression paths are anchored at the root (issue #10 item 8)', () => {
  const crit = (path: string) => finding('pickle-code-execution', { path, message: 'm' })
  it('a path without a slash matches that file at the root only', () => {
    const out = applySuppressions([crit('adapter_model.bin'), crit('evil/adapter_model.bin')], [{ rule: '*', path: 'adapter_model.bin', reason: 'r' }])
    expect(out.map(f => Boolean(f.suppressed))).toEqual([true, false])
  })
  it('**/ matches it in any folder', () => {
    const out = applySuppressions([crit('adapter_model.bin'), crit('evil/adapter_model.bin')], [{ rule: '*', path: '**/adapter_model.bin', reason: 'r' }])
    expect(out.map(f => Boolean(f.suppressed))).toEqual([true, true])
  })
})
