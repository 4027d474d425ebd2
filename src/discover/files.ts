// Discovery of candidate files on disk: globs under the scan root, excludes, and symlinks that are
// never followed out of the root. Content decides the format later; here the extension only decides
// whether a file is worth opening at all.
import { lstat, realpath, stat } from 'node:fs/promises'
import { lstatSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { walkMatches } from './walk.js'
import type { Finding } from '../types.js'
import { finding } from '../checks/rules.js'
import { worthOpening } from './sniff.js'

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
}

export interface Candidate {
  /** Absolute path to open. */
  abs: string
  /** Relative to the root, `/` separators. */
  rel: string
  /** Size in bytes from discovery's stat (shard balancing, progress totals). */
  size?: number
}

export interface Discovery {
  files: Candidate[]
  findings: Finding[]
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

function isInside(root: string, p: string): boolean {
  const r = relative(root, p)
  return r === '' || (!r.startsWith('..') && !r.startsWith('/') && !/^[A-Za-z]:/.test(r))
}

export async function discover(opts: DiscoverOptions): Promise<Discovery> {
  const root = resolve(opts.root)
  const realRoot = await realpath(root).catch(() => root)
  const targets = opts.targets && opts.targets.length > 0 ? opts.targets : ['.']
  const patterns = opts.paths && opts.paths.length > 0 ? opts.paths : DEFAULT_PATHS
  const exclude = opts.exclude ?? DEFAULT_EXCLUDE
  const seen = new Set<string>()
  const files: Candidate[] = []
  const findings: Finding[] = []

  const consider = async (abs: string, explicit: boolean): Promise<void> => {
    const rel = toPosix(relative(root, abs)) || toPosix(abs)
    if (seen.has(rel)) return
    seen.add(rel)
    if (!explicit && !opts.allFiles && !worthOpening(rel)) return
    let st
    try {
      // Synchronous: microseconds from the inode cache, where an async lstat per file was a thread-pool round trip.
      st = lstatSync(abs)
    } catch (e) {
      findings.push(finding('file-unreadable', { path: rel, message: `Cannot read the file: ${(e as Error).message}.` }))
      return
    }
    if (st.isSymbolicLink()) {
      let target: string
      try {
        target = await realpath(abs)
      } catch {
        findings.push(finding('file-unreadable', { path: rel, severity: 'warning', message: 'Dangling symlink: it points to a file that does not exist; not scanned.' }))
        return
      }
      if (!isInside(realRoot, target)) {
        findings.push(
          finding('file-unreadable', {
            path: rel,
            severity: 'warning',
            message: 'Symlink that points outside the scan root; not followed (a checkout should not make the scanner read files outside the repository).'
          })
        )
        return
      }
      const tst = await stat(target).catch(() => undefined)
      if (!tst?.isFile()) return
      files.push({ abs, rel, size: tst.size })
      return
    } else if (!st.isFile()) {
      return
    }
    files.push({ abs, rel, size: st.size })
  }

  for (const t of targets) {
    const abs = resolve(root, t)
    let st
    try {
      st = await lstat(abs)
    } catch (e) {
      findings.push(finding('file-unreadable', { path: toPosix(relative(root, abs)) || t, message: `Cannot read the path: ${(e as Error).message}.` }))
      continue
    }
    if (st.isDirectory()) {
      const matches = walkMatches(abs, patterns, exclude)
      matches.sort()
      for (const m of matches) await consider(resolve(abs, m), false)
    } else {
      await consider(abs, true)
    }
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
  return { files, findings }
}
