// The third-party adapters in ../shared/corpus, used in place (never copied into the repository).
// CI always has them; a clone without them skips those tests and says so once, plainly.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
export const HAS_CORPUS = existsSync(resolve(CORPUS, 'MANIFEST.tsv'))

if (!HAS_CORPUS) {
  console.warn(`SKIPPED: tests on real adapters need ${CORPUS} (the shared corpus), which this clone lacks; they did not run.`)
}
