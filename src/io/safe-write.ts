// Outputs (reports, SARIF, converted checkpoints) are written where the scanned tree could have
// planted symlinks: `report.sarif → ~/.bashrc`, `conv/models → ../../elsewhere`. Every output is
// created with no-follow, exclusive semantics (O_CREAT|O_EXCL|O_NOFOLLOW on a fresh temp name, then
// rename within its checked directory, which replaces a name and never follows it), every directory
// component below the allowed base is either created here or an existing real directory (a symlink
// is refused, never followed), and destinations outside the allowed bases are refused (issue #10).
import { constants } from 'node:fs'
import { lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { randomBytes } from 'node:crypto'
import { isInside } from '../discover/contain.js'

/** A destination the writer will not use; the message says why, in plain words. */
export class OutputRefused extends Error {}

/** O_NOFOLLOW is absent on Windows; there, the lstat checks below carry the guarantee. */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)

function shown(base: string, p: string): string {
  const r = relative(base, p)
  return r === '' ? '.' : r.split(sep).join('/')
}

/**
 * Makes `dir` (absolute, lexically under `base`) exist, one component at a time below `base`:
 * a missing component is created here (mkdir without -p, which never follows a link), an existing
 * one must be a directory and not a symlink. `base` itself is trusted (the workspace, RUNNER_TEMP).
 */
export async function makeDirNoFollow(base: string, dir: string, what: string): Promise<string> {
  const b = resolve(base)
  const d = resolve(dir)
  if (!isInside(b, d)) throw new OutputRefused(`${what}: ${d} is outside ${b}; refusing to write there.`)
  let cur = b
  for (const part of relative(b, d).split(sep).filter(Boolean)) {
    cur = join(cur, part)
    const st = await lstat(cur).catch(() => undefined)
    if (!st) {
      await mkdir(cur).catch(async (e: NodeJS.ErrnoException) => {
        // Lost a race with another writer of the same directory: fine if it is a real directory now.
        if (e.code !== 'EEXIST' || !(await lstat(cur)).isDirectory()) throw e
      })
      continue
    }
    if (st.isSymbolicLink()) throw new OutputRefused(`${what}: ${shown(b, cur)} is a symlink; refusing to write through it (it could lead anywhere).`)
    if (!st.isDirectory()) throw new OutputRefused(`${what}: ${shown(b, cur)} is not a directory.`)
  }
  // Belt and braces: the directory really is below the real base.
  const [realBase, realDir] = await Promise.all([realpath(b), realpath(d)])
  if (!isInside(realBase, realDir)) throw new OutputRefused(`${what}: ${shown(b, d)} resolves outside ${b}; refusing to write there.`)
  return d
}

/** A fresh, unguessable temp name beside `dest`, created exclusively (never through a planted link). */
export async function createExclusiveTemp(dest: string): Promise<{ path: string; fh: Awaited<ReturnType<typeof open>> }> {
  const path = join(dirname(dest), `.${basename(dest)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const fh = await open(path, EXCLUSIVE, 0o644)
  return { path, fh }
}

/** Refuses a destination that is a symlink (or not a regular file); `overwrite: false` refuses any existing one. */
export async function checkDestination(dest: string, what: string, overwrite: boolean): Promise<void> {
  const st = await lstat(dest).catch(() => undefined)
  if (!st) return
  if (st.isSymbolicLink()) throw new OutputRefused(`${what}: ${dest} is a symlink; refusing to write through it (remove it first).`)
  if (!st.isFile()) throw new OutputRefused(`${what}: ${dest} exists and is not a regular file.`)
  if (!overwrite) throw new OutputRefused(`${what}: ${dest} already exists.`)
}

export interface ContainedWrite {
  /** Directories the destination must be inside (lexically); each is trusted itself. */
  allowed: string[]
  /** What the file is, for messages (`report-file`, `sarif-file`). */
  what: string
  overwrite?: boolean
}

/** Writes `data` to `dest` only inside one of `opts.allowed`, creating missing directories, following no link. */
export async function writeContained(dest: string, data: string | Uint8Array, opts: ContainedWrite): Promise<string> {
  const abs = resolve(dest)
  const base = opts.allowed.map(a => resolve(a)).find(a => isInside(a, abs) && a !== abs)
  if (!base) throw new OutputRefused(`${opts.what}: ${abs} is outside ${opts.allowed.map(a => resolve(a)).join(' and ')}; refusing to write there.`)
  await makeDirNoFollow(base, dirname(abs), opts.what)
  await checkDestination(abs, opts.what, opts.overwrite ?? true)
  const tmp = await createExclusiveTemp(abs)
  try {
    await tmp.fh.writeFile(data)
    await tmp.fh.close()
    await rename(tmp.path, abs)
  } catch (e) {
    await tmp.fh.close().catch(() => undefined)
    await rm(tmp.path, { force: true })
    throw e
  }
  return abs
}
