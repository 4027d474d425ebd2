// Which torch and peft versions a project pins, read from the files pip, Poetry and conda read:
// requirements*.txt, pyproject.toml (PEP 621 lists and Poetry tables), setup.cfg (install_requires),
// environment.yml (conda specs and its `pip:` list). A pin is reduced to the newest version it admits
// (what an install picks), which is what the rules compare: "torch below 2.6", "peft before 0.21.0".
import { readdir, readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'

export type Version = number[]

export interface Pin {
  /** Requirement as written (`torch>=2.1,<2.6`). */
  spec: string
  /** File (relative to the scan root) and 1-based line. */
  file: string
  line: number
  /** Upper bound of the admitted versions, when there is one. */
  upper?: { version: Version; inclusive: boolean }
}

/** Pin files larger than this are not read (requirement files are kilobytes). */
const MAX_PIN_FILE_BYTES = 1024 * 1024

export function parseVersion(v: string): Version | undefined {
  const parts = v.trim().replace(/^v/, '').split('.')
  const out: number[] = []
  for (const p of parts) {
    const m = /^(\d+)/.exec(p)
    if (!m) break
    out.push(Number(m[1]))
    if (m[1].length !== p.length) break // 2.6.0rc1, 2.1.0+cu118: the numeric release part is enough
  }
  return out.length > 0 ? out : undefined
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** The version just past every release that starts with `v` (2.5 → 2.6, 2.5.1 → 2.5.2). */
function bumpLast(v: Version): Version {
  return [...v.slice(0, -1), v[v.length - 1] + 1]
}

/** Tightest upper bound of a specifier set: pip's `==`, `===`, `<`, `<=`, `~=`, `==X.*`; conda's `=X`; Poetry's `^`, `~`. */
export function upperBound(spec: string): Pin['upper'] {
  let best: Pin['upper']
  const offer = (version: Version | undefined, inclusive: boolean) => {
    if (!version) return
    if (!best) best = { version, inclusive }
    else {
      const c = compareVersions(version, best.version)
      if (c < 0 || (c === 0 && !inclusive)) best = { version, inclusive }
    }
  }
  for (const raw of spec.split(/[,|]/)) {
    const clause = raw.trim()
    const m = /^(===|==|~=|<=|>=|!=|<|>|\^|~|=)?\s*([0-9][0-9A-Za-z.*+!-]*)/.exec(clause)
    if (!m) continue
    const op = m[1] ?? '=='
    const text = m[2]
    const wildcard = text.endsWith('.*')
    const v = parseVersion(wildcard ? text.slice(0, -2) : text)
    if (!v) continue
    if (op === '<') offer(v, false)
    else if (op === '<=') offer(v, true)
    else if ((op === '==' || op === '===') && !wildcard) offer(v, true)
    else if (op === '==' || op === '=') offer(bumpLast(v), false) // ==2.5.* ; conda =2.5 means 2.5.*
    else if (op === '~=') offer(v.length > 1 ? bumpLast(v.slice(0, -1)) : undefined, false)
    else if (op === '^') {
      const i = v.findIndex(x => x !== 0)
      const idx = i < 0 ? v.length - 1 : i
      offer([...v.slice(0, idx), v[idx] + 1], false)
    } else if (op === '~') offer(v.length > 1 ? bumpLast(v.slice(0, 2)) : bumpLast(v), false)
  }
  return best
}

/** Whether the newest version a pin admits is older than `limit` (so an install gets an old one). */
export function newestBelow(pin: Pin, limit: Version): boolean {
  if (!pin.upper) return false
  const c = compareVersions(pin.upper.version, limit)
  return pin.upper.inclusive ? c < 0 : c <= 0
}

/** Whether the newest version a pin admits is at least `floor`. */
export function newestAtLeast(pin: Pin, floor: Version): boolean {
  if (!pin.upper) return true
  const c = compareVersions(pin.upper.version, floor)
  return pin.upper.inclusive ? c >= 0 : c > 0
}

/** The specifier part of a requirement line naming `pkg` (or conda's `pytorch`), or undefined. */
function requirementFor(line: string, names: string[]): string | undefined {
  const m = /^\s*(?:-\s+)?["']?([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(line)
  if (!m) return undefined
  const name = m[1].toLowerCase().replace(/_/g, '-')
  if (!names.includes(name)) return undefined
  let rest = m[3]
  const stop = rest.search(/[;#"']/)
  if (stop >= 0) rest = rest.slice(0, stop)
  rest = rest.trim()
  // `torch @ https://...` pins a file, not a version range we can read.
  if (rest.startsWith('@')) return ''
  return rest
}

/** Poetry: `torch = "^2.1"` or `torch = { version = "~2.5", ... }`. */
function poetryFor(line: string, names: string[]): string | undefined {
  const m = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=\s*(.*)$/.exec(line)
  if (!m || !names.includes(m[1].toLowerCase().replace(/_/g, '-'))) return undefined
  const v = /^["']([^"']*)["']/.exec(m[2]) ?? /version\s*=\s*["']([^"']*)["']/.exec(m[2])
  return v ? v[1] : ''
}

interface PinFile {
  rel: string
  text: string
  kind: 'requirements' | 'pyproject' | 'setup.cfg' | 'environment'
}

function pinIn(f: PinFile, names: string[]): Pin | undefined {
  const lines = f.text.split(/\r?\n/)
  // environment.yml: only the `dependencies:` list holds packages (`channels:` may say `- pytorch`).
  let inDependencies = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const trimmed = line.trim()
    if (f.kind === 'environment' && /^[^\s#-]/.test(line)) inDependencies = /^dependencies\s*:/.test(line)
    if (trimmed === '' || trimmed.startsWith('#')) continue
    let spec: string | undefined
    if (f.kind === 'requirements') {
      if (trimmed.startsWith('-')) continue
      spec = requirementFor(trimmed, names)
    } else if (f.kind === 'pyproject') {
      // Poetry: `torch = "^2.1"`; PEP 621: requirement strings in arrays. Another key's scalar
      // (`source = "pytorch"`, `name = "torch-tools"`) is not a requirement.
      spec = poetryFor(trimmed, names)
      if (spec === undefined && !/^[A-Za-z0-9_.-]+\s*=\s*[^[\s]/.test(trimmed)) {
        for (const q of trimmed.matchAll(/["']([^"']+)["']/g)) {
          spec = requirementFor(q[1], names)
          if (spec !== undefined) break
        }
      }
    } else if (f.kind === 'setup.cfg') {
      spec = requirementFor(trimmed.replace(/^install_requires\s*=\s*/, ''), names)
    } else {
      // conda: `- pytorch=2.1.0=py3.10_cuda11.8_0`, `- torch==2.1`, and the same under `pip:`.
      if (!inDependencies || !trimmed.startsWith('-')) continue
      const item = trimmed.replace(/^-\s*/, '').replace(/^["']|["']$/g, '')
      const conda = /^([A-Za-z0-9._-]+)\s*(=[^=].*|==.*|[<>~!].*)?$/.exec(item)
      if (conda && names.includes(conda[1].toLowerCase().replace(/^.*::/, ''))) {
        spec = (conda[2] ?? '').replace(/^=([^=][^=]*)=.*$/, '=$1')
      }
    }
    if (spec === undefined) continue
    return { spec: trimmed.replace(/^-\s*/, '').replace(/\s+#.*$/, ''), file: f.rel, line: i + 1, upper: spec === '' ? undefined : upperBound(spec) }
  }
  return undefined
}

/** Pins of torch and peft for a directory: the nearest directory (walking up to the scan root) that names the package decides. */
export class ProjectPins {
  private readonly files = new Map<string, Promise<PinFile[]>>()

  constructor(private readonly root: string) {}

  private async filesIn(dir: string): Promise<PinFile[]> {
    let p = this.files.get(dir)
    if (!p) {
      p = this.readDir(dir)
      this.files.set(dir, p)
    }
    return p
  }

  private async readDir(dir: string): Promise<PinFile[]> {
    let names: string[]
    try {
      names = await readdir(join(this.root, dir))
    } catch {
      return []
    }
    const out: PinFile[] = []
    for (const name of names.sort()) {
      const lower = name.toLowerCase()
      const kind: PinFile['kind'] | undefined =
        lower.startsWith('requirements') && lower.endsWith('.txt')
          ? 'requirements'
          : lower === 'pyproject.toml'
            ? 'pyproject'
            : lower === 'setup.cfg'
              ? 'setup.cfg'
              : lower === 'environment.yml' || lower === 'environment.yaml'
                ? 'environment'
                : undefined
      if (!kind) continue
      try {
        const buf = await readFile(join(this.root, dir, name))
        if (buf.length > MAX_PIN_FILE_BYTES) continue
        out.push({ rel: dir === '.' ? name : `${dir}/${name}`, text: buf.toString('utf8'), kind })
      } catch {
        // unreadable pin file: as if absent
      }
    }
    return out
  }

  /** The pin of `pkg` that applies to a file in `dir` (relative to the root), or undefined when nothing names it. */
  async pinFor(dir: string, pkg: 'torch' | 'peft'): Promise<Pin | undefined> {
    const names = pkg === 'torch' ? ['torch', 'pytorch'] : ['peft']
    for (let d = dir; ; d = posix.dirname(d)) {
      for (const f of await this.filesIn(d)) {
        const pin = pinIn(f, names)
        if (pin) return pin
      }
      if (d === '.' || d === '' || d === '/') return undefined
    }
  }
}
