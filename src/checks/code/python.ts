// A small model of one Python source over the @lezer/python syntax tree: import aliases, the names
// each scope binds, and value resolution that follows Python's scoping (function → enclosing
// functions → module; class bodies are not seen from methods). A name resolves only when its scope
// binds it exactly once, by a plain assignment (or `with ... as`); anything else — parameters, loop
// variables, tuple targets, `x += ...`, attribute writes like `cfg.bias = ...`, `global` — is not
// guessed, so a rule that needs the value stays silent.
import { parser } from '@lezer/python'
import type { SyntaxNode, Tree } from '@lezer/common'

/** How many name-to-value hops a resolution follows (`a = b`, `b = c`, …) before giving up. */
const MAX_RESOLVE_DEPTH = 16

type Binding = { kind: 'value'; value: SyntaxNode } | { kind: 'unknown' }

interface Scope {
  kind: 'module' | 'function' | 'class'
  parent?: Scope
  bindings: Map<string, Binding[]>
}

export interface Argument {
  /** Keyword name, for `name=value`. */
  name?: string
  /** The whole argument (`bias="all"`), where findings point. */
  node: SyntaxNode
  value: SyntaxNode
}

export interface CallArgs {
  positional: Argument[]
  keywords: Map<string, Argument>
  /** `*args` or `**kwargs` present: missing keywords may come from them. */
  spread: boolean
}

const SCOPE_OWNERS = new Set(['FunctionDefinition', 'ClassDefinition'])
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', 'Comment'])
const COLLECTED = new Set([
  'CallExpression', 'AssignStatement', 'UpdateStatement', 'DeleteStatement', 'ForStatement', 'NamedExpression',
  'WithStatement', 'TryStatement', 'ScopeStatement', 'ImportStatement', 'FunctionDefinition', 'ClassDefinition'
])

export class PyModule {
  readonly tree: Tree
  /** Local name → dotted import path (`LC` → `peft.LoraConfig`, `T` → `torch`). */
  readonly imports = new Map<string, string>()
  private readonly scopes = new Map<number, Scope>()
  private readonly module: Scope = { kind: 'module', bindings: new Map() }
  /** Every call expression, in source order. */
  readonly calls: SyntaxNode[] = []

  constructor(readonly text: string) {
    this.tree = parser.parse(text)
    this.collect()
  }

