// `npm run bench`: builds each corpus in a temp dir (sparse files), then per case measures the engine in
// a child process and the CLI started cold (`node dist/cli.js scan DIR --format json`): files/s, bytes
// read, wall time and peak RSS, printed as a table and as JSON (`--json FILE` to save it). Not a test:
// targets are reported, never asserted. Options: --scale 0.1 (smaller corpora), --case a-shards (repeatable).
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, freemem, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)))
const CACHE = join(REPO, 'node_modules', '.cache', 'adapter-guard-bench')
const CLI = join(REPO, 'dist', 'cli.js')
const GB = 1024 ** 3
const MB = 1024 ** 2
/** The targets, reported beside each number. */
const TARGETS = {
  'a-shards': { wallMs: 2000, peakRss: 150 * MB },
  'd-deep': { bytesPerSecond: GB },
  // "at disk speed with flat memory": flat is taken as the scan's 150 MB budget.
  'e-convert': { peakRss: 150 * MB },
  // Issue 15: code lint may add under a second to a repository of 10,000 Python files that never mention PEFT.
  'f-python': { extraWallMs: 1000 }
}
const CASES = ['a-shards', 'b-bin-adapters', 'b-bin-10MB', 'b-bin-10GB', 'c-monorepo', 'd-deep', 'e-convert', 'f-python']

