// Worker threads (issue #13): the per-file work of a big scan is split over threads the way
// `--shard` splits it (directories whole) and joined the way `merge` joins shards. The report must
// be the single-threaded one, byte for byte, however many threads; a failed thread loses no file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { POOL_MIN_CORES, POOL_MIN_FILES, poolWidth, splitForPool } from '../src/engine/pool.js'
import { shardUnit } from '../src/engine/shard.js'
import { HAS_CORPUS } from './helpers/corpus.js'
// @ts-expect-error plain JS module of the bench
import { buildRealCorpus } from '../scripts/bench/real-corpus.mjs'

const REPO = resolve(import.meta.dirname, '..')
const CLI = join(REPO, 'dist', 'cli.js')
const run = (cli: string, args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })

describe('worker threads: policy and split', () => {
  it('auto uses threads only from POOL_MIN_CORES cores and POOL_MIN_FILES files worth opening, and a number is taken as asked', () => {
    expect(poolWidth(10, undefined, 16)).toBe(0)
    expect(poolWidth(POOL_MIN_FILES - 1, undefined, 16)).toBe(0)
    expect(poolWidth(POOL_MIN_FILES, undefined, POOL_MIN_CORES - 1)).toBe(0)
    expect(poolWidth(POOL_MIN_FILES, undefined, 4)).toBe(2)
    expect(poolWidth(POOL_MIN_FILES, undefined, 64)).toBe(4)
    expect(poolWidth(0, 3)).toBe(3)
    expect(poolWidth(100_000, 1)).toBe(0)
    expect(poolWidth(100_000, 0)).toBe(0)
  })

  it('never splits a directory and gives every file to exactly one part', () => {
    const files = Array.from({ length: 400 }, (_, i) => ({ rel: `d${i % 37}/f${i}.safetensors`, size: (i * 7919) % 100_000 }))
    files.push({ rel: 'logs/run.log', size: 9_000_000 })
    const parts = splitForPool(files, 3, rel => rel.endsWith('.safetensors'))
    expect(parts.flat().length).toBe(files.length)
    const owner = new Map<string, number>()
    parts.forEach((part, i) => {
      for (const f of part) {
        expect(owner.get(shardUnit(f.rel)) ?? i).toBe(i)
        owner.set(shardUnit(f.rel), i)
      }
    })
  })
})

describe('worker threads (dist/cli.js --workers)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ag-pool-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('gives the single-threaded JSON report, byte for byte, with 2 and 3 threads (header and deep scans)', () => {
    for (const extra of [[], ['--deep']]) {
      const args = ['scan', 'examples', 'test/fixtures', ...extra, '--format', 'json']
      const one = run(CLI, [...args, '--workers', '0'])
      expect(one.status, one.stderr).toBe(1)
      expect(JSON.parse(one.stdout).summary.files).toBeGreaterThan(500)
      for (const n of ['2', '3']) {
        const many = run(CLI, [...args, '--workers', n])
        expect(many.status, many.stderr).toBe(1)
        expect(many.stdout, `--workers ${n} ${extra.join(' ')}`).toBe(one.stdout)
      }
    }
  })

  it('targets named outside the working directory: the same report with threads (bases inside them are read in both)', () => {
    const args = ['scan', join(REPO, 'examples'), join(REPO, 'test', 'fixtures'), '--format', 'json']
    const one = spawnSync(process.execPath, [CLI, ...args, '--workers', '0'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    const many = spawnSync(process.execPath, [CLI, ...args, '--workers', '3'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    expect(one.stdout).toContain('adapter-base-mismatch')
    expect(many.stdout).toBe(one.stdout)
  })

  it('with --shard, only that shard is split over threads, and the shards still merge into the whole', () => {
    const whole = run(CLI, ['scan', 'examples', 'test/fixtures', '--format', 'json', '--workers', '0'])
    const reports = [1, 2].map(i => {
      const out = join(dir, `p${i}.json`)
      const r = run(CLI, ['scan', 'examples', 'test/fixtures', '--shard', `${i}/2`, '--workers', '2', '--format', 'json', '--output', out])
      expect(r.status, r.stderr).not.toBe(2)
      return out
    })
    const merged = run(CLI, ['merge', ...reports, '--format', 'json'])
    expect(merged.status, merged.stderr).toBe(1)
    const a = JSON.parse(whole.stdout)
    const b = JSON.parse(merged.stdout)
    expect(JSON.stringify(b.files)).toBe(JSON.stringify(a.files))
    expect(JSON.stringify(b.findings)).toBe(JSON.stringify(a.findings))
  })

  it('a part whose thread fails is scanned on the main thread: no file is lost', () => {
    // The bundle copied with a worker entry that dies at once.
    const broken = join(dir, 'dist')
    cpSync(join(REPO, 'dist'), broken, { recursive: true })
    writeFileSync(join(broken, 'scan-worker.js'), "throw new Error('worker start-up failed')\n")
    const args = ['scan', 'examples', 'test/fixtures', '--format', 'json']
    const one = run(CLI, [...args, '--workers', '0'])
    const many = run(join(broken, 'cli.js'), [...args, '--workers', '3'])
    expect(many.status, many.stderr).toBe(1)
    expect(many.stdout).toBe(one.stdout)
  })

  it('refuses a --workers value that is not a count', () => {
    for (const bad of ['-1', 'two', '65', '1.5']) {
      const r = run(CLI, ['scan', 'examples', `--workers=${bad}`])
      expect(r.status, bad).toBe(2)
      expect(r.stderr).toMatch(/--workers must be a number from 0 to 64 or auto/)
    }
  })

  it.skipIf(!HAS_CORPUS)('threads on the real corpus hard-linked past the auto threshold give the single-threaded report', () => {
    const tree = join(dir, 'corpus')
    const built = buildRealCorpus(tree, POOL_MIN_FILES + 100) as { files: number }
    expect(built.files).toBeGreaterThan(POOL_MIN_FILES)
    const one = run(CLI, ['scan', tree, '--format', 'json'])
    const auto = run(CLI, ['scan', tree, '--format', 'json', '--workers', '2'])
    expect(auto.status, auto.stderr).toBe(one.status)
    expect(auto.stdout).toBe(one.stdout)
  })
})
