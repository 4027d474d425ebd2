// Tensor names, metadata and paths come from attackers. Each sink gets hostile strings and must keep
// them as inert text: Markdown (PR comment, job summary), workflow commands, SARIF, the terminal.
// The end-to-end case scans a real tree whose file and tensor names are the hostile strings.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding, ScanReport } from '../src/types.js'
import { scan, buildReport } from '../src/engine/scan.js'
import { finding } from '../src/checks/rules.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderSarif } from '../src/report/sarif.js'
import { renderText } from '../src/report/text.js'
import { renderJson } from '../src/report/json.js'
import { escapeMarkdown, markdownCode } from '../src/report/escape.js'
import { emitAnnotations } from '../src/github/annotations.js'
import { logLine } from '../src/github/notes.js'
import { f32, writeSafetensors } from './helpers/safetensors-writer.js'

/** One string per trick; every sink is tested with each of them. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<!-- hidden --><details open><summary>x</summary>',
  '| injected | cell |',
  'a\\| ![pixel](https://evil.example/p.png) @org/team',
  '`code` ``two`` ```three```',
  '@octocat please merge',
  '#1 closes #2',
  '[click](https://evil.example) ![img](https://evil.example/x.png)',
  'line1\n## Heading\n| a | b |\n',
  'cr\roverwrite\r\n- list',
  '**bold** _it_ ~~s~~ \\*',
  '\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x1b[2J',
  '\x9b31m C1 CSI \x85 NEL \x07 bell \x08 backspace \x7f del',
  '\u202egnp.exe \u2066isolate\u2069 \u2028ls \u2029ps',
  '::error file=x::forged %0A %25 :,',
  'nul\u0000byte \t tab',
  'percent %41 %% 100%',
  'path/../../etc/passwd?x=1#frag name with spaces ü'
]

/** A finding carrying the hostile string everywhere attacker data can go. */
function hostileFinding(h: string, i: number): Finding {
  return {
    ...finding('pickle-unknown-global', { path: `dir ${i}/${h}.bin`, message: `The pickle imports \`${h}.${h}\`: ${h}`, tensors: [h, `${h}.lora_A`] }),
    suppressed: i % 3 === 0 ? { reason: h } : undefined
  }
}

function report(findings: Finding[]): ScanReport {
  return buildReport('/repo', findings.map(f => ({ path: f.path, format: 'pickle', bytes: 1, status: 'findings', bytesRead: 1, findings: [] })), findings, 'error')
}

const findings = HOSTILE.map(hostileFinding)

/** The line without its code spans (CommonMark: a run of n backticks up to the next run of exactly n; `\\` escapes outside). */
function outsideCode(line: string): string {
  let out = ''
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2)
      i++
      continue
    }
    if (line[i] !== '`') {
      out += line[i]
      continue
    }
    let n = 0
    while (line[i + n] === '`') n++
    const close = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g')
    close.lastIndex = i + n
    const m = close.exec(line)
    if (!m) {
      out += line.slice(i, i + n)
      i += n - 1
      continue
    }
    i = m.index + n - 1
  }
  return out
}

/** Pipes that end a GFM table cell (cmark-gfm: a backslash escapes the next punctuation character, itself included). */
/** The rows of every markdown table whose header starts with `header` (each up to its next blank line). */
function tableRows(md: string, header: string): string[] {
  const lines = md.split('\n')
  const out: string[] = []
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start].startsWith(header)) continue
    for (let i = start + 2; i < lines.length && lines[i].startsWith('| '); i++) out.push(lines[i])
  }
  return out
}

/** Our own tags (sections, line breaks, code in section titles); anything else would be an attacker's. */
function withoutOwnTags(md: string): string {
  return md.replace(/<\/?(br|details|summary|code|sub)( open)?>/g, '')
}

/** Every row of every table has exactly its own cells: a single finding 4, per-file sections 3, by-file 5. */
function expectCells(md: string): void {
  for (const r of tableRows(md, '| Severity | Rule | File |')) expect(cellDelimiters(r), r).toBe(5)
  for (const r of tableRows(md, '| Severity | Rule | Message |')) expect(cellDelimiters(r), r).toBe(4)
  for (const r of tableRows(md, '| File')) expect(cellDelimiters(r), r).toBe(6)
}

function cellDelimiters(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === '|') n++
  }
  return n
}

