// The short, fixed-seed fuzz pass that runs inside `npm test`: every reader and the engine get random
// and mutated inputs; a failure prints the (shrunk) input as a regression to commit. Longer runs with
// random seeds: `npm run fuzz -- --target <name> --seconds 60`.
import { afterAll, beforeAll, describe, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { loadSeeds, type SeedCorpus } from './seeds.js'
import { makeTarget, TARGET_NAMES, type FuzzTarget, type TargetName } from './targets.js'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
/** Fixed so CI is reproducible; scripts/fuzz.mjs draws new ones. */
const SEED = 20_240_601
/** Runs per target: sized so the whole file stays well under 60 s on a 2-core machine. */
const RUNS: Record<TargetName, number> = { safetensors: 8000, json: 6000, zip: 5000, pickle: 8000, tar: 5000, npy: 10_000, engine: 1200 }

let seeds: SeedCorpus
const opened: FuzzTarget[] = []

beforeAll(async () => {
  seeds = await loadSeeds(REPO)
})
afterAll(() => {
  for (const t of opened) t.close?.()
})

describe('fuzz: any byte string gives findings or a clean result, never an exception or a hang', () => {
  for (const name of TARGET_NAMES) {
    it(name, async () => {
      const target = makeTarget(name, seeds)
      opened.push(target)
      await fc.assert(
        fc.asyncProperty(target.arbitrary, input => target.run(input)),
        { seed: SEED, numRuns: RUNS[name], endOnFailure: false, reporter: out => {
          if (out.failed) {
            const input = out.counterexample?.[0]
            throw new Error(`${name} fuzz failure (seed ${out.seed}, path ${out.counterexamplePath}); save as test/fuzz/regressions/${name}/<id>.bin, hex: ${input ? Buffer.from(input).toString('hex') : '?'}\n${String(out.errorInstance)}`)
          }
        } }
      )
    })
  }
})
