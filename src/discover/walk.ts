// The directory walk behind discovery (issue #13): synchronous readdir with file types, no glob
// library. Patterns keep glob's meaning (`glob` 11 with `dot`, `nodir`, `follow: false`, relative to
// each target): minimatch parses them into segments and the walk matches one segment per directory
// level as glob's Processor does, so only directories a pattern can still match are read. Symlinks
// are the security contract of issue #10: a link is resolved (the only realpath calls), never
// followed out of the real root, and only followed inside where glob would (a non-`**` segment
// names it, or a `**` that comes after another segment starts at it); `**` never descends into one.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { GLOBSTAR, Minimatch, type MinimatchOptions } from 'minimatch'
import type { Finding } from '../types.js'
import { finding } from '../checks/rules.js'
import { containment, isInside, outsideFinding } from './contain.js'
import { worthOpening } from './sniff.js'

/** A file discovery hands on (see files.ts). */
export interface Candidate {
  /** Absolute path to open. */
  abs: string
  /** Relative to the root, `/` separators. */
  rel: string
  /** Size in bytes from discovery's stat (shard balancing, progress totals). */
  size?: number
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

/** What one discovery collects across its targets. */
export class Collector {
  readonly files: Candidate[] = []
  readonly findings: Finding[] = []
  /** Relative paths already considered (targets may overlap). */
  private readonly seen = new Set<string>()
  /** Links that lead out are reported once each, by their name inside the root (issue #10). */
  private readonly outside = new Set<string>()

  constructor(
    readonly root: string,
    readonly allFiles: boolean
  ) {}

  /** Whether discovery would open this file (a link out with such a name is news; `.venv/bin/python` is not). */
  relevant(rel: string): boolean {
    return this.allFiles || worthOpening(rel)
  }

  reportOutside(via: string): void {
    if (this.outside.has(via)) return
    this.outside.add(via)
    this.findings.push(outsideFinding(via))
  }

  /** First sight of `rel` (true), or a repeat from an overlapping target or pattern. */
  first(rel: string): boolean {
    if (this.seen.has(rel)) return false
    this.seen.add(rel)
    return true
  }

  unreadable(rel: string, e: unknown): void {
    this.findings.push(finding('file-unreadable', { path: rel, message: `Cannot read the file: ${(e as Error).message}.` }))
  }

  unlistable(rel: string, e: unknown): void {
    this.findings.push(
      finding('file-unreadable', {
        path: rel,
        severity: 'warning',
        message: `This directory could not be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): the files in it were not scanned and are not known to be safe.`
      })
    )
  }

  dangling(rel: string): void {
    this.findings.push(finding('file-unreadable', { path: rel, severity: 'warning', message: 'Dangling symlink: it points to a file that does not exist; not scanned.' }))
  }

  /** A symlink matched as a file: resolved once, taken if it is a file inside `baseReal`. */
  link(abs: string, rel: string, baseReal: string): void {
    const real = realpathOf(abs)
    if (real !== undefined && !isInside(baseReal, real)) {
      // Never read; reported when it stands where a checkpoint could be, or is a directory (it could hold one).
      if (this.relevant(rel) || statOf(real)?.isDirectory()) this.reportOutside(rel)
      return
    }
    if (!this.first(rel) || hasGitPart(rel)) return
    if (real === undefined) return this.dangling(rel) // dangling, or a loop (ELOOP)
    const st = statOf(real)
    if (st?.isFile()) this.files.push({ abs, rel, size: st.size })
  }

  /** A regular file below directories already known to lie inside: no realpath, one lstat for the size. */
  plain(abs: string, rel: string): void {
    if (!this.first(rel) || hasGitPart(rel)) return
    let st
    try {
      // Synchronous: microseconds from the inode cache, where an async lstat per file was a thread-pool round trip.
      st = lstatSync(abs)
    } catch (e) {
      return this.unreadable(rel, e)
    }
    if (st.isFile()) this.files.push({ abs, rel, size: st.size })
  }