  src(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to)
  }

  private scopeFor(owner: SyntaxNode | null): Scope {
    if (!owner) return this.module
    let s = this.scopes.get(owner.from)
    if (!s) {
      s = { kind: owner.name === 'ClassDefinition' ? 'class' : 'function', parent: this.scopeOf(owner), bindings: new Map() }
      this.scopes.set(owner.from, s)
    }
    return s
  }

  /** The scope a node's names live in: the innermost function or class whose body (or parameters) hold it. */
  scopeOf(node: SyntaxNode): Scope {
    for (let n = node.parent; n; n = n.parent) {
      if ((n.name === 'Body' || n.name === 'ParamList') && n.parent && SCOPE_OWNERS.has(n.parent.name)) return this.scopeFor(n.parent)
    }
    return this.module
  }

  private bind(scope: Scope, name: string, b: Binding): void {
    const list = scope.bindings.get(name) ?? []
    list.push(b)
    scope.bindings.set(name, list)
  }

  private unknownTargets(node: SyntaxNode, scope: Scope): void {
    if (node.name === 'VariableName') {
      this.bind(scope, this.src(node), { kind: 'unknown' })
      return
    }
    if (node.name === 'MemberExpression') {
      // `cfg.bias = ...` or `cfg["bias"] = ...` changes what `cfg` holds.
      const root = rootName(node)
      if (root) this.bind(scope, this.src(root), { kind: 'unknown' })
      return
    }
    for (let c = node.firstChild; c; c = c.nextSibling) this.unknownTargets(c, scope)
  }

  private collect(): void {
    const cursor = this.tree.cursor()
    do {
      // Most nodes are neither calls nor bindings: only those are materialised as SyntaxNode objects.
      if (!COLLECTED.has(cursor.name)) continue
      const n = cursor.node
      switch (n.name) {
        case 'CallExpression':
          this.calls.push(n)
          break
        case 'AssignStatement':
          this.assignment(n)
          break
        case 'UpdateStatement':
        case 'DeleteStatement':
        case 'ForStatement':
        case 'NamedExpression': {
          const scope = this.scopeOf(n)
          for (let c = n.firstChild; c; c = c.nextSibling) {
            if (c.name === 'in' || c.name === 'UpdateOp' || c.name === 'AssignOp') break
            this.unknownTargets(c, scope)
          }
          break
        }
        case 'WithStatement':
        case 'TryStatement':
          this.asTargets(n)
          break
        case 'ScopeStatement':
        case 'ImportStatement':
          this.importOrScope(n)
          break
        case 'FunctionDefinition':
        case 'ClassDefinition': {
          const name = n.getChild('VariableName')
          if (name) this.bind(this.scopeOf(n), this.src(name), { kind: 'unknown' })
          const params = n.getChild('ParamList')
          if (params) {
            const inner = this.scopeFor(n)
            for (let c = params.firstChild; c; c = c.nextSibling) {
              // Parameters are names; defaults after `=` are expressions of the enclosing scope.
              if (c.name === 'VariableName' && c.prevSibling?.name !== 'AssignOp') this.bind(inner, this.src(c), { kind: 'unknown' })
            }
          }
          break
        }
      }
    } while (cursor.next())
  }

  private assignment(n: SyntaxNode): void {
    const scope = this.scopeOf(n)
    const kids: SyntaxNode[] = []
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c)
    const ops = kids.map((k, i) => (k.name === 'AssignOp' ? i : -1)).filter(i => i >= 0)
    if (ops.length === 0) return // `x: int`
    const last = ops[ops.length - 1]
    const values = kids.slice(last + 1).filter(k => !PUNCTUATION.has(k.name))
    let start = 0
    for (const op of ops) {
      const targets = kids.slice(start, op).filter(k => !PUNCTUATION.has(k.name) && k.name !== 'TypeDef')
      start = op + 1
      if (targets.length === 1 && targets[0].name === 'VariableName' && values.length === 1) {
        this.bind(scope, this.src(targets[0]), { kind: 'value', value: values[0] })
      } else {
        for (const t of targets) this.unknownTargets(t, scope)
      }
    }
  }

  /** `with expr as name` binds name to expr (so `pickle.load(f)` can see the path opened); `except E as e` binds nothing we know. */
  private asTargets(n: SyntaxNode): void {
    const scope = this.scopeOf(n)
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'as') continue
      const target = c.nextSibling
      const expr = c.prevSibling
      if (!target) continue
      if (n.name === 'WithStatement' && target.name === 'VariableName' && expr) this.bind(scope, this.src(target), { kind: 'value', value: expr })
      else this.unknownTargets(target, scope)
    }
  }

  private importOrScope(n: SyntaxNode): void {
    const scope = this.scopeOf(n)
    const kids: SyntaxNode[] = []
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c)
    if (n.name === 'ScopeStatement') {
      for (const k of kids) if (k.name === 'VariableName') this.bind(scope, this.src(k), { kind: 'unknown' })
      return
    }
    const text = (k: SyntaxNode) => this.src(k)
    const isFrom = kids[0]?.name === 'from'
    let i = 1
    let fromModule = ''
    if (isFrom) {
      while (i < kids.length && kids[i].name !== 'import') fromModule += text(kids[i++])
      i++
    }
    // Dotted names come as VariableName . VariableName; `as` renames the last one.
    let dotted: string[] = []
    const flush = (alias?: string) => {
      if (dotted.length === 0) return
      const full = isFrom ? `${fromModule}.${dotted.join('.')}` : dotted.join('.')
      const local = alias ?? (isFrom ? dotted[dotted.length - 1] : dotted[0])
      this.imports.set(local, alias || isFrom ? full : dotted[0])
      this.bind(scope, local, { kind: 'unknown' })
      dotted = []
    }
    for (; i < kids.length; i++) {
      const k = kids[i]
      if (k.name === 'VariableName') dotted.push(text(k))
      else if (k.name === 'as') {
        const alias = kids[i + 1]
        flush(alias ? text(alias) : undefined)
        i++
      } else if (k.name === ',') flush()
    }
    flush()
  }

  /** The expression a name stands for, when its binding is unique; the node itself otherwise. */
  resolve(node: SyntaxNode, depth = 0): SyntaxNode | undefined {
    let n = node
    while (n.name === 'ParenthesizedExpression') {
      const inner = n.firstChild?.nextSibling
      if (!inner || inner.nextSibling?.name !== ')') break
      n = inner
    }
    if (n.name !== 'VariableName') return n
    if (depth >= MAX_RESOLVE_DEPTH) return undefined
    const name = this.src(n)
    const start = this.scopeOf(n)
    for (let s: Scope | undefined = start; s; s = s.parent) {
      // Python skips class bodies when a method looks a name up.
      if (s.kind === 'class' && s !== start) continue
      const list = s.bindings.get(name)
      if (!list) continue
      if (list.length !== 1 || list[0].kind !== 'value') return undefined
      const value = list[0].value
      if (value.from <= n.from && n.to <= value.to) return undefined // `x = f(x)`
      return this.resolve(value, depth + 1)
    }
    return undefined
  }

  /** Dotted name of a callee or attribute chain with imports applied (`T.load` → `torch.load`). */
  qualifiedName(node: SyntaxNode): string | undefined {
    if (node.name === 'VariableName') {
      const name = this.src(node)
      return this.imports.get(name) ?? name
    }
    if (node.name === 'MemberExpression') {
      const prop = node.getChild('PropertyName')
      const obj = node.firstChild
      if (!prop || !obj) return undefined
      const base = obj.name === 'VariableName' || obj.name === 'MemberExpression' ? this.qualifiedName(obj) : '?'
      return `${base ?? '?'}.${this.src(prop)}`
    }
    return undefined
  }

  calleeName(call: SyntaxNode): string | undefined {
    const callee = call.firstChild
    return callee ? this.qualifiedName(callee) : undefined
  }

  args(call: SyntaxNode): CallArgs {
    const out: CallArgs = { positional: [], keywords: new Map(), spread: false }
    const list = call.getChild('ArgList')
    if (!list) return out
    for (let c = list.firstChild; c; c = c.nextSibling) {
      if (PUNCTUATION.has(c.name)) continue
      if (c.name === '*' || c.name === '**') {
        out.spread = true
        c = c.nextSibling ?? c
        continue
      }
      if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp' && c.nextSibling.nextSibling) {
        const value = c.nextSibling.nextSibling
        const arg: Argument = { name: this.src(c), node: c, value }
        // The argument spans `name=value`; node keeps its start for the column.
        out.keywords.set(arg.name as string, arg)
        c = value
        continue
      }
      out.positional.push({ node: c, value: c })
    }
    return out
  }

  /** A literal string (plain, raw, or implicitly concatenated); f-strings and bytes are not. */
  stringValue(node: SyntaxNode | undefined): string | undefined {
    const n = node && this.resolve(node)
    if (!n) return undefined
    if (n.name === 'ContinuedString') {
      let s = ''
      for (let c = n.firstChild; c; c = c.nextSibling) {
        const part = this.stringValue(c)
        if (part === undefined) return undefined
        s += part
      }
      return s
    }
    if (n.name !== 'String') return undefined
    return decodeStringLiteral(this.src(n))
  }

  boolValue(node: SyntaxNode | undefined): boolean | undefined {
    const n = node && this.resolve(node)
    if (!n || n.name !== 'Boolean') return undefined
    return this.src(n) === 'True'
  }

  /** Elements of a list or tuple literal (resolved through names), or undefined. */
  listItems(node: SyntaxNode | undefined): SyntaxNode[] | undefined {
    const n = node && this.resolve(node)
    if (!n || (n.name !== 'ArrayExpression' && n.name !== 'TupleExpression')) return undefined
    const items: SyntaxNode[] = []
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (PUNCTUATION.has(c.name)) continue
      if (c.name === '*') return undefined // `[*base, "x"]`: not all known
      items.push(c)
    }
    return items
  }
}

