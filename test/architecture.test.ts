// The shape of src/ (issue #12): readers know no rules, the engine knows no GitHub, and the import
// graph has no cycle. Imports are read with the TypeScript parser: static `import` (also `import
// type`), `export ... from`, dynamic `import()` and `import('x').T` type references all count.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

const root = resolve(__dirname, '..')
const srcDir = join(root, 'src')

function listTs(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...listTs(p))
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p)
  }
  return out
}

/** Every module specifier a file names, in source order. */
export function moduleSpecifiers(text: string, fileName = 'x.ts'): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const specs: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const a = node.arguments[0]
      if (a && ts.isStringLiteralLike(a)) specs.push(a.text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specs.push(node.argument.literal.text)
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      specs.push(node.moduleReference.expression.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return specs
}

/** Resolves a relative specifier (written with .js, as NodeNext wants) to a file under src/. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined
  const base = resolve(dirname(from), spec)
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base + '.ts', join(base, 'index.ts')]
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c
  throw new Error(`${rel(from)}: cannot resolve import '${spec}'`)
}

const rel = (p: string): string => relative(root, p).split(sep).join('/')

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const f of listTs(srcDir)) {
    const deps = new Set<string>()
    for (const s of moduleSpecifiers(readFileSync(f, 'utf8'), f)) {
      const r = resolveLocal(f, s)
      if (r) deps.add(rel(r))
    }
    graph.set(rel(f), [...deps].sort())
  }
  return graph
}

/** One concrete cycle per strongly connected component (Tarjan), each printed as a → b → a. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const idx = new Map<string, number>(), low = new Map<string, number>(), onStack = new Set<string>()
  const stack: string[] = []
  const sccs: string[][] = []
  const strong = (v: string): void => {
    idx.set(v, index); low.set(v, index); index++
    stack.push(v); onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)) }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = []
      let w: string
      do { w = stack.pop()!; onStack.delete(w); comp.push(w) } while (w !== v)
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) sccs.push(comp.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v)
  // Within each component, a shortest path back to its first member (breadth first) is a real cycle.
  return sccs.map(comp => {
    const inComp = new Set(comp)
    const start = comp[0]
    const prev = new Map<string, string>()
    const queue = [start]
    let end: string | undefined
    while (queue.length && !end) {
      const v = queue.shift()!
      for (const w of graph.get(v) ?? []) {
        if (!inComp.has(w)) continue
        if (w === start) { end = v; break }
        if (!prev.has(w)) { prev.set(w, v); queue.push(w) }
      }
    }
    const path = [start]
    for (let v = end; v && v !== start; v = prev.get(v)) path.splice(1, 0, v)
    path.push(start)
    return path
  })
}

const layerOf = (file: string): string => file.split('/').slice(1, -1)[0] ?? '(top)'

/** Which layers a layer must never import (issue #12). */
const forbidden: Record<string, string[]> = {
  formats: ['checks', 'report', 'github', 'engine'],
  engine: ['github']
}

describe('architecture', () => {
  const graph = importGraph()

  it('reads every kind of import statement', () => {
    const specs = moduleSpecifiers([
      "import a from './a.js'",
      "import type { B } from './b.js'",
      "export { c } from './c.js'",
      "export * from './d.js'",
      "export type { E } from './e.js'",
      "const f = await import('./f.js')",
      "let g: import('./g.js').G",
      "import './h.js'"
    ].join('\n'))
    expect(specs).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js'])
  })

  it('finds the files it checks', () => {
    expect(graph.size).toBeGreaterThan(50)
    expect([...graph.keys()].some(f => f.startsWith('src/formats/'))).toBe(true)
  })

  it('lower layers never import higher ones (formats know no rules; the engine knows no GitHub)', () => {
    const bad: string[] = []
    for (const [file, deps] of graph) {
      const banned = forbidden[layerOf(file)]
      if (!banned) continue
      for (const d of deps) if (banned.includes(layerOf(d))) bad.push(`${file} → ${d}`)
    }
    expect(bad).toEqual([])
  })

  it('the import graph has no cycle', () => {
    const cycles = findCycles(graph).map(c => c.join(' → '))
    expect(cycles).toEqual([])
  })
})

describe('readers return facts, checks judge them', () => {
  const fixture = (p: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'test', 'fixtures', p)))
  const noRules = (reading: unknown): void => {
    // A rule id or a Finding field anywhere in a reading means the reader judged.
    const text = JSON.stringify(reading, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
    expect(text).not.toMatch(/"ruleId"|"helpUri"|"severity"/)
  }

  it('a torch zip with a pickle in data.txt: the reader names the member, the check words the finding', async () => {
    const { MemorySource } = await import('../src/formats/source.js')
    const { readZipDirectory } = await import('../src/formats/zip.js')
    const { readTorchZip } = await import('../src/formats/torch-zip.js')
    const { torchZipFindings } = await import('../src/checks/containers.js')
    const src = new MemorySource(fixture('malicious/zip_pickle_in_data_txt.pt'))
    const dir = await readZipDirectory(src, 1000)
    const reading = await readTorchZip(src, dir, { maxPickleBytes: 1 << 20, maxMemberBytes: 1 << 20, reserveUnpacked: () => true })
    noRules(reading)
    expect(reading.hidden.map(h => h.member)).toEqual([expect.stringMatching(/data\.txt$/)])
    expect(reading.hidden[0]!.hidden.run.imports.some(i => i.verdict === 'code-execution')).toBe(true)
    const findings = torchZipFindings('x.pt', reading, { maxPickleBytes: 1 << 20 })
    expect(findings.find(f => f.ruleId === 'pickle-code-execution')?.message).toMatch(/^In member `.*data\.txt`: /)
  })

  it('torch tar and legacy readers return member facts and problems, no findings', async () => {
    const { MemorySource } = await import('../src/formats/source.js')
    const { readTarEntries } = await import('../src/formats/tar.js')
    const { readTorchTar } = await import('../src/formats/torch-tar.js')
    const { readTorchLegacy } = await import('../src/formats/torch-legacy.js')
    const tarSrc = new MemorySource(fixture('containers/torch_tar.tar'))
    const tar = await readTorchTar(tarSrc, await readTarEntries(tarSrc, 1000), { maxPickleBytes: 1 << 20 })
    noRules(tar)
    expect(tar.members.map(m => m.kind)).toContain('records')
    const legacy = await readTorchLegacy(new MemorySource(fixture('malicious/legacy_object_payload.pt')), { maxPickleBytes: 1 << 20 })
    noRules(legacy)
    expect(legacy.run.imports.some(i => i.verdict === 'code-execution')).toBe(true)
  })
})
