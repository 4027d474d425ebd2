// Issue #10 item 11: files are recognised by content, whatever their name; what is not scanned is
// said (summary.notScanned) and a payload nested past the depth limit fails a critical gate; 7z
// archives are read (7-Zip as WASM) with the zip limits; encrypted members are "not scannable".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scan } from '../src/engine/scan.js'
import { renderText } from '../src/report/text.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { zipBytes } from './fuzz/zip-writer.js'
import { runAction } from './helpers/github-runner.js'

const FIX = resolve(__dirname, 'fixtures', 'archives7z')
const fixture = (name: string): Buffer => readFileSync(join(FIX, name))
/** PROTO 2; GLOBAL os system; BINUNICODE "true"; TUPLE1; REDUCE; STOP */
const proto2 = Buffer.concat([Buffer.from([0x80, 0x02]), Buffer.from('cos\nsystem\n', 'latin1'), Buffer.from([0x58, 4, 0, 0, 0]), Buffer.from('true'), Buffer.from([0x85, 0x52, 0x2e])])
/** Protocol 0: no magic bytes at all. */
const proto0 = Buffer.from("cos\nsystem\n(S'true'\ntR.", 'latin1')

let root: string
let n = 0
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ag-sniff-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function tree(files: Record<string, Uint8Array | string>): string {
  const dir = join(root, String(n++))
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), data)
  }
  return dir
}

describe('recognised by content, whatever the name', () => {
  it('pickles named evil.txt, model.weights, adapter_model.bin.1, checkpoint.pth.bak, lora.pkl2 are scanned', async () => {
    const names = ['evil.txt', 'model.weights', 'adapter_model.bin.1', 'checkpoint.pth.bak', 'lora.pkl2']
    const dir = tree({
      ...Object.fromEntries(names.map(x => [x, proto2])),
      'notes/evil0.txt': proto0,
      'README.md': '# an ordinary tree\n',
      'src/index.ts': 'export const x = 1\n',
      'package.json': '{"name":"x"}',
      '.git/objects/pickle.bin': proto2
    })
    const { report } = await scan({ root: dir, failOn: 'critical' })
    const hits = report.findings.filter(f => f.ruleId === 'pickle-code-execution').map(f => f.path).sort()
    expect(hits).toEqual([...names, 'notes/evil0.txt'].sort())
    expect(report.summary.failed).toBe(true)
    // Ordinary files are sniffed (one small read) but not listed; .git is never opened.
    expect(report.files.map(f => f.path).sort()).toEqual([...names, 'notes/evil0.txt'].sort())
  })

  it('a 7z archive named weights.bin is read as 7z', async () => {
    const { report } = await scan({ root: tree({ 'weights.bin': fixture('payload.7z') }) })
    expect(report.files.find(f => f.path === 'weights.bin')?.format).toBe('7z')
    expect(report.findings.some(f => f.ruleId === 'pickle-code-execution' && f.path === 'weights.bin!/notes.txt')).toBe(true)
  })
})

describe('what is not scanned is said, and a deep payload fails a critical gate', () => {
  it('a pickle nested past the archive depth limit: critical, listed as not scanned', async () => {
    let inner: Uint8Array = zipBytes([{ name: 'model.pkl', data: proto2 }])
    for (let i = 0; i < 6; i++) inner = zipBytes([{ name: `level${i}.zip`, data: inner }])
    const { report } = await scan({ root: tree({ 'bundle.zip': inner }), failOn: 'critical' })
    const deep = report.findings.find(f => f.ruleId === 'resource-limit')
    expect(deep?.severity).toBe('critical')
    expect(report.summary.failed).toBe(true)
    expect(report.summary.notScanned?.map(x => x.path)).toContain(deep!.path)
    expect(renderText(report, { color: false })).toContain('Not scanned (1)')
    expect(renderMarkdown(report)).toContain('**Not scanned** (1)')
  })

  it('an LFS pointer where the weights should be is listed as not scanned in every report', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 12345\n'
    const { report } = await scan({ root: tree({ 'adapter_model.safetensors': pointer }), failOn: 'critical' })
    expect(report.summary.notScanned).toEqual([{ path: 'adapter_model.safetensors', reason: expect.stringContaining('Git LFS pointer') }])
    expect(renderText(report, { color: false })).toMatch(/Not scanned \(1\):\n {2}adapter_model\.safetensors: a Git LFS pointer/)
    expect(renderMarkdown(report)).toContain('**Not scanned** (1): `adapter_model.safetensors`')
  })

  it('text files whose first lines read like a protocol-0 GLOBAL are not pickles unless they act like one', async () => {
    const root = tree({ 'notes.txt': 'cat\ndog\n', 'data/cities.csv': 'city\nLondon\nParis\n', 'README': 'cos\nsystem\n', 'evil.txt': "cos\nsystem\n(S'id'\ntR." })
    const { report } = await scan({ root, failOn: 'critical' })
    expect(report.findings.map(f => [f.ruleId, f.path])).toEqual([['pickle-code-execution', 'evil.txt']])
    expect(report.summary.failed).toBe(true)
  })

  it('an LFS pointer for an image, a CSV or a video (LFS-tracked, not fetched) is no finding: only where weights could stand', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'b'.repeat(64) + '\nsize 999\n'
    const root = tree({ 'docs/figure.png': pointer, 'data/train.csv': pointer, 'media/demo.mp4': pointer, 'lora/weights.pt.bak': pointer })
    const { report } = await scan({ root, failOn: 'warning' })
    expect(report.findings.map(f => [f.ruleId, f.path])).toEqual([['lfs-pointer', 'lora/weights.pt.bak']])
    expect(report.files.map(f => f.path)).toEqual(['lora/weights.pt.bak'])
  })
})

