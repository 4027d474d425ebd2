// The glob-based discover() as it was before src/discover/walk.ts (issue #13), kept only so
// test/discover-walk.test.ts can compare the two on the same trees. Not used by the product.
import { lstat, realpath, stat } from 'node:fs/promises'
import { lstatSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { glob, Ignore, type IgnoreLike } from 'glob'
import { realpathSync, statSync } from 'node:fs'
import { containment, isInside, outsideFinding } from '../../src/discover/contain.js'
import type { Finding } from '../../src/types.js'
import { finding } from '../../src/checks/rules.js'
import { worthOpening } from '../../src/discover/sniff.js'

export const DEFAULT_PATHS = ['**']
export const DEFAULT_EXCLUDE = ['.git/**', 'node_modules/**']
/** Files whose lstat runs at once during discovery. */
const LSTAT_BATCH = 64

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

export async function discoverWithGlob(opts: DiscoverOptions): Promise<Discovery> {
  const root = resolve(opts.root)
  const realRoot = await realpath(root).catch(() => root)
  const targets = opts.targets && opts.targets.length > 0 ? opts.targets : ['.']
  const patterns = opts.paths && opts.paths.length > 0 ? opts.paths : DEFAULT_PATHS
  const exclude = opts.exclude ?? DEFAULT_EXCLUDE
  const seen = new Set<string>()
  const files: Candidate[] = []
  const findings: Finding[] = []

  // Links that lead out are reported once each, by their name inside the root (issue #10).
  const outside = new Set<string>()
  const reportOutside = (via: string): void => {
    if (outside.has(via)) return
    outside.add(via)
    findings.push(outsideFinding(via))
  }

  /** `base`: the real directory every candidate must resolve into (the real root, or an explicit outside target). */
  const consider = async (abs: string, explicit: boolean, base: { root: string; real: string } | undefined): Promise<void> => {
    const rel = toPosix(relative(root, abs)) || toPosix(abs)
    if (seen.has(rel)) return
    seen.add(rel)
    // Every file is a candidate: the format comes from its first bytes (a pickle named evil.txt is
    // still a pickle, issue #10 item 11); unknown content costs one small read. Git's own store never is.
    if (!explicit && rel.split('/').includes('.git')) return
    let st
    try {
      // Synchronous: microseconds from the inode cache, where an async lstat per file was a thread-pool round trip.
      st = lstatSync(abs)
    } catch (e) {
      findings.push(finding('file-unreadable', { path: rel, message: `Cannot read the file: ${(e as Error).message}.` }))
      return
    }
    if (base) {
      // Every component, not only the last: `models/lora → /elsewhere` makes `models/lora/x.bin` a plain file.
      const where = containment(base.root, base.real, abs)
      if (where.kind === 'outside') {
        // Never read; reported when it stands where a checkpoint could be (a `.venv/bin/python` link is not news).
        if (explicit || worthOpening(rel)) reportOutside(toPosix(relative(root, resolve(base.root, where.via))))
        return
      }
      if (where.kind === 'missing') {
        findings.push(finding('file-unreadable', { path: rel, severity: 'warning', message: 'Dangling symlink: it points to a file that does not exist; not scanned.' }))
        return
      }
      if (st.isSymbolicLink()) {
        const tst = await stat(where.real).catch(() => undefined)
        if (!tst?.isFile()) return
        files.push({ abs, rel, size: tst.size })
        return
      } else if (!st.isFile()) return
    } else if (!st.isFile() && !(st.isSymbolicLink() && (await stat(abs).catch(() => undefined))?.isFile())) {
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
    // A target under the root must really be there; one the user named outside it (CLI) is trusted
    // itself, and what is found below it must stay below it.
    let base: { root: string; real: string } | undefined = { root, real: realRoot }
    let isDir = st.isDirectory()
    if (!isInside(root, abs)) {
      isDir ||= st.isSymbolicLink() && Boolean((await stat(abs).catch(() => undefined))?.isDirectory())
      base = isDir ? { root: abs, real: await realpath(abs).catch(() => abs) } : undefined
    } else if (abs !== root) {
      const where = containment(root, realRoot, abs)
      if (where.kind === 'outside') {
        reportOutside(where.via)
        continue
      }
    }
    if (isDir && base) {
      const walkBase = base
      const matches = await glob(patterns, {
        cwd: abs,
        dot: true,
        nodir: true,
        follow: false,
        // Never list a directory behind a link that leads out (prefixed patterns such as `models/*/*` walk through links).
        ignore: outsideIgnore(
          exclude,
          walkBase.real,
          p => reportOutside(toPosix(relative(root, p))),
          p => Boolean(opts.allFiles) || worthOpening(toPosix(relative(root, p)))
        ),
        posix: true,
        absolute: false
      })
      matches.sort()
      // lstat in batches: awaiting one at a time costs a thread-pool round trip per file (findings are sorted later).
      for (let i = 0; i < matches.length; i += LSTAT_BATCH) await Promise.all(matches.slice(i, i + LSTAT_BATCH).map(m => consider(resolve(abs, m), false, walkBase)))
    } else {
      await consider(abs, true, base)
    }
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
  return { files, findings }
}

/** path-scurry's Path, as glob hands it to an ignore object. */
type Path = Parameters<NonNullable<IgnoreLike['ignored']>>[0]

/**
 * glob's `ignore` for one walk: the exclude patterns, plus every symlink that resolves outside
 * `realBase`, never entered or listed. `onOutside(abs)` reports the ones that matter: a directory
 * (it could hold an adapter, e.g. `models/lora → /elsewhere`) and a file `relevant` says discovery
 * would open; a link such as `.venv/bin/python → /usr/bin/python3` is skipped silently, as before.
 */
export function outsideIgnore(exclude: string[], realBase: string, onOutside: (abs: string) => void, relevant: (abs: string) => boolean): IgnoreLike {
  const ign = new Ignore(exclude, { dot: true, posix: true, platform: process.platform })
  const leadsOut = (p: Path, entering: boolean): boolean => {
    if (!p.isSymbolicLink()) return false
    const abs = p.fullpath()
    let real: string
    try {
      real = realpathSync.native(abs)
    } catch {
      return false // dangling: discovery reports it as such
    }
    if (isInside(realBase, real)) return false
    if (entering || statSync(real, { throwIfNoEntry: false })?.isDirectory() || relevant(abs)) onOutside(abs)
    return true
  }
  return {
    ignored: p => ign.ignored(p) || leadsOut(p, false),
    childrenIgnored: p => ign.childrenIgnored(p) || leadsOut(p, true)
  }
}
