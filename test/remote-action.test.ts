// The bundled Action (dist/index.js) reading where adapters are published (issue #16): release assets
// by range through the GitHub stand-in (API → 302 → storage), a 2 GiB asset for under 1 MiB of
// transfer, deep still downloading whole; and the hub-repos input against the Hub stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { GitHubStandIn } from './helpers/github-stand-in.js'
import { HubStandIn } from './helpers/hub-stand-in.js'
import { runAction, type ActionRun } from './helpers/github-runner.js'
import { main } from '../src/cli.js'
import type { ScanReport } from '../src/types.js'

const TOKEN = 'ghs_rangeTestToken0123456789abcdefSECRET'
const HF_TOKEN = 'hf_actionTOKEN0123456789SECRET'
const SHA = 'c'.repeat(40)
const FIX = resolve(__dirname, 'fixtures', 'base-mismatch')
const GIB = 1024 ** 3
let gh: GitHubStandIn
let hub: HubStandIn
let root: string

/** The header of a safetensors file declaring these F16 tensors (the data after it is zeros). */
function safetensorsHead(tensors: Array<[string, number[]]>): Buffer {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } }
  let at = 0
  for (const [name, shape] of tensors) {
    const bytes = shape.reduce((a, b) => a * b, 2)
    header[name] = { dtype: 'F16', shape, data_offsets: [at, at + bytes] }
    at += bytes
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (json.length % 8)) % 8)
  const head = Buffer.alloc(8 + json.length)
  head.writeBigUInt64LE(BigInt(json.length), 0)
  head.write(json, 8)
  return head
}

const reportOf = (run: ActionRun): ScanReport => JSON.parse(readFileSync(join(run.temp, 'adapter-guard-report.json'), 'utf8')) as ScanReport

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ag-remote-action-'))
  gh = await GitHubStandIn.start({ token: TOKEN })
  hub = await HubStandIn.start({ token: HF_TOKEN })
})
afterAll(async () => {
  await gh?.close()
  await hub?.close()
  rmSync(root, { recursive: true, force: true })
})

async function localReport(dir: string): Promise<ScanReport> {
  let out = ''
  await main(['scan', '.', '--format', 'json', '--no-config', '--fail-on', 'never'], { stdout: s => (out += s), stderr: () => undefined, isTTY: false, cwd: dir, env: {} })
  return JSON.parse(out) as ScanReport
}

