// Hub repos scanned by range against a loopback Hub stand-in (test/helpers/hub-stand-in.ts): the
// report equals a local scan of the same files, multi-GB sparse weights cost under 1 MiB of transfer,
// the token reaches the Hub host only (never storage), gated repos give remote-unreadable, 429 with
// Retry-After is waited out, a revision resolves to its commit sha, a server ignoring Range is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { main } from '../src/cli.js'
import type { ScanReport } from '../src/types.js'
import { HttpRangeSource } from '../src/remote/http-source.js'
import { LOCAL_COPIES } from '../src/formats/source.js'
import { parseHubSpec } from '../src/remote/hub.js'
import { HubStandIn } from './helpers/hub-stand-in.js'

const TOKEN = 'hf_standinTOKEN0123456789'
const SHA_MAIN = 'a'.repeat(40)
const SHA_TAG = 'b'.repeat(40)
const FIX = resolve(__dirname, 'fixtures', 'base-mismatch')
const EX = resolve(__dirname, '..', 'examples')
const GIB = 1024 ** 3
let hub: HubStandIn
let root: string
let repoDir: string

/** A safetensors file whose header declares `bytes` of F32 data, written sparse (the data is a hole). */
function sparseSafetensors(path: string, tensors: Array<[string, number]>): number {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } }
  let at = 0
  for (const [name, bytes] of tensors) {
    header[name] = { dtype: 'F32', shape: [bytes / 4], data_offsets: [at, at + bytes] }
    at += bytes
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (json.length % 8)) % 8)
  const head = Buffer.alloc(8 + json.length)
  head.writeBigUInt64LE(BigInt(json.length), 0)
  head.write(json, 8)
  writeFileSync(path, head)
  truncateSync(path, head.length + at)
  return head.length + at
}

async function cli(args: string[], env: Record<string, string | undefined>, cwd = root): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(args, { stdout: s => (out += s), stderr: s => (err += s), isTTY: false, cwd, env })
  return { code, out, err }
}

const hubEnv = () => ({ HF_ENDPOINT: hub.hubUrl, HF_TOKEN: TOKEN })

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ag-hub-'))
  repoDir = join(root, 'repo')
  mkdirSync(join(repoDir, 'big'), { recursive: true })
  for (const f of ['adapter_config.json', 'adapter_model.safetensors']) copyFileSync(join(FIX, 'adapters', 'llama-32-lora', f), join(repoDir, f))
  mkdirSync(join(repoDir, 'broken'))
  for (const f of ['adapter_config.json', 'adapter_model.safetensors']) copyFileSync(join(EX, 'broken', 'peft-config-mismatch', f), join(repoDir, 'broken', f))
  copyFileSync(join(EX, 'pickle', 'duplicate-members.pt'), join(repoDir, 'duplicate-members.pt'))
  copyFileSync(join(EX, 'pickle', 'unexpected-import.pkl'), join(repoDir, 'unexpected-import.pkl'))
  // Multi-GB sharded weights: 2 shards of 2.5 GiB, sparse on disk.
  sparseSafetensors(join(repoDir, 'big', 'model-00001-of-00002.safetensors'), [['model.layers.0.w', 1.25 * GIB], ['model.layers.1.w', 1.25 * GIB]])
  sparseSafetensors(join(repoDir, 'big', 'model-00002-of-00002.safetensors'), [['model.layers.2.w', 2.5 * GIB]])
  writeFileSync(
    join(repoDir, 'big', 'model.safetensors.index.json'),
    JSON.stringify({ metadata: { total_size: 5 * GIB }, weight_map: { 'model.layers.0.w': 'model-00001-of-00002.safetensors', 'model.layers.1.w': 'model-00001-of-00002.safetensors', 'model.layers.2.w': 'model-00002-of-00002.safetensors' } })
  )
  hub = await HubStandIn.start({ token: TOKEN })
  hub.addRepo({ name: 'acme/llama-lora', dir: repoDir, refs: { main: SHA_MAIN, 'v1.0': SHA_TAG } })
  hub.addRepo({ name: 'acme/gated', dir: repoDir, refs: { main: SHA_MAIN }, gated: true })
  hub.addRepo({ name: 'acme/xet', dir: join(FIX, 'adapters', 'llama-32-lora'), refs: { main: SHA_MAIN }, xet: true })
  hub.addRepo({ name: 'acme/tiny-llama-32', dir: join(FIX, 'bases', 'llama-32'), refs: { main: SHA_MAIN } })
  hub.addRepo({ name: 'acme/tiny-llama-48', dir: join(FIX, 'bases', 'llama-48'), refs: { main: SHA_MAIN } })
}, 60_000)

