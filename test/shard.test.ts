// Scale-out (issue #13): `--shard I/N` splits the files deterministically, balanced by bytes, never
// splitting a directory; the union of the N shards is the unsharded scan finding for finding, and
// `adapter-guard merge` turns the shard reports back into the unsharded report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scan, compareFindings, type ScanOptions } from '../src/engine/scan.js'
import { mergeReports } from '../src/engine/merge.js'
import { hashShard, parseShard, planShards, shardUnit } from '../src/engine/shard.js'
import type { ScanReport } from '../src/types.js'
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js'

const REPO = resolve(import.meta.dirname, '..')
const CLI = join(REPO, 'dist', 'cli.js')
/** Real examples and fixtures: broken adapters whose findings are cross-file (config vs weights, shard indexes). */
const TREE: ScanOptions = { root: REPO, targets: ['examples', 'test/fixtures'], failOn: 'error' }

const key = (r: ScanReport) => ({ files: JSON.stringify(r.files), findings: JSON.stringify(r.findings) })

describe('shard planning', () => {
  it('parses I/N and refuses the rest', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/3', '4/3', '1/0', '1/257', 'a/b', '2', '1/2/3', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/shard/)
  })

  it('files no checkpoint is named like (a log an earlier step wrote) never move a checkpoint directory', () => {
    const ckpt = Array.from({ length: 12 }, (_, i) => ({ rel: `a${i}/adapter_model.safetensors`, size: (i + 1) * 1000 }))
    const weighs = (rel: string) => rel.endsWith('.safetensors')
    const clean = planShards(ckpt, 3, weighs)
    const noisy = planShards([...ckpt, { rel: 'logs/build.log', size: 50_000_000 }, { rel: 'a3/notes.txt', size: 9_000_000 }], 3, weighs)
    for (const f of ckpt) expect(noisy.shardOf.get(shardUnit(f.rel))).toBe(clean.shardOf.get(shardUnit(f.rel)))
    expect(noisy.shardOf.has('logs')).toBe(false)
    expect(hashShard('logs', 3)).toBe(hashShard('logs', 3))
  })

  it('keeps every directory whole, is deterministic, and balances bytes', () => {
    const files = [
      ...Array.from({ length: 40 }, (_, i) => ({ rel: `a${i}/adapter_model.safetensors`, size: (i + 1) * 1000_000 })),
      ...Array.from({ length: 40 }, (_, i) => ({ rel: `a${i}/adapter_config.json`, size: 500 })),
      { rel: 'top.bin', size: 5 }
    ]
    const plan = planShards(files, 4)
    expect(planShards([...files].reverse(), 4).shardOf).toEqual(plan.shardOf)
    for (const f of files) expect(plan.shardOf.get(shardUnit(f.rel))).toBeGreaterThanOrEqual(1)
    const [lo, hi] = [Math.min(...plan.loads), Math.max(...plan.loads)]
    // Longest-processing-time rule: within one directory's weight of each other.
    expect(hi - lo).toBeLessThanOrEqual(40 * 1000_000 + 2 * 128 * 1024)
    expect(shardUnit('a/b.zip!/c/d.bin')).toBe('a')
  })
})

describe('the union of N shards is the unsharded scan', () => {
  let whole: ScanReport
  beforeAll(async () => {
    whole = (await scan(TREE)).report
    expect(whole.summary.files).toBeGreaterThan(100)
    expect(whole.findings.length).toBeGreaterThan(50)
  }, 120_000)

  for (const n of [1, 2, 7]) {
    it(`N = ${n}`, async () => {
      const parts: ScanReport[] = []
      for (let i = 1; i <= n; i++) parts.push((await scan({ ...TREE, shard: { index: i, count: n } })).report)
      for (const [i, p] of parts.entries()) expect(p.shard).toEqual({ index: i + 1, count: n })
      // No file in two shards, no directory split.
      const dirs = parts.map(p => new Set(p.files.map(f => shardUnit(f.path))))
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) for (const d of dirs[a]) expect(dirs[b].has(d), d).toBe(false)
      const union = {
        files: JSON.stringify(parts.flatMap(p => p.files).sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))),
        findings: JSON.stringify(parts.flatMap(p => p.findings).sort(compareFindings))
      }
      expect(union).toEqual(key(whole))
      if (n > 1) expect(parts.filter(p => p.files.length > 0).length).toBe(n)
      // The merged report is the unsharded one, plus `merged` (documented in the README).
      const { report, missing } = mergeReports(parts)
      expect(missing).toEqual([])
      const { merged, ...rest } = report
      expect(merged).toEqual({ count: n, shards: Array.from({ length: n }, (_, i) => i + 1), missing: [] })
      expect(rest).toEqual(whole)
    }, 240_000)
  }

  it.skipIf(!HAS_CORPUS)('real corpus, N = 3: the merged report is the unsharded one', async () => {
    const opts: ScanOptions = { root: CORPUS, failOn: 'error' }
    const full = (await scan(opts)).report
    const parts = await Promise.all([1, 2, 3].map(async i => (await scan({ ...opts, shard: { index: i, count: 3 } })).report))
    const { merged: _m, ...rest } = mergeReports(parts).report
    expect(rest).toEqual(full)
  }, 240_000)
})

describe('adapter-guard merge (dist/cli.js)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ag-merge-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' })

  it('merges shard reports written by --shard into the unsharded JSON, and names a missing shard', () => {
    const whole = cli(['scan', 'examples', '--format', 'json'])
    expect(whole.status).toBe(1)
    const files = [1, 2, 3].map(i => {
      const r = cli(['scan', 'examples', '--shard', `${i}/3`, '--format', 'json', '--output', join(dir, `s${i}.json`)])
      expect(r.status, r.stderr).not.toBe(2)
      return join(dir, `s${i}.json`)
    })
    const merged = cli(['merge', ...files, '--format', 'json'])
    expect(merged.status).toBe(1)
    const { merged: info, ...rest } = JSON.parse(merged.stdout) as ScanReport
    expect(info).toEqual({ count: 3, shards: [1, 2, 3], missing: [] })
    expect(rest).toEqual(JSON.parse(whole.stdout))

    const sarif = cli(['merge', ...files, '--format', 'sarif'])
    expect(JSON.parse(sarif.stdout).runs[0].results.length).toBe(rest.findings.filter(f => !f.suppressed).length)

    const partial = cli(['merge', files[0], files[2]])
    expect(partial.status).toBe(2)
    expect(partial.stderr).toMatch(/1 of 3 shard report\(s\) missing \(2\/3\)/)
    expect(partial.stdout).toMatch(/MISSING 2\/3/)

    writeFileSync(join(dir, 'bad.json'), '{"not":"a report"}')
    const bad = cli(['merge', join(dir, 'bad.json')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/not an adapter-guard JSON report/)
    expect(cli(['scan', 'examples', '--shard', '3/2']).status).toBe(2)
  }, 120_000)
})
