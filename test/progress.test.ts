// Progress on stderr (issue #13): nothing in the first second, redrawn in place on a terminal,
// at most one line every few seconds without one, never on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { LOG_INTERVAL_MS, PROGRESS_DELAY_MS, Progress, TTY_REDRAW_MS, formatBytes, progressLine } from '../src/report/progress.js'
import { assemble } from './helpers/safetensors-writer.js'

const state = (filesDone: number, bytesDone: number) => ({ filesDone, filesTotal: 10, bytesDone, bytesTotal: 10 * 1024 ** 3 })

function run(tty: boolean, times: number[]): string[] {
  let now = 0
  const out: string[] = []
  const p = new Progress('scan', { tty, write: s => out.push(s), now: () => now })
  times.forEach((t, i) => {
    now = t
    p.update(state(i + 1 > 10 ? 10 : i + 1, (i + 1 > 10 ? 10 : i + 1) * 1024 ** 3))
  })
  p.done()
  return out
}

describe('progress renderer', () => {
  it('formats files and bytes against the totals', () => {
    expect(progressLine('deep scan', state(3, 3 * 1024 ** 3))).toBe('adapter-guard: deep scan 3/10 files, 3.0 GiB/10.0 GiB (30%)')
    expect(progressLine('convert', { filesDone: 0, filesTotal: 0, bytesDone: 512, bytesTotal: 2048 })).toBe('adapter-guard: convert 512 B/2.0 KiB (25%)')
    expect(formatBytes(1536 * 1024)).toBe('1.5 MiB')
  })

  it('shows nothing for work that ends within the first second', () => {
    expect(run(true, [10, 200, PROGRESS_DELAY_MS - 1])).toEqual([])
    expect(run(false, [10, 200, PROGRESS_DELAY_MS - 1])).toEqual([])
  })

  it('on a terminal: redrawn in place, throttled, the last state drawn, then erased', () => {
    const out = run(true, [1000, 1010, 1050, 1200, 1250, 1400, 1401, 1402, 1403, 1404])
    expect(out.every(s => s.startsWith('\r\x1b[K'))).toBe(true)
    expect(out.some(s => s.includes('\n'))).toBe(false)
    const drawn = out.slice(0, -1).map(s => s.slice(4))
    expect(drawn).toEqual([
      progressLine('scan', state(1, 1024 ** 3)),
      progressLine('scan', state(4, 4 * 1024 ** 3)),
      progressLine('scan', state(6, 6 * 1024 ** 3)),
      progressLine('scan', state(10, 10 * 1024 ** 3))
    ])
    expect(out[out.length - 1]).toBe('\r\x1b[K')
    expect(TTY_REDRAW_MS).toBeLessThanOrEqual(250)
  })

  it('without a terminal: whole lines, at most one every LOG_INTERVAL_MS, the end not forced', () => {
    const t = [1000, 2000, 3000, 5999, 6000, 7000, 11_000, 11_001, 11_002, 11_003]
    const out = run(false, t)
    expect(out).toEqual([progressLine('scan', state(1, 1024 ** 3)) + '\n', progressLine('scan', state(5, 5 * 1024 ** 3)) + '\n', progressLine('scan', state(7, 7 * 1024 ** 3)) + '\n'])
    expect(LOG_INTERVAL_MS).toBeGreaterThanOrEqual(2000)
  })
})

describe('progress from the built CLI', () => {
  const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js')
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ag-progress-'))
    // A deep scan that takes more than a second: 3 GiB of F32 zeros, sparse (no disk used).
    const size = 1536 * 1024 ** 2
    for (const name of ['a', 'b']) {
      const head = assemble(JSON.stringify({ w: { dtype: 'F32', shape: [size / 4 / 1024, 1024], data_offsets: [0, size] } }).padEnd(80, ' '))
      const fd = openSync(join(dir, `${name}.safetensors`), 'w')
      writeSync(fd, head)
      ftruncateSync(fd, head.length + size)
      closeSync(fd)
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('no terminal: --format json stdout stays pure JSON, the progress line is on stderr', () => {
    const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--deep', '--format', 'json', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).summary.files).toBe(2)
    expect(r.stdout).not.toContain('adapter-guard: deep scan')
    const lines = r.stderr.split('\n').filter(l => l.startsWith('adapter-guard: deep scan'))
    expect(lines.length).toBeGreaterThanOrEqual(1)
    expect(r.stderr).not.toContain('\r')
  }, 120_000)

  it.skipIf(!existsSync('/usr/bin/script'))('pseudo-terminal (script -qc): redrawn in place with \\r and an erase, the report file untouched', () => {
    // Outside the scanned tree: every file there is sniffed and counted in the progress line.
    const log = join(mkdtempSync(join(tmpdir(), 'ag-tty-')), 'tty.log')
    const cmd = `${process.execPath} ${CLI} scan . --deep --fail-on never --format json --output report.json`
    const r = spawnSync('script', ['-qec', cmd, log], { cwd: dir, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    const tty = readFileSync(log, 'utf8')
    expect(tty).toMatch(/\r\x1b\[Kadapter-guard: deep scan \d\/2 files, [\d.]+ GiB\/3\.0 GiB \(\d+%\)/)
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.files).toBe(2)
  }, 120_000)
})
