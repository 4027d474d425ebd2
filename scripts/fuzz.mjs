// Long fuzz runs: `npm run fuzz -- --target safetensors --seconds 60` (targets: see test/fuzz/targets.ts,
// `all` by default). Each target runs in a worker with fresh random seeds until its time is up; a crash
// (shrunk) or a hang (the worker stops answering) is written to test/fuzz/regressions/<target>/.
// The TypeScript targets are bundled with esbuild first, so no TS loader is needed.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { createHash, randomInt } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { setInterval, clearInterval } from 'node:timers'

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)))
/** Inputs are mirrored into shared memory up to this size, so a hang can be saved after the worker is killed. */
const SHARED_INPUT_BYTES = 4 * 1024 * 1024
/** A worker that has not started a new input for this long is hung (targets flag inputs over 5 s themselves). */
const HANG_KILL_MS = 20_000
/** Runs per fast-check call: a new random seed after each batch. */
const BATCH_RUNS = 500

if (isMainThread) await main()
else await worker()

async function bundle() {
  const { build } = await import('esbuild')
  // Inside node_modules so that bare imports (fast-check) resolve from the repo.
  const out = join(REPO, 'node_modules', '.cache', 'adapter-guard-fuzz', 'targets.mjs')
  await build({
    stdin: {
      contents: "export { loadSeeds } from './test/fuzz/seeds.ts'\nexport { makeTarget, TARGET_NAMES } from './test/fuzz/targets.ts'\n",
      resolveDir: REPO,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: out,
    logLevel: 'warning'
  })
  return out
}

function save(target, kind, input, message) {
  const dir = join(REPO, 'test', 'fuzz', 'regressions', target)
  mkdirSync(dir, { recursive: true })
  const id = createHash('sha256').update(input).digest('hex').slice(0, 12)
  const file = join(dir, `${kind}-${id}.bin`)
  writeFileSync(file, input)
  writeFileSync(file.replace(/\.bin$/, '.txt'), `${message}\n`)
  console.log(`  ${kind.toUpperCase()} ${target}: saved ${file}\n    ${message.split('\n')[0]}`)
}

/** Runs one target for `seconds`, restarting the worker after a hang; resolves to the failures found. */
function fuzzTarget(bundlePath, target, seconds) {
  return new Promise(done => {
    const deadline = Date.now() + seconds * 1000
    const shared = new SharedArrayBuffer(8 + SHARED_INPUT_BYTES)
    const meta = new Int32Array(shared, 0, 2)
    let failures = 0
    let runs = 0
    const start = () => {
      if (Date.now() >= deadline) return done({ target, runs, failures })
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { bundlePath, target, deadline, shared } })
      let last = Atomics.load(meta, 1)
      let lastChange = Date.now()
      const watchdog = setInterval(() => {
        const beat = Atomics.load(meta, 1)
        if (beat !== last) {
          last = beat
          lastChange = Date.now()
        } else if (Date.now() - lastChange > HANG_KILL_MS) {
          clearInterval(watchdog)
          const len = Math.min(Atomics.load(meta, 0), SHARED_INPUT_BYTES)
          const input = new Uint8Array(shared, 8, len).slice()
          failures++
          save(target, 'hang', input, `${target}: no progress for ${HANG_KILL_MS} ms on a ${len}-byte input (worker killed)`)
          w.removeAllListeners('exit')
          void w.terminate().then(start)
        }
      }, 1000)
      w.on('message', m => {
        if (m.kind === 'fail') {
          failures++
          save(target, 'crash', new Uint8Array(m.input), m.message)
        } else if (m.kind === 'done') {
          runs += m.runs
        }
      })
      w.on('error', e => {
        failures++
        console.log(`  worker error in ${target}: ${e.stack ?? e}`)
      })
      w.on('exit', () => {
        clearInterval(watchdog)
        done({ target, runs, failures })
      })
    }
    start()
  })
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { target: { type: 'string', multiple: true }, seconds: { type: 'string', default: '60' } }
  })
  const bundlePath = await bundle()
  const { TARGET_NAMES } = await import(pathToFileURL(bundlePath).href)
  const wanted = (values.target ?? ['all']).flatMap(t => t.split(','))
  const targets = wanted.includes('all') ? [...TARGET_NAMES] : wanted
  const unknown = targets.filter(t => !TARGET_NAMES.includes(t))
  if (unknown.length > 0) {
    console.error(`fuzz: unknown target(s) ${unknown.join(', ')}; known: ${TARGET_NAMES.join(', ')}, all`)
    process.exit(2)
  }
  const seconds = Number(values.seconds)
  if (!(seconds > 0)) {
    console.error('fuzz: --seconds must be a positive number')
    process.exit(2)
  }
  let failed = 0
  for (const target of targets) {
    console.log(`fuzz ${target} for ${seconds} s`)
    const r = await fuzzTarget(bundlePath, target, seconds)
    console.log(`  ${r.runs} inputs, ${r.failures} failure(s)`)
    failed += r.failures
  }
  process.exit(failed > 0 ? 1 : 0)
}

async function worker() {
  const { bundlePath, target: name, deadline, shared } = workerData
  const fc = (await import('fast-check')).default
  const { loadSeeds, makeTarget } = await import(pathToFileURL(bundlePath).href)
  const meta = new Int32Array(shared, 0, 2)
  const bytes = new Uint8Array(shared, 8)
  const target = makeTarget(name, await loadSeeds(REPO))
  const record = input => {
    bytes.set(input.subarray(0, SHARED_INPUT_BYTES))
    Atomics.store(meta, 0, input.length)
    Atomics.add(meta, 1, 1)
  }
  try {
    while (Date.now() < deadline) {
      const seed = randomInt(2 ** 31)
      const out = await fc.check(
        fc.asyncProperty(target.arbitrary, input => {
          record(input)
          return target.run(input)
        }),
        { seed, numRuns: BATCH_RUNS }
      )
      parentPort.postMessage({ kind: 'done', runs: out.numRuns })
      if (out.failed) {
        const input = out.counterexample[0]
        parentPort.postMessage({ kind: 'fail', input, message: `seed ${seed} path ${out.counterexamplePath}: ${String(out.errorInstance?.message ?? out.errorInstance)}` })
      }
    }
  } finally {
    target.close?.()
  }
}
