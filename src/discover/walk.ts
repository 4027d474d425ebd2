// The directory walk behind discovery: what `glob(patterns, { dot, nodir, follow: false, ignore })`
// returned, from synchronous readdir calls (a few microseconds each from the dentry cache, where the
// async walk cost a thread-pool round trip per directory and per entry: issue #13's profile).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Minimatch } from 'minimatch'

const MM = { dot: true, posix: true } as const

/**
 * Relative `/` paths under `dir` of every non-directory entry (files, symlinks of any kind: they are
 * never followed here; discovery decides) matching one of `patterns` and none of `ignore`. A
 * directory is not entered when an ignore pattern's `/**` form covers it, as glob prunes it.
 */
export function walkMatches(dir: string, patterns: string[], ignore: string[]): string[] {
  const want = patterns.map(p => new Minimatch(p, MM))
  const skip = ignore.map(p => new Minimatch(p, MM))
  // `a/**` covers the directory `a` itself: glob's ignore prunes such directories whole.
  const prune = ignore.filter(p => p.endsWith('/**')).map(p => new Minimatch(p.slice(0, -3), MM))
  const out: string[] = []
  const visit = (abs: string, rel: string): void => {
    let entries
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch {
      return // unreadable directories were skipped by glob too
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!prune.some(m => m.match(path))) visit(join(abs, e.name), path)
      } else if (want.some(m => m.match(path)) && !skip.some(m => m.match(path))) {
        out.push(path)
      }
    }
  }
  visit(dir, '')
  return out
}
