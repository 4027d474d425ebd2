// The fast path for Python files and notebooks on disk: a repository can hold tens of thousands of
// them and almost none mention PEFT, so each is read with one synchronous open/read/close (no
// FileSource, no per-file promise chain), its bytes are pre-filtered without decoding, and only the
// files that mention a rule's trigger are decoded and parsed. Content still decides: a file whose
// bytes sniff as another format (a pickle named .py) goes back to the normal pipeline.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import type { FileAnalysis } from '../types.js'
import type { Candidate } from '../discover/files.js'
import { isCodeFile } from '../discover/code-files.js'
import { SNIFF_BYTES, sniff } from '../discover/sniff.js'
import { PREFILTER_WORDS } from '../checks/code/prefilter.js'
import { finding } from '../checks/rules.js'
import { MAX_NOTEBOOK_BYTES, MAX_PYTHON_BYTES } from './code-handlers.js'

const WORD_BYTES = PREFILTER_WORDS.map(w => Buffer.from(w, 'latin1'))

/** One buffer reused for every small file: most source files fit, so no fstat and no allocation per file. */
const SMALL = Buffer.allocUnsafe(64 * 1024)

function readSmall(abs: string, max: number): Buffer | undefined {
  const fd = openSync(abs, 'r')
  try {
    const first = readSync(fd, SMALL, 0, SMALL.length, 0)
    if (first < SMALL.length) return Buffer.from(SMALL.subarray(0, first))
    const size = fstatSync(fd).size
    if (size > max) return undefined
    const buf = Buffer.allocUnsafe(size)
    let got = 0
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got)
      if (n === 0) break
      got += n
    }
    return buf.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}

/**
 * Lints the code files among `files` into `analyses` and returns the files left for the normal
 * pipeline (everything else, plus code files it could not read or that are not text).
 */
export async function codePass(files: Candidate[], analyses: FileAnalysis[]): Promise<Candidate[]> {
  const rest: Candidate[] = []
  // The rules and the Python parser are loaded with the first file that mentions a trigger word.
  let lint: typeof import('../checks/code/index.js') | undefined
  for (const f of files) {
    if (!isCodeFile(f.rel)) {
      rest.push(f)
      continue
    }
    const notebook = f.rel.toLowerCase().endsWith('.ipynb')
    let buf: Buffer | undefined
    try {
      buf = readSmall(f.abs, notebook ? MAX_NOTEBOOK_BYTES : MAX_PYTHON_BYTES)
    } catch {
      buf = undefined
    }
    const format = buf ? sniff(buf.subarray(0, SNIFF_BYTES), f.rel, buf.length) : undefined
    // Too large, unreadable or not text: the handler path reports it like any other file.
    if (!buf || (format !== 'python' && format !== 'notebook')) {
      rest.push(f)
      continue
    }
    const entry: FileAnalysis = { path: f.rel, format, bytes: buf.length, status: 'ok', bytesRead: buf.length, findings: [] }
    analyses.push(entry)
    if (!WORD_BYTES.some(w => buf.includes(w))) continue
    try {
      const text = new TextDecoder('utf-8').decode(buf)
      lint ??= await import('../checks/code/index.js')
      const r = format === 'python' ? lint.lintPython(f.rel, text) : lint.lintNotebook(f.rel, text)
      entry.findings.push(...r.findings)
      if (r.pending.length > 0) entry.facts = { codePending: r.pending }
    } catch (e) {
      entry.findings.push(finding('file-unreadable', { path: f.rel, severity: 'warning', message: `The code lint failed on this file (${(e as Error).message}); it was not checked.` }))
    }
    if (entry.findings.length > 0) entry.status = 'findings'
  }
  return rest
}
