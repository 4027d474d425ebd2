// Code cells of a Jupyter notebook (nbformat 4: `cells[].cell_type`, `cells[].source` as one string
// or a list of strings), each as Python text with, for every character, the offset in the .ipynb
// file of the JSON escape or character it was decoded from. A small JSON reader of our own keeps
// string positions (JSON.parse does not); IPython magics (`%pip`, `!ls`) are blanked, not parsed.
import { lineStarts, positionIn, type CodeUnit } from './source.js'

type Node =
  | { kind: 'object'; entries: Array<[string, Node]> }
  | { kind: 'array'; items: Node[] }
  | { kind: 'string'; start: number; end: number }
  | { kind: 'other' }

/** Nesting deeper than this is not a notebook; the reader stops instead of recursing further. */
const MAX_DEPTH = 64

class NotebookError extends Error {}

class Reader {
  pos = 0
  constructor(private readonly s: string) {}

  private ws(): void {
    for (;;) {
      const c = this.s.charCodeAt(this.pos)
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++
      else return
    }
  }

  value(depth: number): Node {
    if (depth > MAX_DEPTH) throw new NotebookError('nested too deeply')
    this.ws()
    const c = this.s[this.pos]
    if (c === '{') {
      this.pos++
      const entries: Array<[string, Node]> = []
      this.ws()
      if (this.s[this.pos] === '}') {
        this.pos++
        return { kind: 'object', entries }
      }
      for (;;) {
        this.ws()
        const k = this.string()
        this.ws()
        if (this.s[this.pos++] !== ':') throw new NotebookError(`expected ':' at offset ${this.pos - 1}`)
        entries.push([decodeJsonString(this.s, k.start, k.end).text, this.value(depth + 1)])
        this.ws()
        const sep = this.s[this.pos++]
        if (sep === '}') return { kind: 'object', entries }
        if (sep !== ',') throw new NotebookError(`expected ',' or '}' at offset ${this.pos - 1}`)
      }
    }
    if (c === '[') {
      this.pos++
      const items: Node[] = []
      this.ws()
      if (this.s[this.pos] === ']') {
        this.pos++
        return { kind: 'array', items }
      }
      for (;;) {
        items.push(this.value(depth + 1))
        this.ws()
        const sep = this.s[this.pos++]
        if (sep === ']') return { kind: 'array', items }
        if (sep !== ',') throw new NotebookError(`expected ',' or ']' at offset ${this.pos - 1}`)
      }
    }
    if (c === '"') return this.string()
    // Numbers, true, false, null: skipped over, their values are not needed.
    const start = this.pos
    while (this.pos < this.s.length && !',]} \t\r\n'.includes(this.s[this.pos])) this.pos++
    if (this.pos === start) throw new NotebookError(`unexpected ${c === undefined ? 'end of file' : `'${c}'`} at offset ${start}`)
    return { kind: 'other' }
  }

  string(): { kind: 'string'; start: number; end: number } {
    if (this.s[this.pos] !== '"') throw new NotebookError(`expected a string at offset ${this.pos}`)
    const start = this.pos
    this.pos++
    for (;;) {
      const c = this.s.charCodeAt(this.pos)
      if (Number.isNaN(c)) throw new NotebookError('unterminated string')
      if (c === 0x22) break
      this.pos += c === 0x5c ? 2 : 1
    }
    this.pos++
    return { kind: 'string', start, end: this.pos }
  }
}

/** Decodes the JSON string token s[start, end) (quotes included) with the file offset of each decoded UTF-16 unit. */
export function decodeJsonString(s: string, start: number, end: number): { text: string; offsets: number[] } {
  let text = ''
  const offsets: number[] = []
  for (let i = start + 1; i < end - 1; ) {
    if (s[i] !== '\\') {
      text += s[i]
      offsets.push(i)
      i++
      continue
    }
    const e = s[i + 1]
    if (e === 'u') {
      text += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16))
      offsets.push(i)
      i += 6
      continue
    }
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' }
    text += map[e] ?? e
    offsets.push(i)
    i += 2
  }
  return { text, offsets }
}

export interface NotebookRead {
  /** Every code cell joined in order (a notebook shares one namespace across cells), or undefined. */
  unit?: CodeUnit
  /** How many code cells were read. */
  codeCells: number
  /** Why the file is not a notebook we can read, when it is not. */
  error?: string
}

function get(node: Node, key: string): Node | undefined {
  if (node.kind !== 'object') return undefined
  let found: Node | undefined
  for (const [k, v] of node.entries) if (k === key) found = v // last wins, as JSON.parse
  return found
}

/**
 * Python's view of a cell: IPython magics and shell escapes (`%pip install`, `!nvidia-smi`) are
 * replaced by spaces of the same length, so offsets and columns stay exact; a cell magic (`%%bash`)
 * makes the whole cell another language, so all of it is blanked.
 */
export function blankMagics(text: string): string {
  const cellMagic = text.trimStart().startsWith('%%')
  let out = ''
  let lineStart = true
  let blank = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') {
      out += c
      lineStart = true
      blank = false
      continue
    }
    if (lineStart && c !== ' ' && c !== '\t') {
      blank = cellMagic || c === '%' || c === '!'
      lineStart = false
    }
    out += blank ? ' ' : c
  }
  return out
}

/** Reads the code cells of a notebook given as text. */
export function readNotebook(json: string): NotebookRead {
  let root: Node
  try {
    root = new Reader(json).value(0)
  } catch (e) {
    return { codeCells: 0, error: (e as Error).message }
  }
  const cells = get(root, 'cells')
  if (!cells || cells.kind !== 'array') return { codeCells: 0, error: 'there is no "cells" list (not an nbformat 4 notebook)' }
  const starts = lineStarts(json)
  let text = ''
  const offsets: number[] = []
  /** Start offset in `text` of each code cell, with its 1-based number among all cells. */
  const cellStarts: Array<{ at: number; number: number }> = []
  cells.items.forEach((cell, index) => {
    const type = get(cell, 'cell_type')
    if (!type || type.kind !== 'string' || decodeJsonString(json, type.start, type.end).text !== 'code') return
    const source = get(cell, 'source')
    const parts = source?.kind === 'string' ? [source] : source?.kind === 'array' ? source.items : []
    let cellText = ''
    const cellOffsets: number[] = []
    let last = -1
    for (const p of parts) {
      if (p.kind !== 'string') continue
      const d = decodeJsonString(json, p.start, p.end)
      cellText += d.text
      cellOffsets.push(...d.offsets)
      last = p.end - 1
    }
    cellStarts.push({ at: text.length, number: index + 1 })
    text += blankMagics(cellText) + '\n'
    // The separator maps to the closing quote of the cell's last source string.
    offsets.push(...cellOffsets, last >= 0 ? last : type.start)
  })
  if (cellStarts.length === 0) return { codeCells: 0 }
  return {
    codeCells: cellStarts.length,
    unit: {
      text,
      position: offset => positionIn(starts, offsets[Math.min(offset, offsets.length - 1)]),
      cellAt: offset => {
        let n = cellStarts[0].number
        for (const c of cellStarts) if (c.at <= offset) n = c.number
        return n
      }
    }
  }
}