  /**
   * A path reached without walking its directories (an explicit target, a pattern of literal
   * segments): every component is checked. `base` is the real directory it must resolve into
   * (undefined: an explicit file target outside the root, trusted itself).
   */
  path(abs: string, explicit: boolean, base: { root: string; real: string } | undefined): void {
    const rel = toPosix(relative(this.root, abs)) || toPosix(abs)
    if (!this.first(rel)) return
    // Git's own store is never scanned unless a file in it is named.
    if (!explicit && hasGitPart(rel)) return
    let st
    try {
      st = lstatSync(abs)
    } catch (e) {
      return this.unreadable(rel, e)
    }
    if (base) {
      // Every component, not only the last: `models/lora → /elsewhere` makes `models/lora/x.bin` a plain file.
      const where = containment(base.root, base.real, abs)
      if (where.kind === 'outside') {
        if (explicit || worthOpening(rel)) this.reportOutside(toPosix(relative(this.root, resolve(base.root, where.via))))
        return
      }
      if (where.kind === 'missing') return this.dangling(rel)
      if (st.isSymbolicLink()) {
        const tst = statOf(where.real)
        if (tst?.isFile()) this.files.push({ abs, rel, size: tst.size })
        return
      }
      if (st.isFile()) this.files.push({ abs, rel, size: st.size })
      return
    }
    if (st.isFile()) this.files.push({ abs, rel, size: st.size })
    else if (st.isSymbolicLink()) {
      const tst = statOf(abs)
      if (tst?.isFile()) this.files.push({ abs, rel, size: st.size })
    }
  }
}

function hasGitPart(rel: string): boolean {
  return rel === '.git' || rel.startsWith('.git/') || rel.endsWith('/.git') || rel.includes('/.git/')
}

function lstatOf(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

/** stat that follows links; undefined when it fails (missing, a loop, no permission). */
function statOf(p: string): Stats | undefined {
  try {
    return statSync(p)
  } catch {
    return undefined
  }
}

function realpathOf(p: string): string | undefined {
  try {
    return realpathSync.native(p)
  } catch {
    return undefined
  }
}

type Part = string | RegExp | typeof GLOBSTAR

// glob's own minimatch options (glob.js: `mmo`), so segments parse the same: brace sets, optimizationLevel 2.
const NOCASE = process.platform === 'darwin' || process.platform === 'win32'
const PATTERN_OPTS: MinimatchOptions = { dot: true, nocase: NOCASE, nocaseMagicOnly: NOCASE, nocomment: true, nonegate: true, optimizationLevel: 2, platform: process.platform }
// glob's Ignore options, as discovery built it (case-sensitive everywhere).
const EXCLUDE_OPTS: MinimatchOptions = { dot: true, nocomment: true, nonegate: true, optimizationLevel: 2, platform: process.platform }

/** Exclude globs with glob's Ignore meaning: a path is excluded if it (or it + `/`) matches; `x/**` also prunes `x`. */
class Exclude {
  /** Literal `dir/**` patterns, by `dir`: pruned by a string compare (the defaults `.git/**`, `node_modules/**`). */
  private readonly prefixes: { dir: string; m: Minimatch }[] = []
  /** Every other pattern; `children` also prunes directories. */
  private readonly other: { m: Minimatch; absolute: boolean; children: boolean }[] = []

  constructor(patterns: string[]) {
    for (const ign of patterns) {
      const mm = new Minimatch(ign, EXCLUDE_OPTS)
      for (let i = 0; i < mm.set.length; i++) {
        const globParts = [...mm.globParts[i]]
        // glob's Ignore strips leading `./` (node-glob issue 570).
        while (globParts[0] === '.' && globParts.length > 1) globParts.shift()
        const m = new Minimatch(globParts.join('/'), EXCLUDE_OPTS)
        const children = globParts[globParts.length - 1] === '**'
        const absolute = globParts[0] === '' && globParts.length > 1
        const parts = m.set.length === 1 ? m.set[0] : undefined
        const lead = parts?.slice(0, -1)
        if (children && !absolute && parts && lead && lead.length > 0 && parts[parts.length - 1] === GLOBSTAR && lead.every(p => typeof p === 'string' && p !== '' && p !== '.' && p !== '..')) {
          this.prefixes.push({ dir: lead.join('/'), m })
        } else this.other.push({ m, absolute, children })
      }
    }
  }

  /** glob's Ignore.ignored: `sub` is relative to the target directory. */
  ignored(sub: string, abs: string): boolean {
    for (const { dir, m } of this.prefixes) {
      if ((sub === dir || sub.startsWith(dir) && sub[dir.length] === '/') && (m.match(sub) || m.match(`${sub}/`))) return true
    }
    for (const { m, absolute } of this.other) {
      const p = absolute ? toPosix(abs) : sub
      if (m.match(p) || m.match(`${p}/`)) return true
    }
    return false
  }

  /** glob's Ignore.childrenIgnored: never list this directory. */
  childrenIgnored(sub: string, abs: string): boolean {
    for (const { dir, m } of this.prefixes) if ((sub === dir || sub.startsWith(dir) && sub[dir.length] === '/') && m.match(`${sub}/`)) return true
    for (const { m, absolute, children } of this.other) if (children && m.match(`${absolute ? toPosix(abs) : sub}/`)) return true
    return false
  }
}

/** A directory being walked: its path, relative to the target (`sub`, what patterns see) and to the root. */
interface Dir {
  abs: string
  sub: string
  rel: string
}

/** One pattern at one segment: [pattern index, segment index]. */
type State = readonly [number, number]

export interface WalkTarget {
  /** The target directory (absolute, lexical). */
  abs: string
  /** Links below must resolve inside this real directory (the real root, or an outside target's real path). */
  baseReal: string
  /** The lexical directory `baseReal` belongs to (for naming the component that leads out). */
  baseRoot: string
  patterns: string[]
  exclude: string[]
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

function child(d: Dir, name: string): Dir {
  return { abs: d.abs.endsWith(sep) ? d.abs + name : d.abs + sep + name, sub: join(d.sub, name), rel: join(d.rel, name) }
}

/** Walk one target directory (already known to lie inside `baseReal`), adding what matches to `c`. */
export function walk(c: Collector, t: WalkTarget): void {
  const rel = toPosix(relative(c.root, t.abs))
  if (hasGitPart(rel)) return // nothing in Git's store is scanned unless named (issue #10)
  const exclude = new Exclude(t.exclude)
  const top: Dir = { abs: t.abs, sub: '', rel }
  if (exclude.childrenIgnored('.', t.abs)) return
  const sets: Part[][] = []
  for (const p of t.patterns) for (const s of new Minimatch(p, PATTERN_OPTS).set) sets.push(s as Part[])
  // The default `**`: every file, no pattern to test per entry.
  if (sets.length === 1 && sets[0].length === 1 && sets[0][0] === GLOBSTAR) return walkAll(c, t, exclude, top)
  new PatternWalk(c, t, exclude, sets).run(top)
}

/**
 * A directory's entries. One that cannot be listed (no permission, a path past PATH_MAX, an I/O
 * error) is a warning, not silence: whatever it holds was not scanned. glob skipped it silently. One
 * that is gone (ENOENT, ENOTDIR: changed during the walk) is nothing to report.
 */
function readDir(c: Collector, d: Dir): Dirent[] {
  try {
    return readdirSync(d.abs, { withFileTypes: true })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') c.unlistable(d.rel || '.', e)
    return []
  }
}

/** The default `**` (glob's testGlobstar for one pattern): every file and link, every directory but `.git` and the excluded. */
function walkAll(c: Collector, t: WalkTarget, exclude: Exclude, d: Dir): void {
  for (const e of readDir(c, d)) {
    const x = child(d, e.name)
    if (e.isDirectory()) {
      // `.git` is never listed; `**` never descends into a symlinked directory (glob with follow: false).
      if (e.name !== '.git' && !exclude.childrenIgnored(x.sub, x.abs)) walkAll(c, t, exclude, x)
    } else if (e.isFile()) {
      if (!exclude.ignored(x.sub, x.abs)) c.plain(x.abs, x.rel)
    } else if (e.isSymbolicLink()) {
      if (!exclude.ignored(x.sub, x.abs)) c.link(x.abs, x.rel, t.baseReal)
    }
  }
}

class PatternWalk {
  constructor(
    private readonly c: Collector,
    private readonly t: WalkTarget,
    private readonly exclude: Exclude,
    private readonly sets: Part[][]
  ) {}

  run(top: Dir): void {
    this.visit(
      top,
      this.sets.map((_, i) => [i, 0] as const)
    )
  }

  private same(name: string, p: string): boolean {
    return NOCASE ? name.toLowerCase() === p.toLowerCase() : name === p
  }

  /**
   * glob's Processor.processPatterns for directory `d`: literal segments are stepped over without
   * listing (then the directory reached is checked as a whole), a literal last segment is a path
   * to consider, and the rest need `d` listed.
   */
  private visit(d: Dir, states: State[]): void {
    const here: State[] = []
    for (const [pi, start] of states) {
      const parts = this.sets[pi]
      let at: Dir = d
      let i = start
      if (i === 0 && parts[0] === '' && parts.length > 1) {
        // An absolute pattern starts at the filesystem root (then containment decides).
        at = { abs: resolve('/'), sub: toPosix(relative(this.t.abs, resolve('/'))), rel: toPosix(relative(this.c.root, resolve('/'))) }
        i = 1
      }
      while (typeof parts[i] === 'string' && i < parts.length - 1) {
        const abs = resolve(at.abs, parts[i] as string)
        at = { abs, sub: toPosix(relative(this.t.abs, abs)), rel: toPosix(relative(this.c.root, abs)) }
        i++
      }
      const p = parts[i]
      if (typeof p === 'string') {
        // `x/` (or `x/.`) matches directories only: nothing, with nodir.
        if (p !== '' && p !== '.' && p !== '..') {
          const abs = resolve(at.abs, p)
          const st = lstatOf(abs) // glob matches a literal path only if it is there
          if (st && !st.isDirectory() && !this.exclude.ignored(toPosix(relative(this.t.abs, abs)), abs)) {
            if (st.isSymbolicLink()) this.c.link(abs, toPosix(relative(this.c.root, abs)), this.t.baseReal)
            else this.c.path(abs, false, { root: this.t.baseRoot, real: this.t.baseReal })
          }
        }
        continue
      }
      if (at === d) here.push([pi, i])
      else if (this.enterLiteral(at)) this.visit(at, [[pi, i]])
    }
    if (here.length > 0) this.list(d, here)
  }

  /** A directory reached by literal segments, never listed on the way: it must really lie inside. */
  private enterLiteral(d: Dir): boolean {
    if (hasGitPart(d.rel)) return false
    if (this.exclude.childrenIgnored(d.sub, d.abs)) return false
    const real = realpathOf(d.abs)
    if (real === undefined) return false
    if (!isInside(this.t.baseReal, real)) {
      const where = containment(this.t.baseRoot, this.t.baseReal, d.abs)
      if (where.kind === 'outside') this.c.reportOutside(toPosix(relative(this.c.root, resolve(this.t.baseRoot, where.via))))
      return false
    }
    return Boolean(statOf(real)?.isDirectory())
  }

  /** glob's Processor.filterEntries over `d`'s entries, then the walk into the subdirectories that can still match. */
  private list(d: Dir, states: State[]): void {
    for (const e of readDir(this.c, d)) {
      const name = e.name
      const isDir = e.isDirectory()
      const isLink = !isDir && e.isSymbolicLink()
      // glob lists into directories and links (a link to a file simply lists nothing).
      const canList = isDir || isLink
      let matched = false
      const next: State[] = []
      const add = (s: State): void => {
        if (canList && !next.some(n => n[0] === s[0] && n[1] === s[1])) next.push(s)
      }
      for (const [pi, i] of states) {
        const parts = this.sets[pi]
        const p = parts[i]
        const last = i === parts.length - 1
        if (p === GLOBSTAR) {
          if (last) matched = true
          if (isDir) add([pi, i])
          // A link ends this `**` (glob: follow: false); one after a first segment may still step onto it.
          else if (isLink && !last && i > 0) add([pi, i + 1])
          if (!last) {
            const q = parts[i + 1]
            const hit = typeof q === 'string' ? q !== '' && q !== '.' && q !== '..' && this.same(name, q) : q instanceof RegExp && q.test(name)
            if (hit) {
              if (i + 1 === parts.length - 1) matched = true
              else add([pi, i + 2])
            }
          }
        } else if (typeof p === 'string' ? this.same(name, p) : p.test(name)) {
          if (last) matched = true
          else add([pi, i + 1])
        }
      }
      if (!matched && next.length === 0) continue
      const x = child(d, name)
      if (matched && !isDir && !this.exclude.ignored(x.sub, x.abs)) {
        if (e.isFile()) this.c.plain(x.abs, x.rel)
        else if (isLink) this.c.link(x.abs, x.rel, this.t.baseReal)
      }
      if (next.length === 0 || name === '.git' || this.exclude.childrenIgnored(x.sub, x.abs)) continue
      if (isLink) {
        const real = realpathOf(x.abs)
        if (real === undefined) continue
        if (!isInside(this.t.baseReal, real)) {
          this.c.reportOutside(x.rel) // never listed: a directory out there could hold an adapter
          continue
        }
        if (!statOf(real)?.isDirectory()) continue
      }
      this.visit(x, next)
    }
  }
}
