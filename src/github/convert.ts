// `convert: true`: for each pickle checkpoint in the workspace that is safe to read, write the
// safetensors file beside it (or under convert-dir), verified byte for byte. Nothing is committed:
// the `converted` output lets a later step open a pull request with the files.
import { mkdir } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import type { FileAnalysis } from '../types.js'
import { convertCheckpoint, defaultOutput } from '../convert/convert.js'
import { markdownCode } from '../report/escape.js'
import type { Notes } from './notes.js'

export interface ConvertedFiles {
  written: string[]
  skipped: Array<{ path: string; why: string }>
}

const PICKLE_CHECKPOINTS = new Set(['pytorch-zip', 'pytorch-legacy'])

export async function convertInWorkspace(
  analyses: FileAnalysis[],
  opts: { root: string; workspace: string; convertDir: string; dedupe: boolean },
  notes: Notes
): Promise<ConvertedFiles> {
  const out: ConvertedFiles = { written: [], skipped: [] }
  for (const a of analyses) {
    if (!PICKLE_CHECKPOINTS.has(a.format) || a.path.includes('!/')) continue
    const src = resolve(opts.root, a.path)
    const dest = opts.convertDir ? resolve(opts.workspace, opts.convertDir, relative(opts.root, defaultOutput(src))) : defaultOutput(src)
    await mkdir(dirname(dest), { recursive: true })
    const r = await convertCheckpoint(src, { out: dest, dedupe: opts.dedupe, force: Boolean(opts.convertDir) })
    if (r.ok) out.written.push(relative(opts.workspace, dest).split('\\').join('/'))
    else out.skipped.push({ path: a.path, why: r.message.replace(`${src}: `, '') })
  }
  if (out.written.length > 0) {
    notes.say('converted', `Converted ${out.written.length} pickle checkpoint(s) to safetensors (verified byte for byte): ${out.written.map(markdownCode).join(', ')}. Nothing was committed; the \`converted\` output lists them.`, 'notice')
  }
  for (const s of out.skipped) {
    notes.say(`convert-skip:${s.path}`, `Not converted: ${markdownCode(s.path)}: ${s.why.replace(/[\r\n]+/g, ' ')}`, 'info')
  }
  return out
}

