// `npm run bench`: builds each corpus in a temp dir (sparse files), then per case measures the engine in
// a child process and the CLI started cold (`node dist/cli.js scan DIR --format json`): files/s, bytes
// read, wall time and peak RSS, printed as a table and as JSON (`--json FILE` to save it). Not a test:
// targets are reported, never asserted. Options: --scale 0.1 (smaller corpora), --case a-shards (repeatable),
// --reps 7 (alternated runs per process in the real-corpus and start-up cases; medians reported),
// --baseline OLD/dist/cli.js (another build's CLI, alternated with this one on every case: same load),
// --profile (a CPU profile of one CLI run on the real corpus, top functions by self time).
//
// Issue #13 cases: `real-corpus` hard-links the .bin and .safetensors adapters of ../shared/corpus
// into 850+ files and runs, alternately, the floor process (walk, open, read first and last 64 KiB,
// close) and the CLI on that tree; `startup` runs `node -e 0` and the CLI on an empty directory;
// `threads` runs the CLI on the real corpus hard-linked to 3,456 files with --workers 0 and 2 (the
// evidence behind the pool's policy, src/engine/pool.ts), and with `auto` where that differs.
// The machine may be shared: load averages are printed with the numbers, and system-call counts
// (strace, when installed) do not depend on load.
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { buildRealCorpus, CORPUS } from './bench/real-corpus.mjs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)))
const CACHE = join(REPO, 'node_modules', '.cache', 'adapter-guard-bench')
const CLI = join(REPO, 'dist', 'cli.js')
const GB = 1024 ** 3
const MB = 1024 ** 2
/** The issue's targets, reported beside each number. */
const TARGETS = {
  'a-shards': { wallMs: 2000, peakRss: 150 * MB },
  'd-deep': { bytesPerSecond: GB },
  // "at disk speed with flat memory": flat is taken as the scan's 150 MB budget.
  'e-convert': { peakRss: 150 * MB },
  // Issue 15: code lint may add under a second to a repository of 10,000 Python files that never mention PEFT.
  'f-python': { extraWallMs: 1000 }
}
const CASES = ['real-corpus', 'startup', 'threads', 'a-shards', 'b-bin-adapters', 'b-bin-10MB', 'b-bin-10GB', 'c-monorepo', 'd-deep', 'e-convert', 'f-python']
const FLOOR = join(REPO, 'scripts', 'bench', 'floor.mjs')
/** Files of the `threads` case: four copies of the real-corpus tree, past the pool's auto threshold. */
const THREADS_FILES = 3400
const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const load = () => loadavg().map(x => x.toFixed(2)).join(' ')
/** User + system CPU time of a measured run (GNU time's report), in ms: steadier than wall time on a shared machine. */
const cpuMs = r => {
  const u = /User time \(seconds\): ([\d.]+)/.exec(r.stderr)
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr)
  return u && sys ? Math.round((Number(u[1]) + Number(sys[1])) * 1000) : undefined
}
const medianCpu = rs => (rs.every(r => cpuMs(r) !== undefined) ? Math.round(median(rs.map(cpuMs))) : undefined)

/** System calls of one run (strace -f): files opened, reads made and bytes they returned. */
function syscalls(argv, cwd) {
  const log = join(tmpdir(), `ag-strace-${process.pid}.log`)
  const r = spawnSync('strace', ['-f', '-qq', '-e', 'trace=openat,read,pread64', '-o', log, process.execPath, ...argv], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  if (r.error || !existsSync(log)) return undefined
  const out = { opens: 0, reads: 0, readBytes: 0 }
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const m = /(openat|pread64|read)\(.*\)\s+=\s+(-?\d+)/.exec(line)
    if (!m) continue
    if (m[1] === 'openat') out.opens++
    else if (Number(m[2]) >= 0) {
      out.reads++
      out.readBytes += Number(m[2])
    }
  }
  rmSync(log, { force: true })
  return out
}

