// `convert: true`: for each pickle checkpoint in the workspace that is safe to read, write the
// safetensors file beside it (or under convert-dir), verified byte for byte. Nothing is committed:
// the `converted` output lets a later step open a pull request with the files.
import { dirname, relative, resolve } from 'node:path'
import type { FileAnalysis, Finding } from '../types.js'
import { convertCheckpoint, defaultOutput } from '../convert/convert.js'
import { escapeMarkdown, markdownCode } from '../report/escape.js'
import { finding } from '../checks/rules.js'
import { realRootSync, resolvesInside } from '../discover/contain.js'
import { OutputRefused, checkDestination, makeDirNoFollow } from '../io/safe-write.js'
import { withoutRunnerPaths, type Notes } from './notes.js'

export interface ConvertedFiles {
  written: string[]
  skipped: Array<{ path: string; why: string }>
  /** convert-unsafe-name findings: names refused before anything was written. */
  findings: Finding[]
}

const PICKLE_CHECKPOINTS = new Set(['pytorch-zip', 'pytorch-legacy'])

/**
 * Names a later step may meet unquoted (`converted` output, `git add $files`): letters, digits,
 * marks, spaces and `._-+=,@:/` only (no `%`: cmd.exe expands it), and no component starting with `-` (it would read as an option).
 * Newlines, `$(...)`, backticks, quotes, globs and bidi overrides never reach the output (issue #10).
 */
export function safeOutputName(rel: string): boolean {
  return /^[\p{L}\p{N}\p{M} ._+=,@:/-]+$/u.test(rel) && !rel.split('/').some(c => c.startsWith('-'))
}

export async function convertInWorkspace(
  analyses: FileAnalysis[],
  opts: { root: string; workspace: string; temp?: string; convertDir: string; dedupe: boolean },
  notes: Notes
): Promise<ConvertedFiles> {
  const out: ConvertedFiles = { written: [], skipped: [], findings: [] }
  const realWorkspace = realRootSync(opts.workspace)
  const where = { workspace: opts.workspace, temp: opts.temp ?? opts.workspace }
  for (const a of analyses) {
    if (!PICKLE_CHECKPOINTS.has(a.format) || a.path.includes('!/')) continue
    const src = resolve(opts.root, a.path)
    const dest = opts.convertDir ? resolve(opts.workspace, opts.convertDir, relative(opts.root, defaultOutput(src))) : defaultOutput(src)
    const destRel = relative(opts.workspace, dest).split('\\').join('/')
    if (!safeOutputName(a.path) || !safeOutputName(destRel)) {
      out.findings.push(
        finding('convert-unsafe-name', {
          path: a.path,
          message: 'Not converted: the path holds characters (control characters, newlines, `$`, backticks, quotes, shell or glob metacharacters, bidi overrides, or a leading `-`) that could break or inject into a later step reading the `converted` output.'
        })
      )
      continue
    }
    // The source was discovered inside the real workspace; check again right before reading it.
    if (!resolvesInside(realWorkspace, src)) {
      out.skipped.push({ path: a.path, why: 'it resolves outside the workspace (path-outside-root); not read.' })
      continue
    }
    try {
      // Every directory below the workspace is created here or is a real directory: a planted
      // `conv/models → ../../elsewhere` is refused, not followed (mkdir -p would follow it).
      await makeDirNoFollow(opts.workspace, dirname(dest), 'convert')
      await checkDestination(dest, 'convert', true)
    } catch (e) {
      if (!(e instanceof OutputRefused)) throw e
      out.skipped.push({ path: a.path, why: e.message })
      continue
    }
    const r = await convertCheckpoint(src, { out: dest, dedupe: opts.dedupe, force: Boolean(opts.convertDir) })
    if (r.ok) out.written.push(destRel)
    else out.skipped.push({ path: a.path, why: r.message.replace(`${src}: `, '') })
  }
  if (out.written.length > 0) {
    notes.say('converted', `Converted ${out.written.length} pickle checkpoint(s) to safetensors (verified byte for byte): ${out.written.map(markdownCode).join(', ')}. Nothing was committed; the \`converted\` output lists them.`, 'notice')
  }
  for (const s of out.skipped) {
    // The one escaping path for markdown (tensor names and paths come from the change), runner paths made relative.
    notes.say(`convert-skip:${s.path}`, `Not converted: ${markdownCode(s.path)}: ${escapeMarkdown(withoutRunnerPaths(s.why, where))}`, 'info')
  }
  return out
}
