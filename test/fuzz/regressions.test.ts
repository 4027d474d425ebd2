// Replays every committed crash/hang input (test/fuzz/regressions/<target>/*.bin) through its target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSeeds, type SeedCorpus } from './seeds.js'
import { makeTarget, TARGET_NAMES, type FuzzTarget } from './targets.js'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const DIR = join(REPO, 'test', 'fuzz', 'regressions')

let seeds: SeedCorpus
const opened: FuzzTarget[] = []
beforeAll(async () => {
  seeds = await loadSeeds(REPO)
})
afterAll(() => {
  for (const t of opened) t.close?.()
})

describe('fuzz regressions', () => {
  it('every regression directory names a target', () => {
    const dirs = existsSync(DIR) ? readdirSync(DIR, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name) : []
    expect(dirs.filter(d => !(TARGET_NAMES as readonly string[]).includes(d))).toEqual([])
  })
  for (const name of TARGET_NAMES) {
    const files = existsSync(join(DIR, name)) ? readdirSync(join(DIR, name)).filter(f => f.endsWith('.bin')).sort() : []
    for (const file of files) {
      it(`${name}/${file}`, async () => {
        const target = makeTarget(name, seeds)
        opened.push(target)
        await target.run(new Uint8Array(readFileSync(join(DIR, name, file))))
      })
    }
  }
})