async function bundle(entry, name) {
  const outfile = join(CACHE, name)
  await build({ entryPoints: [join(REPO, entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'warning' })
  return outfile
}

function machine() {
  const disk = (() => {
    try {
      return execFileSync('df', ['-h', '--output=source,fstype,size', tmpdir()], { encoding: 'utf8' }).trim().split('\n').pop().trim().replace(/\s+/g, ' ')
    } catch {
      return 'unknown'
    }
  })()
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memTotalGiB: +(totalmem() / GB).toFixed(1), memFreeGiB: +(freemem() / GB).toFixed(1), node: process.version, tmpdirDisk: disk }
}

/** f-python: rounds of with/without code lint, the best of each compared. */
const PYTHON_ROUNDS = 3

const fmtBytes = n => (n >= GB ? `${(n / GB).toFixed(2)} GiB` : n >= MB ? `${(n / MB).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`)

async function main() {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, case: { type: 'string', multiple: true }, json: { type: 'string' } } })
  const scale = Number(values.scale)
  const cases = values.case ?? CASES
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first')
  const { buildCorpus } = await import(pathToFileURL(await bundle('scripts/bench/corpus.ts', 'corpus.mjs')).href)
  const { measureNode } = await import(pathToFileURL(await bundle('test/fuzz/peak-rss.ts', 'peak-rss.mjs')).href)
  const runCase = await bundle('scripts/bench/run-case.ts', 'run-case.mjs')
  const results = []
  const work = mkdtempSync(join(tmpdir(), 'ag-bench-'))
  try {
    for (const name of cases) {
      const dir = join(work, name)
      const t0 = performance.now()
      const corpus = buildCorpus(name, dir, scale)
      const genMs = performance.now() - t0
      if (name === 'e-convert') {
        // Convert writes and then re-reads its output; disk speed is compared with a plain copy of the file.
        const copy = measureNode(join(REPO, 'scripts', 'bench', 'copy-file.mjs'), ['pytorch_model.bin', 'copy.bin'], dir)
        rmSync(join(dir, 'copy.bin'), { force: true })
        const conv = measureNode(CLI, ['convert', 'pytorch_model.bin', '--out', 'model.safetensors'], dir)
        const row = {
          case: name,
          corpus: corpus.description,
          files: 1,
          logicalBytes: corpus.bytes,
          engine: { wallMs: Math.round(conv.wallMs), filesPerSecond: 0, bytesRead: corpus.bytes, peakRss: conv.peakRss, processMs: Math.round(conv.wallMs) },
          cliCold: { wallMs: Math.round(conv.wallMs), filesPerSecond: 0, bytesRead: corpus.bytes, peakRss: conv.peakRss, exit: conv.status },
          convertBytesPerSecond: Math.round(corpus.bytes / (conv.wallMs / 1000)),
          plainCopyBytesPerSecond: Math.round(corpus.bytes / (copy.wallMs / 1000)),
          generateMs: Math.round(genMs)
        }
        row.target = { ...TARGETS[name], met: conv.status === 0 && conv.peakRss < TARGETS[name].peakRss }
        results.push(row)
        console.error(`${name}: convert ${row.engine.wallMs} ms (${fmtBytes(row.convertBytesPerSecond)}/s; plain copy ${fmtBytes(row.plainCopyBytesPerSecond)}/s), rss ${fmtBytes(conv.peakRss)}`)
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      if (name === 'f-python') {
        // The same tree scanned with and without code lint (engine in process, and the CLI cold with --no-code).
        // Alternating rounds, best of each: on a shared machine one run can be seconds off.
        measureNode(runCase, [dir, 'shallow'], dir)
        const rounds = { on: [], off: [], cliOn: [], cliOff: [] }
        for (let i = 0; i < PYTHON_ROUNDS; i++) {
          rounds.on.push(measureNode(runCase, [dir, 'shallow'], dir))
          rounds.off.push(measureNode(runCase, [dir, 'shallow', 'no-code'], dir))
          rounds.cliOn.push(measureNode(CLI, ['scan', '.', '--format', 'json', '--fail-on', 'never'], dir))
          rounds.cliOff.push(measureNode(CLI, ['scan', '.', '--format', 'json', '--fail-on', 'never', '--no-code'], dir))
        }
        const engineMs = m => JSON.parse(m.stdout.trim().split('\n').pop()).wallMs
        const best = (list, key) => list.reduce((a, b) => (key(b) < key(a) ? b : a))
        const withCode = best(rounds.on, engineMs)
        const withoutCode = best(rounds.off, engineMs)
        const cliOn = best(rounds.cliOn, m => m.wallMs)
        const cliOff = best(rounds.cliOff, m => m.wallMs)
        const on = JSON.parse(withCode.stdout.trim().split('\n').pop())
        const off = JSON.parse(withoutCode.stdout.trim().split('\n').pop())
        const extraWallMs = Math.round(on.wallMs - off.wallMs)
        const row = {
          case: name,
          corpus: corpus.description,
          files: on.files,
          logicalBytes: corpus.bytes,
          engine: { wallMs: Math.round(on.wallMs), filesPerSecond: Math.round(on.files / (on.wallMs / 1000)), bytesRead: on.bytesRead, peakRss: withCode.peakRss, processMs: Math.round(withCode.wallMs) },
          cliCold: { wallMs: Math.round(cliOn.wallMs), filesPerSecond: Math.round(on.files / (cliOn.wallMs / 1000)), bytesRead: on.bytesRead, peakRss: cliOn.peakRss, exit: cliOn.status },
          withoutCode: { engineWallMs: Math.round(off.wallMs), engineFiles: off.files, engineProcessMs: Math.round(withoutCode.wallMs), cliColdWallMs: Math.round(cliOff.wallMs) },
          extraWallMs,
          extraCliColdMs: Math.round(cliOn.wallMs - cliOff.wallMs),
          samples: { engineOnMs: rounds.on.map(m => Math.round(engineMs(m))), engineOffMs: rounds.off.map(m => Math.round(engineMs(m))), cliOnMs: rounds.cliOn.map(m => Math.round(m.wallMs)), cliOffMs: rounds.cliOff.map(m => Math.round(m.wallMs)) },
          findings: on.findings,
          generateMs: Math.round(genMs)
        }
        row.target = { ...TARGETS[name], met: extraWallMs < TARGETS[name].extraWallMs && Object.keys(on.findings).length === 0 }
        results.push(row)
        console.error(`${name}: engine ${row.engine.wallMs} ms with code lint, ${row.withoutCode.engineWallMs} ms without (+${extraWallMs} ms); cli ${row.cliCold.wallMs} / ${row.withoutCode.cliColdWallMs} ms`)
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      const deep = name === 'd-deep'
      // Warm the page cache once so both runs read the same way (sparse holes cost no I/O anyway).
      measureNode(runCase, [dir, deep ? 'deep' : 'shallow'], dir)
      const eng = measureNode(runCase, [dir, deep ? 'deep' : 'shallow'], dir)
      const engine = JSON.parse(eng.stdout.trim().split('\n').pop())
      const cli = measureNode(CLI, ['scan', '.', '--format', 'json', '--fail-on', 'never', ...(deep ? ['--deep'] : [])], dir)
      const cliReport = JSON.parse(cli.stdout)
      const row = {
        case: name,
        corpus: corpus.description,
        files: engine.files,
        logicalBytes: corpus.bytes,
        engine: { wallMs: Math.round(engine.wallMs), filesPerSecond: Math.round(engine.files / (engine.wallMs / 1000)), bytesRead: engine.bytesRead, peakRss: eng.peakRss, processMs: Math.round(eng.wallMs) },
        cliCold: { wallMs: Math.round(cli.wallMs), filesPerSecond: Math.round(cliReport.summary.files / (cli.wallMs / 1000)), bytesRead: cliReport.summary.bytesRead, peakRss: cli.peakRss, exit: cli.status },
        findings: engine.findings,
        generateMs: Math.round(genMs)
      }
      if (deep) row.deepBytesPerSecond = Math.round(corpus.bytes / (engine.wallMs / 1000))
      const t = TARGETS[name]
      if (t) row.target = { ...t, met: (t.wallMs === undefined || engine.wallMs < t.wallMs) && (t.peakRss === undefined || Math.max(eng.peakRss, cli.peakRss) < t.peakRss) && (t.bytesPerSecond === undefined || row.deepBytesPerSecond >= t.bytesPerSecond) }
      results.push(row)
      console.error(`${name}: engine ${row.engine.wallMs} ms, cli ${row.cliCold.wallMs} ms, rss ${fmtBytes(eng.peakRss)} / ${fmtBytes(cli.peakRss)}`)
      rmSync(dir, { recursive: true, force: true })
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  const out = { machine: machine(), scale, results }
  console.log('| case | files | logical size | engine wall | files/s | bytes read | peak RSS | CLI cold wall | CLI peak RSS | target |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|')
  for (const r of results) {
    const target = r.target ? (r.target.met ? 'met' : 'MISSED') : ''
    const extra = r.extraWallMs !== undefined ? ` (+${r.extraWallMs} ms over ${r.withoutCode.engineWallMs} ms without code lint)` : r.deepBytesPerSecond ? ` (${fmtBytes(r.deepBytesPerSecond)}/s)` : r.convertBytesPerSecond ? ` (${fmtBytes(r.convertBytesPerSecond)}/s; copy ${fmtBytes(r.plainCopyBytesPerSecond)}/s)` : ''
    console.log(`| ${r.case} | ${r.files} | ${fmtBytes(r.logicalBytes)} | ${r.engine.wallMs} ms${extra} | ${r.engine.filesPerSecond} | ${fmtBytes(r.engine.bytesRead)} | ${fmtBytes(r.engine.peakRss)} | ${r.cliCold.wallMs} ms | ${fmtBytes(r.cliCold.peakRss)} | ${target} |`)
  }
  console.log(JSON.stringify(out, null, 2))
  if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2) + '\n')
}

await main()
