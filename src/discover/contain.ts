// Containment: every file the scan opens and every directory it lists must resolve (realpath, all
// components, not only the last) inside the real scan root. A symlinked directory anywhere on the
// way (`models/lora → /elsewhere`) would otherwise lead the walk and PR-scope listing out of the
// workspace. Nothing outside is ever opened: the finding names the link inside the root only.
import { realpathSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import type { Finding } from '../types.js'
import { finding } from '../checks/rules.js'

/** Whether `p` is `root` or below it (both absolute, already resolved). */
export function isInside(root: string, p: string): boolean {
  const r = relative(root, p)
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !r.startsWith('/') && !/^[A-Za-z]:/.test(r))
}

export type Containment = { kind: 'inside'; real: string } | { kind: 'outside'; via: string } | { kind: 'missing'; via: string }

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

/**
 * Where `abs` (lexically under `root`) really leads. `via` names, relative to the root, the first
 * path component that leads out (or nowhere), so a report never lists names from outside.
 */
export function containment(root: string, realRoot: string, abs: string): Containment {
  // The native call, synchronously: one syscall, where an awaited thread-pool round trip per candidate doubled discovery time.
  const real = nativeRealpath(abs)
  if (real !== undefined && isInside(realRoot, real)) return { kind: 'inside', real }
  const parts = toPosix(relative(root, abs)).split('/').filter(Boolean)
  for (let i = 1; i <= parts.length; i++) {
    const step = resolve(root, ...parts.slice(0, i))
    const r = nativeRealpath(step)
    const via = parts.slice(0, i).join('/')
    if (r === undefined) return { kind: 'missing', via }
    if (!isInside(realRoot, r)) return { kind: 'outside', via }
  }
  // `abs` is not under `root` at all (an explicit target elsewhere): the caller decides.
  return real === undefined ? { kind: 'missing', via: toPosix(relative(root, abs)) } : { kind: 'outside', via: toPosix(relative(root, abs)) }
}

function nativeRealpath(p: string): string | undefined {
  try {
    return realpathSync.native(p)
  } catch {
    return undefined
  }
}

/** Synchronous form for callers that list directories synchronously (PR scope). */
export function resolvesInside(realRoot: string, abs: string): boolean {
  try {
    return isInside(realRoot, realpathSync.native(abs))
  } catch {
    return false
  }
}

export function realRootSync(root: string): string {
  try {
    return realpathSync.native(root)
  } catch {
    return resolve(root)
  }
}

/** The finding for a path that leads out of the root: the link is named, its target never read. */
export function outsideFinding(via: string): Finding {
  return finding('path-outside-root', {
    path: via,
    message:
      'This path is a symlink (or goes through one) that resolves outside the scan root; it was not followed and nothing behind it was read or scanned, so what it points to is not known to be safe.'
  })
}
