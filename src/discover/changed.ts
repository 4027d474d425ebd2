// Discovery for a change (a PR, a merge-group commit): which checkpoint files a list of changed
// paths puts in scope: every checkpoint-like file of each directory a checkpoint change touched.
import { existsSync, readdirSync } from 'node:fs'
import { join, posix } from 'node:path'
import { minimatch } from 'minimatch'
import { worthOpening } from './sniff.js'
import { realRootSync, resolvesInside } from './contain.js'
import { isCodeFile } from './code-files.js'

/** One changed path, as the pulls/compare APIs list it. */
export interface ChangedFile {
  filename: string
  status: string
  previous_filename?: string
}

export interface ScopeFilter {
  paths: string[]
  exclude: string[]
}

export function inScope(rel: string, f: ScopeFilter): boolean {
  const opts = { dot: true }
  return f.paths.some(p => minimatch(rel, p, opts)) && !f.exclude.some(p => minimatch(rel, p, opts))
}

/**
 * The files to scan for a set of changes: for every changed checkpoint-like file (old name too for
 * renames and deletions), all checkpoint-like files now in its directory, so cross-file checks
 * (config vs weights, shard indexes) see the whole adapter.
 */
export function filesToScan(
  changed: ChangedFile[],
  workspace: string,
  filter: ScopeFilter,
  opts: { code?: boolean } = {}
): { files: string[]; directories: string[]; code?: string[] } {
  const dirs = new Set<string>()
  // Code files are linted one by one: only the ones the change adds or edits (the old name of a rename is gone).
  const code = new Set<string>()
  for (const c of changed) {
    for (const name of [c.filename, c.previous_filename]) {
      if (name && worthOpening(name) && inScope(name, filter)) dirs.add(posix.dirname(name))
    }
    if (opts.code !== false && isCodeFile(c.filename) && inScope(c.filename, filter) && existsSync(join(workspace, c.filename))) code.add(c.filename)
  }
  const files: string[] = [...code]
  const directories: string[] = []
  const realRoot = realRootSync(workspace)
  for (const dir of [...dirs].sort()) {
    const abs = join(workspace, dir)
    if (!existsSync(abs)) continue
    // A changed directory that resolves outside (`models/lora` replaced by a symlink) is never
    // listed: it goes to discovery as a target, which reports it as path-outside-root.
    if (!resolvesInside(realRoot, abs)) {
      files.push(dir)
      continue
    }
    directories.push(dir)
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (!e.isFile() && !e.isSymbolicLink()) continue
      const rel = dir === '.' ? e.name : `${dir}/${e.name}`
      if (worthOpening(rel) && inScope(rel, filter)) files.push(rel)
    }
  }
  return { files: [...new Set(files)].sort(), directories, ...(opts.code !== false ? { code: [...code].sort() } : {}) }
}
