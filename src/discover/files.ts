// Discovery of candidate files on disk: patterns under the scan root, excludes, and symlinks that
// are never followed out of the root (the walk itself: walk.ts). Content decides the format later;
// here the extension only decides whether a link out is worth reporting.
import { lstatSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { containment, isInside, realRootSync, resolvesInside } from './contain.js'
import type { Finding } from '../types.js'
import { finding } from '../checks/rules.js'
import { Collector, toPosix, walk, type Candidate } from './walk.js'

export { toPosix, type Candidate }
export const DEFAULT_PATHS = ['**']
export const DEFAULT_EXCLUDE = ['.git/**', 'node_modules/**']

export interface DiscoverOptions {
  /** Scan root: reported paths are relative to it. */
  root: string
  /** Files or directories under the root to walk (default: the root itself). */
  targets?: string[]
  /** Globs relative to each target directory (default `**`). */
  paths?: string[]
  /** Globs excluded (default `.git/**`, `node_modules/**`). */
  exclude?: string[]
  /** Open every file, not only those whose name is worth opening. */
  allFiles?: boolean
  /** Also pick up Python files and notebooks for the `code` rules (default true). */
  code?: boolean
}

export interface Discovery {
  files: Candidate[]
  findings: Finding[]
}

export async function discover(opts: DiscoverOptions): Promise<Discovery> {
  const root = resolve(opts.root)
  const realRoot = realRootSync(root)
  const targets = opts.targets && opts.targets.length > 0 ? opts.targets : ['.']
  const patterns = opts.paths && opts.paths.length > 0 ? opts.paths : DEFAULT_PATHS
  const exclude = opts.exclude ?? DEFAULT_EXCLUDE
  const c = new Collector(root, Boolean(opts.allFiles))

  for (const t of targets) {
    const abs = resolve(root, t)
    let st
    try {
      st = lstatSync(abs)
    } catch (e) {
      c.findings.push(finding('file-unreadable', { path: toPosix(relative(root, abs)) || t, message: `Cannot read the path: ${(e as Error).message}.` }))
      continue
    }
    // A target under the root must really be there; one the user named outside it (CLI) is trusted
    // itself, and what is found below it must stay below it.
    let base: { root: string; real: string } | undefined = { root, real: realRoot }
    let isDir = st.isDirectory()
    if (!isInside(root, abs)) {
      isDir ||= st.isSymbolicLink() && resolvesDir(abs)
      base = isDir ? { root: abs, real: realRootSync(abs) } : undefined
    } else if (abs !== root && !resolvesInside(realRoot, abs)) {
      const where = containment(root, realRoot, abs)
      if (where.kind === 'outside') {
        c.reportOutside(where.via)
        continue
      }
    }
    if (isDir && base) walk(c, { abs, baseRoot: base.root, baseReal: base.real, patterns, exclude })
    else c.path(abs, true, base)
  }
  c.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
  return { files: c.files, findings: c.findings }
}

function resolvesDir(abs: string): boolean {
  try {
    return statSync(abs).isDirectory()
  } catch {
    return false
  }
}