/** Top functions by self time in a CPU profile written by `node --cpu-prof`. */
function profileSummary(dir, top = 12) {
  const f = readdirSync(dir).find(x => x.endsWith('.cpuprofile'))
  const p = JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const byId = new Map(p.nodes.map(n => [n.id, n]))
  const self = new Map()
  p.samples.forEach((id, i) => {
    const n = byId.get(id)
    const k = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? n.callFrame.url.split('/').pop() + ':' + (n.callFrame.lineNumber + 1) : ''}`.trim()
    self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000)
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return { totalMs: Math.round(total), top: [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: +(ms / total).toFixed(3) })) }
}

/** Runs two commands alternately `reps` times (after one warm-up each); medians and all samples. */
function alternate(reps, a, b) {
  a()
  b()
  const xs = []
  const ys = []
  for (let i = 0; i < reps; i++) {
    xs.push(a())
    ys.push(b())
  }
  return [xs, ys]
}

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
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, case: { type: 'string', multiple: true }, json: { type: 'string' }, reps: { type: 'string', default: '7' }, baseline: { type: 'string' }, profile: { type: 'boolean' } } })
  const reps = Math.max(1, Number(values.reps))
  const baseline = values.baseline ? resolve(values.baseline) : undefined
  const scale = Number(values.scale)
  const cases = values.case ?? CASES
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first')
  const { buildCorpus } = await import(pathToFileURL(await bundle('scripts/bench/corpus.ts', 'corpus.mjs')).href)
  const { measureNode } = await import(pathToFileURL(await bundle('test/fuzz/peak-rss.ts', 'peak-rss.mjs')).href)
  const runCase = await bundle('scripts/bench/run-case.ts', 'run-case.mjs')
  const results = []
  const work = mkdtempSync(join(tmpdir(), 'ag-bench-'))
  const loadAtStart = load()
  try {
    for (const name of cases) {
      const dir = join(work, name)
      if (name === 'real-corpus') {
        const built = buildRealCorpus(dir)
        if (!built) {
          console.error(`real-corpus: SKIPPED: the shared corpus (${CORPUS}/MANIFEST.tsv) is absent, so there is no real-corpus number in this run.`)
          results.push({ case: name, absent: true, corpus: `absent: ${CORPUS}` })
          continue
        }
        const args = ['scan', '.', '--format', 'json', '--fail-on', 'never']
        const loadBefore = load()
        const [floors, clis] = alternate(reps, () => measureNode(FLOOR, ['.'], dir), () => measureNode(CLI, args, dir))
        const base = baseline ? alternate(reps, () => measureNode(CLI, args, dir), () => measureNode(baseline, args, dir))[1] : undefined
        const report = JSON.parse(clis[clis.length - 1].stdout)
        const floorOut = JSON.parse(floors[floors.length - 1].stdout)
        const cliMs = median(clis.map(r => r.wallMs))
        const floorMs = median(floors.map(r => r.wallMs))
        const row = {
          case: name,
          corpus: `${built.perCopy} files of ../shared/corpus (.bin and .safetensors adapters with their configs) hard-linked ${built.copies} times${built.copied ? ` (${built.copied} copied: no hard links here)` : ''}`,
          files: report.summary.files,
          logicalBytes: floorOut.bytesRead,
          reps,
          load: { before: loadBefore, after: load() },
          cli: { wallMs: Math.round(cliMs), cpuMs: medianCpu(clis), samplesMs: clis.map(r => Math.round(r.wallMs)), filesPerSecond: Math.round(report.summary.files / (cliMs / 1000)), bytesRead: report.summary.bytesRead, peakRss: Math.max(...clis.map(r => r.peakRss)) },
          floor: { wallMs: Math.round(floorMs), cpuMs: medianCpu(floors), samplesMs: floors.map(r => Math.round(r.wallMs)), bytesRead: floorOut.bytesRead, peakRss: Math.max(...floors.map(r => r.peakRss)) },
          ratio: +(cliMs / floorMs).toFixed(2),
          target: { ratio: 1.5, peakRss: 150 * MB }
        }
        if (base) row.baseline = { wallMs: Math.round(median(base.map(r => r.wallMs))), cpuMs: medianCpu(base), samplesMs: base.map(r => Math.round(r.wallMs)) }
        row.target.met = row.ratio <= 1.5 && row.cli.peakRss < 150 * MB
        row.syscalls = { cli: syscalls([CLI, ...args], dir), floor: syscalls([FLOOR, '.'], dir) }
        if (values.profile) {
          const pdir = join(work, 'profile')
          mkdirSync(pdir, { recursive: true })
          spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', pdir, CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * MB })
          row.profile = profileSummary(pdir)
        }
        results.push(row)
        console.error(`${name}: ${row.files} files; CLI ${row.cli.wallMs} ms (median of ${reps}), floor ${row.floor.wallMs} ms: ${row.ratio}x${base ? `; baseline CLI ${row.baseline.wallMs} ms` : ''}; CLI peak RSS ${fmtBytes(row.cli.peakRss)}; load ${row.load.before} -> ${row.load.after}`)
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      if (name === 'threads') {
        const built = buildRealCorpus(dir, THREADS_FILES)
        if (!built) {
          console.error(`threads: SKIPPED: the shared corpus (${CORPUS}/MANIFEST.tsv) is absent.`)
          results.push({ case: name, absent: true, corpus: `absent: ${CORPUS}` })
          continue
        }
        const loadBefore = load()
        const args = w => ['scan', '.', '--format', 'json', '--fail-on', 'never', '--workers', w]
        const [one, two] = alternate(reps, () => measureNode(CLI, args('0'), dir), () => measureNode(CLI, args('2'), dir))
        const same = one[0].stdout === two[0].stdout
        const summary = rs => ({ wallMs: Math.round(median(rs.map(r => r.wallMs))), cpuMs: medianCpu(rs), samplesMs: rs.map(r => Math.round(r.wallMs)), peakRss: Math.max(...rs.map(r => r.peakRss)) })
        const row = {
          case: name,
          corpus: `${built.perCopy} files of ../shared/corpus hard-linked ${built.copies} times; the CLI with --workers 0 and --workers 2 (${cpus().length} cores here)`,
          files: JSON.parse(one[0].stdout).summary.files,
          reps,
          load: { before: loadBefore, after: load() },
          cli: summary(one),
          threads2: summary(two),
          sameReport: same
        }
        row.ratio = +(row.threads2.wallMs / row.cli.wallMs).toFixed(2)
        results.push(row)
        console.error(`${name}: ${row.files} files; one thread ${row.cli.wallMs} ms (CPU ${row.cli.cpuMs} ms, ${fmtBytes(row.cli.peakRss)}), two threads ${row.threads2.wallMs} ms (CPU ${row.threads2.cpuMs} ms, ${fmtBytes(row.threads2.peakRss)}): ${row.ratio}x; same report: ${same}; load ${row.load.before} -> ${row.load.after}`)
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      if (name === 'startup') {
        mkdirSync(dir, { recursive: true })
        const loadBefore = load()
        const [nodes, clis] = alternate(reps, () => measureNode(join(REPO, 'scripts', 'bench', 'noop.mjs'), [], dir), () => measureNode(CLI, ['scan', '.', '--format', 'json'], dir))
        const base = baseline ? alternate(reps, () => measureNode(CLI, ['scan', '.', '--format', 'json'], dir), () => measureNode(baseline, ['scan', '.', '--format', 'json'], dir))[1] : undefined
        const row = {
          case: name,
          corpus: 'an empty directory: `adapter-guard scan .` against `node -e 0`',
          files: 0,
          logicalBytes: 0,
          reps,
          load: { before: loadBefore, after: load() },
          cli: { wallMs: Math.round(median(clis.map(r => r.wallMs))), cpuMs: medianCpu(clis), samplesMs: clis.map(r => Math.round(r.wallMs)), peakRss: Math.max(...clis.map(r => r.peakRss)) },
          floor: { wallMs: Math.round(median(nodes.map(r => r.wallMs))), cpuMs: medianCpu(nodes), samplesMs: nodes.map(r => Math.round(r.wallMs)), peakRss: Math.max(...nodes.map(r => r.peakRss)) }
        }
        row.ratio = +(row.cli.wallMs / row.floor.wallMs).toFixed(2)
        if (base) row.baseline = { wallMs: Math.round(median(base.map(r => r.wallMs))), cpuMs: medianCpu(base), samplesMs: base.map(r => Math.round(r.wallMs)) }
        row.syscalls = { cli: syscalls([CLI, 'scan', '.', '--format', 'json'], dir), floor: syscalls(['-e', '0'], dir) }
        results.push(row)
        console.error(`${name}: CLI on an empty dir ${row.cli.wallMs} ms, node -e 0 ${row.floor.wallMs} ms: ${row.ratio}x${base ? `; baseline CLI ${row.baseline.wallMs} ms` : ''}; load ${row.load.before} -> ${row.load.after}`)
        rmSync(dir, { recursive: true, force: true })
        continue
      }
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
      const cliArgs = ['scan', '.', '--format', 'json', '--fail-on', 'never', ...(deep ? ['--deep'] : [])]
      const cli = measureNode(CLI, cliArgs, dir)
      const cliReport = JSON.parse(cli.stdout)
      // Same case, same load: this CLI and the baseline build alternately, medians compared.
      const vs = baseline ? alternate(Math.min(reps, 3), () => measureNode(CLI, cliArgs, dir), () => measureNode(baseline, cliArgs, dir)) : undefined
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
      if (vs) row.baseline = { cliMedianMs: Math.round(median(vs[0].map(r => r.wallMs))), baselineMedianMs: Math.round(median(vs[1].map(r => r.wallMs))), cliCpuMs: medianCpu(vs[0]), baselineCpuMs: medianCpu(vs[1]), cliPeakRss: Math.max(...vs[0].map(r => r.peakRss)), baselinePeakRss: Math.max(...vs[1].map(r => r.peakRss)) }
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
  const out = { machine: machine(), load: { start: loadAtStart, end: load() }, scale, results }
  const special = results.filter(r => r.case === 'real-corpus' || r.case === 'startup')
  if (special.length > 0) {
    console.log(`Load average (1/5/15 min) at start ${out.load.start}, at end ${out.load.end}; medians of ${reps} alternated runs.\n`)
    console.log('| case | files | CLI wall | floor wall | ratio | CPU (user+sys) CLI / floor | CLI files/s | bytes read (report / syscalls) | reads, opens (CLI / floor) | CLI peak RSS | baseline CLI wall, CPU |')
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for (const r of special) {
      if (r.absent) {
        console.log(`| ${r.case} | corpus absent | | | | | | | | | |`)
        continue
      }
      const sc = r.syscalls?.cli && r.syscalls?.floor ? `${r.syscalls.cli.reads}, ${r.syscalls.cli.opens} / ${r.syscalls.floor.reads}, ${r.syscalls.floor.opens}` : 'n/a'
      const bytes = r.case === 'real-corpus' ? `${fmtBytes(r.cli.bytesRead)} / ${r.syscalls?.cli ? fmtBytes(r.syscalls.cli.readBytes) : 'n/a'} (floor ${fmtBytes(r.floor.bytesRead)})` : ''
      const cpu = r.cli.cpuMs !== undefined && r.floor.cpuMs !== undefined ? `${r.cli.cpuMs} / ${r.floor.cpuMs} ms (${(r.cli.cpuMs / r.floor.cpuMs).toFixed(2)}x)` : 'n/a'
      console.log(`| ${r.case} | ${r.files} | ${r.cli.wallMs} ms | ${r.floor.wallMs} ms | ${r.ratio}x | ${cpu} | ${r.cli.filesPerSecond ?? ''} | ${bytes} | ${sc} | ${fmtBytes(r.cli.peakRss)} | ${r.baseline ? `${r.baseline.wallMs} ms, ${r.baseline.cpuMs ?? 'n/a'} ms` : ''} |`)
    }
    for (const r of special) if (r.profile) console.log(`\nCPU profile of one CLI run on ${r.case} (${r.profile.totalMs} ms sampled), top self time:\n${r.profile.top.map(t => `  ${String(t.ms).padStart(5)} ms ${(100 * t.share).toFixed(1).padStart(5)}%  ${t.fn}`).join('\n')}\n`)
  }
  const threads = results.find(r => r.case === 'threads' && !r.absent)
  if (threads) {
    console.log('\n| threads case | files | --workers 0 wall | CPU | peak RSS | --workers 2 wall | CPU | peak RSS | ratio | same report |')
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|')
    console.log(`| threads | ${threads.files} | ${threads.cli.wallMs} ms | ${threads.cli.cpuMs ?? 'n/a'} ms | ${fmtBytes(threads.cli.peakRss)} | ${threads.threads2.wallMs} ms | ${threads.threads2.cpuMs ?? 'n/a'} ms | ${fmtBytes(threads.threads2.peakRss)} | ${threads.ratio}x | ${threads.sameReport} |\n`)
  }
  const synthetic = results.filter(r => r.case !== 'real-corpus' && r.case !== 'startup' && r.case !== 'threads')
  console.log('| case | files | logical size | engine wall | files/s | bytes read | peak RSS | CLI cold wall | CLI peak RSS | target |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|')
  for (const r of synthetic) {
    const target = r.target ? (r.target.met ? 'met' : 'MISSED') : ''
    const extra = r.extraWallMs !== undefined ? ` (+${r.extraWallMs} ms over ${r.withoutCode.engineWallMs} ms without code lint)` : r.deepBytesPerSecond ? ` (${fmtBytes(r.deepBytesPerSecond)}/s)` : r.convertBytesPerSecond ? ` (${fmtBytes(r.convertBytesPerSecond)}/s; copy ${fmtBytes(r.plainCopyBytesPerSecond)}/s)` : ''
    console.log(`| ${r.case} | ${r.files} | ${fmtBytes(r.logicalBytes)} | ${r.engine.wallMs} ms${extra} | ${r.engine.filesPerSecond} | ${fmtBytes(r.engine.bytesRead)} | ${fmtBytes(r.engine.peakRss)} | ${r.cliCold.wallMs} ms | ${fmtBytes(r.cliCold.peakRss)} | ${target} |`)
  }
  if (baseline) {
    console.log('\n| case | this CLI wall (median) | baseline CLI wall (median) | CPU this / baseline | peak RSS this / baseline |')
    console.log('|---|---:|---:|---:|---:|')
    for (const r of synthetic) if (r.baseline) console.log(`| ${r.case} | ${r.baseline.cliMedianMs} ms | ${r.baseline.baselineMedianMs} ms | ${r.baseline.cliCpuMs ?? 'n/a'} / ${r.baseline.baselineCpuMs ?? 'n/a'} ms | ${fmtBytes(r.baseline.cliPeakRss)} / ${fmtBytes(r.baseline.baselinePeakRss)} |`)
  }
  console.log(JSON.stringify(out, null, 2))
  if (values.json) writeFileSync(values.json, JSON.stringify(out, null, 2) + '\n')
}

await main()