afterAll(async () => {
  await hub?.close()
  rmSync(root, { recursive: true, force: true })
})

/** The report with hf:// prefixes removed, to compare with a local scan of the same files. */
function normalise(r: ScanReport, prefix: string): unknown {
  const strip = (s: string) => s.split(prefix).join('')
  return {
    files: r.files.map(f => ({ ...f, path: strip(f.path), bytesRead: 0 })),
    findings: r.findings.map(f => ({ ...f, path: strip(f.path), message: strip(f.message) })),
    summary: { ...r.summary, bytesRead: 0 }
  }
}

describe('hf:// scan against the Hub stand-in', () => {
  it('gives the same report as a local scan of the same files, for under 1 MiB of transfer', async () => {
    const before = hub.requests.length
    const remote = await cli(['scan', 'hf://acme/llama-lora', '--format', 'json', '--no-config', '--fail-on', 'never'], hubEnv())
    expect(remote.err).toBe('')
    const local = await cli(['scan', '.', '--format', 'json', '--no-config', '--fail-on', 'never'], {}, repoDir)
    const r = JSON.parse(remote.out) as ScanReport
    const l = JSON.parse(local.out) as ScanReport
    const prefix = `hf://acme/llama-lora@${SHA_MAIN}/`
    expect(r.files.map(f => f.path)).toContain(`${prefix}big/model-00001-of-00002.safetensors`)
    expect(r.files.every(f => f.path.startsWith(prefix))).toBe(true)
    expect(l.findings.length).toBeGreaterThan(2) // the broken adapter and the pickles
    expect(normalise(r, prefix)).toEqual(normalise(l, ''))
    // 5 GiB of weights listed; headers only travel.
    expect(r.files.find(f => f.path.endsWith('model-00002-of-00002.safetensors'))?.bytes).toBeGreaterThan(2 * GIB)
    expect(r.summary.bytesRead).toBeLessThan(1024 * 1024)
    for (const f of r.files) expect(f.bytesRead, f.path).toBeLessThanOrEqual(2 * 64 * 1024)
    const reqs = hub.requests.slice(before)
    expect(reqs.reduce((n, q) => n + q.sent, 0)).toBeLessThan(1024 * 1024)
    // A handful of ranged reads per file.
    const perBlob = new Map<string, number>()
    for (const q of reqs.filter(q => q.server === 'storage')) perBlob.set(q.url.split('?')[0], (perBlob.get(q.url.split('?')[0]) ?? 0) + 1)
    for (const n of perBlob.values()) expect(n).toBeLessThanOrEqual(4)
    // Every storage read was ranged and none carried the token; every Hub call did carry it.
    const storage = reqs.filter(q => q.server === 'storage')
    expect(storage.length).toBeGreaterThan(0)
    for (const q of storage) {
      expect(q.headers.authorization).toBeUndefined()
      expect(q.headers.range).toMatch(/^bytes=\d+-\d+$/)
      expect(q.status).toBe(206)
    }
    for (const q of reqs.filter(q => q.server === 'hub')) expect(q.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('resolves a tag to its commit sha and names it in every path; a subfolder scans only that folder', async () => {
    const r = JSON.parse((await cli(['scan', 'hf://acme/llama-lora@v1.0/broken', '--format', 'json', '--no-config', '--fail-on', 'never'], hubEnv())).out) as ScanReport
    expect(r.files.map(f => f.path)).toEqual([`hf://acme/llama-lora@${SHA_TAG}/broken/adapter_config.json`, `hf://acme/llama-lora@${SHA_TAG}/broken/adapter_model.safetensors`])
    expect(r.findings.some(f => f.ruleId === 'peft-config-mismatch')).toBe(true)
    // A PATH naming one file (the tree endpoint answers 404 for it): that file alone.
    const one = JSON.parse((await cli(['scan', 'hf://acme/llama-lora/big/model-00002-of-00002.safetensors', '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    expect(one.files.map(f => [f.path, f.status])).toEqual([[`hf://acme/llama-lora@${SHA_MAIN}/big/model-00002-of-00002.safetensors`, 'ok']])
  })

  it('reads xet-listed files the same way', async () => {
    const r = JSON.parse((await cli(['scan', 'hf://acme/xet', '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    expect(r.files.map(f => f.status)).toEqual(['ok', 'ok'])
  })

  it('a gated repo without a token is one remote-unreadable finding (401), with a wrong token 403; other targets still scanned', async () => {
    const none = await cli(['scan', 'hf://acme/gated', 'hf://acme/xet', '--format', 'json', '--no-config'], { HF_ENDPOINT: hub.hubUrl })
    expect(none.code).toBe(1)
    const r = JSON.parse(none.out) as ScanReport
    const unreadable = r.findings.filter(f => f.ruleId === 'remote-unreadable')
    expect(unreadable).toHaveLength(1)
    expect(unreadable[0]).toMatchObject({ severity: 'error', path: 'hf://acme/gated' })
    expect(unreadable[0].message).toMatch(/HTTP 401.*no token/)
    expect(r.files).toHaveLength(2)
    const wrong = JSON.parse((await cli(['scan', 'hf://acme/gated', '--format', 'json', '--no-config'], { HF_ENDPOINT: hub.hubUrl, HF_TOKEN: 'hf_wrong' })).out) as ScanReport
    expect(wrong.findings.map(f => f.ruleId)).toEqual(['remote-unreadable'])
    expect(wrong.findings[0].message).toMatch(/HTTP 403/)
    const ok = JSON.parse((await cli(['scan', 'hf://acme/gated/broken', '--format', 'json', '--no-config', '--fail-on', 'never'], hubEnv())).out) as ScanReport
    expect(ok.files).toHaveLength(2)
  })

  it('an unknown repo or revision is remote-unreadable, not a crash', async () => {
    const r = await cli(['scan', 'hf://acme/nope', 'hf://acme/xet@no-such-branch', 'hf://bad spec', '--format', 'json', '--no-config'], hubEnv())
    expect(r.code).toBe(1)
    const rep = JSON.parse(r.out) as ScanReport
    expect(rep.findings.map(f => f.ruleId)).toEqual(['remote-unreadable', 'remote-unreadable', 'remote-unreadable'])
  })

  it('waits out 429 with Retry-After on the API and on storage', async () => {
    hub.throttle.set('/api/models/acme/xet/revision/main', '1')
    hub.throttle.set('/repos/', '1')
    const t0 = Date.now()
    const before = hub.requests.length
    const r = JSON.parse((await cli(['scan', 'hf://acme/xet', '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900)
    expect(r.findings).toEqual([])
    expect(r.files.map(f => f.status)).toEqual(['ok', 'ok'])
    const reqs = hub.requests.slice(before)
    expect(reqs.filter(q => q.url.startsWith('/api/models/acme/xet/revision/main')).map(q => q.status)).toEqual([429, 200])
    const storage = reqs.filter(q => q.server === 'storage').map(q => q.status)
    expect(storage[0]).toBe(429)
    expect(storage.slice(1).every(s => s === 206)).toBe(true)
  })

  it('--deep downloads each file whole, checks it against the listed sha256, and the deep checks read it', async () => {
    hub.addRepo({ name: 'acme/nan', dir: join(EX, 'broken', 'tensor-nonfinite'), refs: { main: SHA_MAIN } })
    const before = hub.requests.length
    const r = JSON.parse((await cli(['scan', 'hf://acme/nan', '--deep', '--format', 'json', '--no-config', '--fail-on', 'never'], hubEnv())).out) as ScanReport
    expect(r.findings.map(f => [f.ruleId, f.path])).toEqual([['tensor-nonfinite', `hf://acme/nan@${SHA_MAIN}/adapter_model.safetensors`]])
    // The safetensors file is LFS (storage, whole, no token); the config is served by the Hub itself, once.
    const reqs = hub.requests.slice(before)
    const storage = reqs.filter(q => q.server === 'storage')
    expect(storage).toHaveLength(1)
    expect(storage[0].headers.range).toBeUndefined()
    expect(storage[0].headers.authorization).toBeUndefined()
    expect(reqs.filter(q => q.url.includes('/resolve/'))).toHaveLength(2)
    expect(LOCAL_COPIES.size).toBe(0)
    hub.addRepo({ name: 'acme/tampered', dir: join(EX, 'broken', 'tensor-nonfinite'), refs: { main: SHA_MAIN }, sha256: { 'adapter_model.safetensors': '0'.repeat(64) } })
    const t = JSON.parse((await cli(['scan', 'hf://acme/tampered', '--deep', '--format', 'json', '--no-config', '--fail-on', 'never'], hubEnv())).out) as ScanReport
    const bad = t.findings.find(f => f.path.endsWith('adapter_model.safetensors'))
    expect(bad?.ruleId).toBe('file-unreadable')
    expect(bad?.message).toMatch(/does not match the Hub's LFS oid 0{64}/)
  })

  it('parses hf:// specs strictly', () => {
    expect(parseHubSpec('hf://a/b')).toEqual({ owner: 'a', repo: 'b' })
    expect(parseHubSpec('hf://a/b@refs%2Fpr%2F1/x/y')).toEqual({ owner: 'a', repo: 'b', revision: 'refs/pr/1', path: 'x/y' })
    expect(parseHubSpec('hf://a/b@v1/')).toEqual({ owner: 'a', repo: 'b', revision: 'v1' })
    expect(parseHubSpec('hf://a')).toBeUndefined()
    expect(parseHubSpec('hf://a/b/../c')).toBeUndefined()
  })
})

describe('HTTP range source', () => {
  it('retries storage 429 honouring Retry-After, caches blocks, and answers 416 past the end with no bytes', async () => {
    // The stand-in's resolve endpoint for a small non-LFS file serves it directly with Range.
    const url = `${hub.hubUrl}/acme/xet/resolve/${SHA_MAIN}/adapter_config.json`
    hub.throttle.set(`/acme/xet/resolve/${SHA_MAIN}/adapter_config.json`, '1')
    const src = new HttpRangeSource({ url, size: 1199, retryBaseMs: 10 })
    const a = await src.read(0, 16)
    expect(new TextDecoder().decode(a)).toBe('{\n  "alora_invoc')
    const b = await src.read(100, 50)
    expect(b.length).toBe(50)
    expect(src.requests).toBe(2) // the 429 and the retry; the second read came from the cache
    // Declared larger than it is: the server answers 416 and the read is empty, not an error.
    const over = new HttpRangeSource({ url, size: 10_000_000, blockBytes: 4096 })
    expect((await over.read(5_000_000, 10)).length).toBe(0)
    expect(hub.requests.at(-1)?.status).toBe(416)
  })

  it('a storage host ignoring Range is read up to what the readers need and reported (remote-range-ignored)', async () => {
    const plain = await HubStandIn.start({ token: TOKEN, storageIgnoresRange: true })
    try {
      plain.addRepo({ name: 'acme/llama-lora', dir: repoDir, refs: { main: SHA_MAIN } })
      const r = JSON.parse((await cli(['scan', 'hf://acme/llama-lora/big', '--format', 'json', '--no-config', '--fail-on', 'never'], { HF_ENDPOINT: plain.hubUrl })).out) as ScanReport
      const ignored = r.findings.filter(f => f.ruleId === 'remote-range-ignored')
      expect(ignored.map(f => f.path.slice(f.path.lastIndexOf('/') + 1))).toEqual(['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors'])
      expect(ignored[0].severity).toBe('warning')
      expect(r.summary.bytesRead).toBeLessThan(1024 * 1024)
      expect(r.findings.filter(f => f.ruleId !== 'remote-range-ignored')).toEqual([])
      // Past the limit for such servers the read fails (the file becomes file-unreadable), it is never downloaded whole.
      const url = `${plain.hubUrl}/acme/llama-lora/resolve/${SHA_MAIN}/big/model-00002-of-00002.safetensors`
      const src = new HttpRangeSource({ url, size: 2.5 * GIB + 4096, noRangeLimit: 64 * 1024 })
      await expect(src.read(1024 * 1024, 16)).rejects.toThrow(/ignores Range requests, and reading byte \d+ would download more than 65536 bytes/)
      expect(src.bytesRead).toBe(0)
    } finally {
      await plain.close()
    }
  })
})

describe('adapter-base-mismatch with a Hub base', () => {
  it('fires for the wrong size read from the Hub by headers only, silent for the right one', async () => {
    const adapter = join(FIX, 'adapters', 'llama-32-lora')
    const wrong = JSON.parse((await cli(['scan', adapter, '--base', 'hf://acme/tiny-llama-48', '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    const hits = wrong.findings.filter(f => f.ruleId === 'adapter-base-mismatch')
    expect(hits).toHaveLength(1)
    expect(hits[0].message).toContain(`hf://acme/tiny-llama-48@${SHA_MAIN}`)
    expect(hits[0].message).toContain('size mismatch for base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight: copying a param with shape [4, 32] from checkpoint, the shape in current model is [4, 48]')
    const right = JSON.parse((await cli(['scan', adapter, '--base', 'hf://acme/tiny-llama-32', '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    expect(right.findings).toEqual([])
  })

  it('--remote-base reads base_model_name_or_path from the Hub; a gated base without a token is remote-unreadable', async () => {
    const dir = join(root, 'remote-base')
    mkdirSync(dir, { recursive: true })
    copyFileSync(join(FIX, 'adapters', 'llama-32-lora', 'adapter_model.safetensors'), join(dir, 'adapter_model.safetensors'))
    const cfg = JSON.parse(readFileSync(join(FIX, 'adapters', 'llama-32-lora', 'adapter_config.json'), 'utf8'))
    writeFileSync(join(dir, 'adapter_config.json'), JSON.stringify({ ...cfg, base_model_name_or_path: 'acme/tiny-llama-48' }))
    const off = JSON.parse((await cli(['scan', dir, '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    expect(off.findings).toEqual([])
    const on = JSON.parse((await cli(['scan', dir, '--remote-base', '--format', 'json', '--no-config'], hubEnv())).out) as ScanReport
    expect(on.findings.map(f => f.ruleId)).toEqual(['adapter-base-mismatch'])
    hub.addRepo({ name: 'acme/gated-base', dir: join(FIX, 'bases', 'llama-32'), refs: { main: SHA_MAIN }, gated: true })
    writeFileSync(join(dir, 'adapter_config.json'), JSON.stringify({ ...cfg, base_model_name_or_path: 'acme/gated-base' }))
    const gated = JSON.parse((await cli(['scan', dir, '--remote-base', '--format', 'json', '--no-config'], { HF_ENDPOINT: hub.hubUrl })).out) as ScanReport
    expect(gated.findings.map(f => [f.ruleId, f.severity])).toEqual([['remote-unreadable', 'note']])
  })
})