describe('markdown (PR comment, job summary)', () => {
  const md = renderMarkdown(report(findings))
  const rows = tableRows(md, '| Severity')

  it('every finding is exactly one table row with exactly its cells', () => {
    expect(rows).toHaveLength(findings.length)
    expectCells(md)
  })

  it('no HTML from attackers: only our own tags', () => {
    expect(withoutOwnTags(md)).not.toMatch(/<[a-zA-Z!/?]/)
  })

  it('no mentions, references, links or images from attackers (outside code spans, where they are inert)', () => {
    const text = rows.map(outsideCode).join('\n')
    expect(text).not.toMatch(/@octocat|@org/)
    expect(text).not.toMatch(/(^|[^\\])!\[/)
    expect(text).not.toMatch(/(^|[^\\])\[click\]\(/)
    expect(text).not.toMatch(/(^|[^\\])#[12]/)
  })

  it('no control characters, bidi overrides or line separators', () => {
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
  })

  it('inline code can never be closed by a name', () => {
    for (const h of HOSTILE) {
      const code = markdownCode(h)
      const fence = /^`+/.exec(code)![0]
      expect(code.endsWith(fence)).toBe(true)
      expect(code.slice(fence.length, -fence.length)).not.toContain(fence)
      expect(cellDelimiters(code)).toBe(0)
    }
  })

  it('escapeMarkdown leaves no active markdown punctuation', () => {
    for (const h of HOSTILE) expect(escapeMarkdown(h)).not.toMatch(/(^|[^\\])[`*_[\]<>|#]/)
  })

  it('holds when the table is cut to fit a comment or a summary', () => {
    const many = Array.from({ length: 400 }, (_, i) => hostileFinding(HOSTILE[i % HOSTILE.length], i))
    for (const opts of [{ maxLength: 65_536 }, { maxLength: 20_000, measureBytes: true }]) {
      const out = renderMarkdown(report(many), { ...opts, fullReportUrl: 'https://example.invalid/run' })
      expect(opts.measureBytes ? Buffer.byteLength(out) : out.length).toBeLessThanOrEqual(opts.maxLength)
      expectCells(out)
    }
  })
})

/** What emitAnnotations writes to stdout for every finding (none suppressed). */
function captureAnnotations(): string {
  const out: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(s => {
    out.push(String(s))
    return true
  })
  try {
    emitAnnotations(findings.map(f => ({ ...f, suppressed: undefined })), 1000)
  } finally {
    spy.mockRestore()
  }
  return out.join('')
}

describe('workflow commands (annotations, log lines)', () => {
  it('one command per annotation; %, CR, LF escaped in the message; also : and , in properties', () => {
    const lines = captureAnnotations().split('\n').filter(l => l !== '')
    expect(lines).toHaveLength(findings.length)
    for (const line of lines) {
      const m = /^::(error|warning|notice) ([^:]*)::([\s\S]*)$/.exec(line)
      expect(m, line).not.toBeNull()
      expect(line).not.toMatch(/\r/)
      const props = m![2].split(',')
      expect(props.map(p => p.slice(0, p.indexOf('=')))).toEqual(['title', 'file'])
      // A literal % that is not an escape would let a name forge one (%0A is a newline to the runner).
      expect(m![3]).not.toMatch(/%(?!25|0D|0A)/)
    }
    // In the message a forged command stays text: its `%0A` arrives as `%250A`, never as a newline.
    expect(lines.join('\n')).toContain('::error file=x::forged %250A %2525')
  })

  // @actions/core escapes only %, CR, LF (and : , in properties); annotationOf escapes the rest.
  it('annotation messages carry no terminal escapes or bidi overrides', () => {
    expect(captureAnnotations()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
  })

  it('log lines never start a command or a new line', () => {
    for (const h of HOSTILE) {
      const line = logLine(`adapter-guard: ${h}`)
      expect(line).not.toMatch(/[\r\n\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/)
      expect(line.startsWith('::')).toBe(false)
    }
  })
})

describe('SARIF', () => {
  const sarif = JSON.parse(renderSarif(report(findings))) as {
    runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>
  }
  const results = sarif.runs[0].results

  it('is valid JSON that keeps every hostile string exactly, as data', () => {
    expect(results).toHaveLength(findings.length)
    results.forEach((r, i) => expect(r.message.text).toContain(findings[i].message))
  })

  it('artifact URIs are relative references that decode back to the path (no fragment, query or spaces)', () => {
    results.forEach((r, i) => {
      const uri = r.locations[0].physicalLocation.artifactLocation.uri
      expect(uri).not.toMatch(/[#? \u0000-\u001f\u007f-\uffff]/)
      expect(decodeURIComponent(uri)).toBe(findings[i].path)
      expect(new URL(uri, 'file:///root/').pathname.startsWith('/root/') || uri.includes('..')).toBe(true)
    })
  })
})

describe('terminal and JSON', () => {
  it('text report without colour has no control characters but newlines', () => {
    const out = renderText(report(findings), { color: false })
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
  })

  it('text report with colour has only our own SGR sequences', () => {
    const out = renderText(report(findings), { color: true }).replace(/\x1b\[[0-9;]*m/g, '')
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
    // Each finding takes exactly its four lines: a hostile newline cannot forge a line.
    expect(out.split('\n').filter(l => l.startsWith('    fix:'))).toHaveLength(findings.length)
  })

  it('JSON report round-trips every string exactly', () => {
    const back = JSON.parse(renderJson(report(findings))) as ScanReport
    expect(back.findings.map(f => f.message)).toEqual(findings.map(f => f.message))
  })
})

describe('end to end: hostile file and tensor names through a real scan', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ag-hostile-'))
    for (const [i, h] of HOSTILE.entries()) {
      // File names may hold anything but `/` and NUL on Linux.
      const name = h.replace(/[/\u0000]/g, '_').slice(0, 120)
      const tensors = [{ name: h, dtype: 'F32', shape: [1], data: f32([1]) }, { name: `${h}.x`, dtype: 'F32', shape: [1], data: f32([2]) }]
      // Unpadded header + odd metadata: a finding that quotes names and metadata.
      writeFileSync(join(root, `${i} ${name}.safetensors`), writeSafetensors(tensors, { format: h }, { pad: false }))
    }
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('every sink stays inert', async () => {
    const { report: r } = await scan({ root, failOn: 'never' })
    expect(r.findings.length).toBeGreaterThanOrEqual(HOSTILE.length)
    const md = renderMarkdown(r)
    expect(withoutOwnTags(md)).not.toMatch(/<[a-zA-Z!/?]/)
    expectCells(md)
    expect(renderText(r, { color: false })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
    const sarif = JSON.parse(renderSarif(r)) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }
    for (const res of sarif.runs[0].results) expect(res.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/[#? ]/)
  })
})
