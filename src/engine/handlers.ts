// The format handlers the engine dispatches to, by the format sniffed from content.
import type { FileFormat } from '../types.js'
import { finding } from '../checks/rules.js'
import { safetensorsFindings } from '../checks/safetensors.js'
import { lfsPointerFindings } from '../checks/lfs.js'
import { readSafetensors } from '../formats/safetensors.js'
import { parseLfsPointer } from '../formats/lfs.js'
import { parseJson } from '../formats/json.js'
import { CONTAINER_HANDLERS } from './container-handlers.js'
import { CODE_HANDLERS } from './code-handlers.js'
import { scanHiddenPickle } from '../formats/member-pickles.js'
import { hiddenPickleFindings } from '../checks/containers.js'
import type { Handler } from './context.js'

/** JSON files larger than this are not read (adapter configs and shard indexes are kilobytes). */
export const MAX_JSON_BYTES = 16 * 1024 * 1024

const safetensorsHandler: Handler = async (src, _head, ctx) => {
  const read = await readSafetensors(src)
  return {
    format: 'safetensors',
    findings: safetensorsFindings(ctx.path, read),
    tensors: read.ok ? read.header.tensors : undefined,
    metadata: read.ok ? read.header.metadata : undefined,
    status: read.ok ? undefined : 'error'
  }
}

const lfsHandler: Handler = async (src, _head, ctx) => {
  const text = new TextDecoder().decode(await src.read(0, Math.min(src.size, 1024)))
  return { format: 'lfs-pointer', status: 'skipped', findings: lfsPointerFindings(ctx.path, ctx.name, parseLfsPointer(text)) }
}

const jsonHandler: Handler = async (src, _head, ctx) => {
  if (src.size > MAX_JSON_BYTES) {
    return {
      format: 'json',
      status: 'skipped',
      findings: [finding('resource-limit', { path: ctx.path, severity: 'warning', message: `JSON file of ${src.size} bytes is over the ${MAX_JSON_BYTES}-byte limit for configs and indexes; not read.` })]
    }
  }
  const bytes = await src.read(0, src.size)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { format: 'json', findings: [], json: { text: '', value: undefined, error: 'not valid UTF-8' } }
  }
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  return {
    format: 'json',
    findings: [],
    // The parse (keys, lines, duplicates) is kept for the checks, which would otherwise parse the text again.
    json: parsed.error === undefined ? { text, value: parsed.value, parsed } : { text, value: undefined, error: parsed.error, parsed }
  }
}

/**
 * Unknown content: a protocol 0/1 pickle has no magic bytes, so any file may be one whatever its
 * name (`evil.txt`). A 4 KiB window decides; only a real import outside the allow list is a finding.
 * Archive members get the same check from their container (hiddenPickleCheck).
 */
const unknownHandler: Handler = async (src, _head, ctx) => {
  if (ctx.depth === 0) {
    const hidden = await scanHiddenPickle(src, ctx.limits.maxPickleBytes)
    if (hidden) return { format: 'pickle', findings: hiddenPickleFindings(ctx.path, 'this file (a pickle under a name that does not say so)', hidden, ctx.limits.maxPickleBytes) }
  }
  return { format: 'unknown', findings: [], status: 'skipped' }
}

export const HANDLERS: Partial<Record<FileFormat, Handler>> = {
  safetensors: safetensorsHandler,
  'lfs-pointer': lfsHandler,
  json: jsonHandler,
  unknown: unknownHandler,
  ...CONTAINER_HANDLERS,
  ...CODE_HANDLERS
}