describe('7z archives (7-Zip as WASM)', () => {
  it('a pickle under a harmless name inside a 7z is found at x.7z!/member', async () => {
    const { report } = await scan({ root: tree({ 'payload.7z': fixture('payload.7z'), 'plain.7z': fixture('plain.7z') }) })
    const crit = report.findings.filter(f => f.severity === 'critical')
    expect(crit.map(f => [f.ruleId, f.path])).toEqual([['pickle-code-execution', 'payload.7z!/notes.txt']])
    expect(report.findings.filter(f => f.path.startsWith('plain.7z'))).toEqual([])
    expect(report.files.map(f => f.path)).toContain('plain.7z!/README.txt')
  })

  it('encrypted members and encrypted file lists are not scannable (warnings), not malformed', async () => {
    const { report } = await scan({ root: tree({ 'm.7z': fixture('encrypted-member.7z'), 'h.7z': fixture('encrypted-headers.7z') }) })
    expect(report.findings.map(f => [f.ruleId, f.severity, f.path])).toEqual([
      ['file-unreadable', 'warning', 'h.7z'],
      ['file-unreadable', 'warning', 'm.7z']
    ])
    expect(report.findings.every(f => f.message.startsWith('Not scannable'))).toBe(true)
  })

  it('the member-size and member-count limits apply as for zip', async () => {
    const { report } = await scan({ root: tree({ 'payload.7z': fixture('payload.7z') }), limits: { maxMemberBytes: 20 } })
    const limit = report.findings.filter(f => f.ruleId === 'resource-limit')
    expect(limit.map(f => f.message).join(' ')).toContain('notes.txt')
    const few = await scan({ root: tree({ 'payload.7z': fixture('payload.7z') }), limits: { maxArchiveMembers: 1 } })
    expect(few.report.findings.some(f => f.ruleId === 'resource-limit' && f.message.includes('2 members'))).toBe(true)
  })

  it('a 7z claiming a 4 GiB LZMA2 dictionary is malformed (an error), not "encrypted"', async () => {
    const { report } = await scan({ root: tree({ 'bomb.7z': fixture('dictionary-bomb.7z') }) })
    expect(report.findings.map(f => [f.ruleId, f.severity])).toEqual([['pickle-malformed', 'error']])
  })

  it('a corrupt 7z is malformed, and the scan goes on', async () => {
    const bad = Buffer.concat([fixture('payload.7z').subarray(0, 40), Buffer.alloc(20)])
    const { report } = await scan({ root: tree({ 'bad.7z': bad, 'evil.txt': proto0 }) })
    expect(report.findings.find(f => f.path === 'bad.7z')?.ruleId).toBe('pickle-malformed')
    expect(report.findings.some(f => f.path === 'evil.txt' && f.ruleId === 'pickle-code-execution')).toBe(true)
  })
})

describe('encrypted zip members', () => {
  it('are not scannable (a warning), not a malformed zip', async () => {
    const { report } = await scan({ root: tree({ 'enc.zip': fixture('encrypted-member.zip') }) })
    expect(report.findings.map(f => [f.ruleId, f.severity, f.path])).toEqual([['file-unreadable', 'warning', 'enc.zip!/model.pkl']])
  })
})

describe('the bundles ship and load 7zz.wasm', () => {
  it('dist/ copied alone (the CLI, its chunks and 7zz.wasm; no node_modules) reads a 7z', () => {
    const dir = mkdtempSync(join(root, 'dist-'))
    const dist = resolve(__dirname, '..', 'dist')
    for (const f of readdirSync(dist)) if (f.startsWith('cli') || f === '7zz.wasm') copyFileSync(join(dist, f), join(dir, f))
    const ws = tree({ 'payload.7z': fixture('payload.7z') })
    const r = spawnSync(process.execPath, [join(dir, 'cli.js'), 'scan', '.', '--format', 'json'], { cwd: ws, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(1)
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; path: string }> }
    expect(report.findings.map(f => [f.ruleId, f.path])).toContainEqual(['pickle-code-execution', 'payload.7z!/notes.txt'])
  })

  it('dist/index.js (the Action) reads a 7z on a push', async () => {
    const ws = tree({ 'payload.7z': fixture('payload.7z') })
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'push', payload: {}, apiUrl: 'http://127.0.0.1:9', token: 'x' })
    // Annotations name the archive on disk and the member in the message.
    const hit = run.commands.find(c => c.command === 'error' && c.props.title?.includes('pickle-code-execution'))
    expect(hit?.props.file).toBe('payload.7z')
    expect(hit?.message).toContain('[notes.txt]')
  })
})
