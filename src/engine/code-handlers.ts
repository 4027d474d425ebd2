// Handlers for Python files and notebooks (the `code` rules): read the text, lint it, and hand the
// sites that need the project's torch/peft pins to the post-check (src/checks/code/post-check.ts).
import type { FileFormat } from '../types.js'
import { finding } from '../checks/rules.js'
import type { Handler } from './context.js'

/** Python files larger than this are not linted (generated code; training scripts are kilobytes). */
export const MAX_PYTHON_BYTES = 4 * 1024 * 1024
/** Notebooks carry their outputs (images), so they get more room; past it: `resource-limit` note. */
export const MAX_NOTEBOOK_BYTES = 64 * 1024 * 1024

function codeHandler(format: 'python' | 'notebook', max: number): Handler {
  return async (src, _head, ctx) => {
    // Code inside archives (TorchScript's code/ folder, bundled sources) is not the project's training code.
    if (ctx.code === false || ctx.depth > 0) return { format, findings: [], status: 'skipped' }
    if (src.size > max) {
      return {
        format,
        status: 'skipped',
        findings: [finding('resource-limit', { path: ctx.path, severity: 'note', message: `${format === 'python' ? 'Python file' : 'Notebook'} of ${src.size} bytes is over the ${max}-byte limit for code lint; not linted.` })]
      }
    }
    const text = new TextDecoder('utf-8').decode(await src.read(0, src.size))
    // Loaded on first use: the Python parser is a large part of the bundle, and most scans lint nothing.
    const { lintNotebook, lintPython } = await import('../checks/code/index.js')
    const r = format === 'python' ? lintPython(ctx.path, text) : lintNotebook(ctx.path, text)
    return { format, findings: r.findings, ...(r.pending.length > 0 ? { facts: { codePending: r.pending } } : {}) }
  }
}

export const CODE_HANDLERS: Partial<Record<FileFormat, Handler>> = {
  python: codeHandler('python', MAX_PYTHON_BYTES),
  notebook: codeHandler('notebook', MAX_NOTEBOOK_BYTES)
}