/** The VariableName at the root of `a.b[c].d`. */
function rootName(node: SyntaxNode): SyntaxNode | undefined {
  let n: SyntaxNode | null = node
  while (n && n.name === 'MemberExpression') n = n.firstChild
  return n && n.name === 'VariableName' ? n : undefined
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' }

/** Value of one Python string literal; undefined for f-strings and bytes (not plain text values). */
export function decodeStringLiteral(raw: string): string | undefined {
  const m = /^([A-Za-z]*)('''|"""|'|")/.exec(raw)
  if (!m) return undefined
  const prefix = m[1].toLowerCase()
  if (prefix.includes('f') || prefix.includes('b') || prefix.includes('t')) return undefined
  const q = m[2]
  if (!raw.endsWith(q) || raw.length < m[0].length + q.length) return undefined
  const body = raw.slice(m[0].length, raw.length - q.length)
  if (prefix.includes('r')) return body
  return body.replace(/\\(.)/gs, (_all, c: string) => SIMPLE_ESCAPES[c] ?? `\\${c}`)
}

/** The literal text an f-string ends with after its last `{...}` (enough to see a file extension). */
export function formatStringTail(mod: PyModule, node: SyntaxNode): string | undefined {
  if (node.name !== 'FormatString') return undefined
  const raw = mod.src(node)
  const last = node.lastChild
  const q = /('''|"""|'|")$/.exec(raw)?.[1]
  if (!q) return undefined
  const from = last && last.name === 'FormatReplacement' ? last.to - node.from : (/^[A-Za-z]*('''|"""|'|")/.exec(raw)?.[0].length ?? 0)
  return raw.slice(from, raw.length - q.length)
}