describe('release assets by range', () => {
  it('a 2 GiB asset costs under 1 MiB of transfer, no token reaches storage, and the report equals a local scan', async () => {
    // 2 GiB - 64 KiB of F16 weights in one tensor: with its header, just under GitHub's 2 GiB cap.
    const n = (2 * GIB - 64 * 1024) / 2
    const head = safetensorsHead([['model.layers.0.mlp.weight', [n]]])
    const total = head.length + n * 2
    expect(total).toBeGreaterThan(2 * GIB - 65 * 1024)
    expect(total).toBeLessThanOrEqual(2 * GIB)
    const broken = readFileSync(join(__dirname, '..', 'examples', 'broken', 'peft-config-mismatch', 'adapter_model.safetensors'))
    const rel = gh.addRelease({
      tag_name: 'v3.0.0',
      assets: [
        { name: 'model.safetensors', data: head, size: total, digest: null },
        { name: 'adapter_model.safetensors', data: broken },
        { name: 'adapter_config.json', data: readFileSync(join(__dirname, '..', 'examples', 'broken', 'peft-config-mismatch', 'adapter_config.json')) }
      ]
    })
    const ws = mkdtempSync(join(root, 'ws-'))
    const payload = { action: 'published', release: gh.releaseJson(rel), repository: { full_name: 'acme/adapters' } }
    const before = gh.requests.length
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'release', payload, inputs: { 'fail-on': 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const reqs = gh.requests.slice(before)
    const storage = reqs.filter(r => r.server === 'storage')
    expect(storage.length).toBeGreaterThanOrEqual(3)
    for (const r of storage) {
      expect(r.headers.authorization).toBeUndefined()
      expect(r.headers.range).toMatch(/^bytes=\d+-\d+$/)
    }
    const transferred = storage.reduce((n, r) => n + (r.sent ?? 0), 0)
    expect(transferred).toBeLessThan(1024 * 1024)
    for (const r of reqs.filter(r => r.server === 'api' && r.url.includes('/releases/assets/'))) expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`)
    // Nothing was written to disk.
    expect(readdirSync(run.temp).filter(f => f.startsWith('adapter-guard-release-'))).toEqual([])
    const rep = reportOf(run)
    expect(rep.summary.bytesRead).toBeLessThan(1024 * 1024)
    expect(rep.files.find(f => f.path === 'model.safetensors')).toMatchObject({ bytes: total, status: 'ok', format: 'safetensors' })

    // The same three files on disk (the big one sparse), scanned locally: same files and findings.
    const local = mkdtempSync(join(root, 'local-'))
    writeFileSync(join(local, 'model.safetensors'), head)
    truncateSync(join(local, 'model.safetensors'), total)
    copyFileSync(join(__dirname, '..', 'examples', 'broken', 'peft-config-mismatch', 'adapter_model.safetensors'), join(local, 'adapter_model.safetensors'))
    copyFileSync(join(__dirname, '..', 'examples', 'broken', 'peft-config-mismatch', 'adapter_config.json'), join(local, 'adapter_config.json'))
    const l = await localReport(local)
    const noBytes = (r: ScanReport) => r.files.map(f => ({ ...f, bytesRead: 0 }))
    expect(noBytes(rep)).toEqual(noBytes(l))
    for (const f of rep.files) expect(f.bytesRead).toBeLessThanOrEqual(128 * 1024)
    expect(rep.findings).toEqual(l.findings)
    expect(rep.findings.some(f => f.ruleId === 'peft-config-mismatch')).toBe(true)
  }, 60_000)

  it('deep still downloads each asset whole and checks its digest', async () => {
    const data = readFileSync(join(FIX, 'adapters', 'llama-32-lora', 'adapter_model.safetensors'))
    const config = readFileSync(join(FIX, 'adapters', 'llama-32-lora', 'adapter_config.json'))
    const rel = gh.addRelease({ tag_name: 'v3.1.0', assets: [{ name: 'adapter_model.safetensors', data }, { name: 'adapter_config.json', data: config }] })
    const before = gh.requests.length
    const run = await runAction({
      node: process.execPath,
      workspace: mkdtempSync(join(root, 'ws-')),
      event: 'release',
      payload: { action: 'published', release: gh.releaseJson(rel), repository: { full_name: 'acme/adapters' } },
      inputs: { deep: 'true' },
      apiUrl: gh.apiUrl,
      token: TOKEN
    })
    expect(reportOf(run).findings).toEqual([])
    expect(run.code).toBe(0)
    const storage = gh.requests.slice(before).filter(r => r.server === 'storage')
    expect(storage).toHaveLength(2)
    for (const r of storage) expect(r.headers.range).toBeUndefined()
    expect(run.stdout).toMatch(/downloaded adapter_model\.safetensors: \d+ bytes, sha256 [0-9a-f]{64} \(matches digest\)/)
  }, 60_000)
})

describe('hub-repos input', () => {
  it('scans each Hub repo by range with the hub-token sent to the Hub only, names the commit, and checks the base-model input', async () => {
    hub.addRepo({ name: 'acme/llama-lora', dir: join(FIX, 'adapters', 'llama-32-lora'), refs: { main: SHA }, gated: true })
    hub.addRepo({ name: 'acme/gpt2-lora', dir: join(FIX, 'adapters', 'gpt2-32-conv1d'), refs: { main: SHA, 'v2': SHA } })
    hub.addRepo({ name: 'acme/tiny-llama-48', dir: join(FIX, 'bases', 'llama-48'), refs: { main: SHA } })
    const ws = mkdtempSync(join(root, 'ws-'))
    const run = await runAction({
      node: process.execPath,
      workspace: ws,
      event: 'schedule',
      payload: {},
      inputs: { 'hub-repos': 'hf://acme/llama-lora\nhf://acme/gpt2-lora@v2\nhf://acme/private-nope', 'hub-token': HF_TOKEN, 'base-model': 'hf://acme/tiny-llama-48' },
      env: { HF_ENDPOINT: hub.hubUrl },
      apiUrl: gh.apiUrl,
      token: TOKEN
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const rep = reportOf(run)
    expect(rep.files.map(f => f.path)).toEqual([
      `hf://acme/gpt2-lora@${SHA}/adapter_config.json`,
      `hf://acme/gpt2-lora@${SHA}/adapter_model.safetensors`,
      `hf://acme/llama-lora@${SHA}/adapter_config.json`,
      `hf://acme/llama-lora@${SHA}/adapter_model.safetensors`
    ])
    const byRule = rep.findings.map(f => [f.ruleId, f.path])
    expect(byRule).toContainEqual(['remote-unreadable', 'hf://acme/private-nope'])
    expect(byRule).toContainEqual(['adapter-base-mismatch', `hf://acme/llama-lora@${SHA}/adapter_config.json`])
    // The GPT-2 adapter against a Llama base: its modules do not exist there.
    expect(byRule).toContainEqual(['adapter-base-mismatch', `hf://acme/gpt2-lora@${SHA}/adapter_config.json`])
    expect(run.summary).toContain(SHA)
    for (const r of hub.hubRequests()) expect(r.headers.authorization).toBe(`Bearer ${HF_TOKEN}`)
    expect(hub.storageRequests().length).toBeGreaterThan(0)
    for (const r of hub.storageRequests()) expect(r.headers.authorization).toBeUndefined()
    expect(run.stdout).not.toContain(HF_TOKEN)
    expect(run.summary).not.toContain(HF_TOKEN)
  }, 60_000)
})
