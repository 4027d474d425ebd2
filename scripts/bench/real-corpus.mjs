// The real-corpus bench tree: every `.bin` and `.safetensors` file of ../shared/corpus (with the
// adapter_config.json beside it) hard-linked into numbered copies until the tree holds 850+ files.
// Hard links cost no disk and no copy time; a filesystem that refuses them falls back to copies.
import { existsSync, readdirSync, mkdirSync, linkSync, copyFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CORPUS = resolve(fileURLToPath(new URL('../../../shared/corpus', import.meta.url)))
export const MIN_FILES = 850

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) yield* walk(p)
    else if (e.isFile()) yield p
  }
}

/** Files of one copy: weights plus their sibling configs, as paths relative to the corpus. */
export function corpusFiles(corpus = CORPUS) {
  if (!existsSync(join(corpus, 'MANIFEST.tsv'))) return undefined
  const weights = [...walk(corpus)].filter(p => p.endsWith('.bin') || p.endsWith('.safetensors'))
  const out = new Set()
  for (const w of weights) {
    out.add(relative(corpus, w))
    const cfg = join(dirname(w), 'adapter_config.json')
    if (existsSync(cfg)) out.add(relative(corpus, cfg))
  }
  return [...out].sort()
}

/** Builds the tree under `dir`; undefined (and nothing built) when the corpus is absent. */
export function buildRealCorpus(dir, minFiles = MIN_FILES, corpus = CORPUS) {
  const files = corpusFiles(corpus)
  if (!files || files.length === 0) return undefined
  const copies = Math.ceil(minFiles / files.length)
  let linked = 0
  let copied = 0
  for (let c = 0; c < copies; c++) {
    for (const f of files) {
      const to = join(dir, `copy-${String(c).padStart(2, '0')}`, f)
      mkdirSync(dirname(to), { recursive: true })
      try {
        linkSync(join(corpus, f), to)
        linked++
      } catch {
        copyFileSync(join(corpus, f), to)
        copied++
      }
    }
  }
  return { files: copies * files.length, perCopy: files.length, copies, linked, copied }
}
