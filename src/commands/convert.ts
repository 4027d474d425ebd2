// `adapter-guard convert PATH [--out FILE] [--dedupe] [--force]`
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import type { CliIO } from '../cli-io.js'
import { convertCheckpoint } from '../convert/convert.js'
import { escapeTerminal } from '../report/escape.js'
import { Progress } from '../report/progress.js'

export const CONVERT_USAGE = `Usage:
  adapter-guard convert PATH [--out FILE] [--dedupe] [--force]

Converts a PyTorch checkpoint (torch.save zip or legacy format) to safetensors without executing it.
Refuses files with pickle-code-execution or pickle-unknown-global findings. The output is verified
byte for byte against the source before it is renamed into place.

  --out FILE   output path (default: beside PATH, adapter_model.bin -> adapter_model.safetensors)
  --dedupe     tensors sharing storage: keep one complete member per group (like safetensors'
               save_model) and record dropped -> kept in __metadata__, instead of refusing
  --force      overwrite an existing output file

Exit status: 0 converted, 1 refused or failed, 2 usage error.
`

export async function convertCommand(args: string[], io: CliIO): Promise<number> {
  let values: { out?: string; dedupe?: boolean; force?: boolean; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, dedupe: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
    }))
  } catch (e) {
    io.stderr(`adapter-guard convert: ${(e as Error).message}\n\n${CONVERT_USAGE}`)
    return 2
  }
  if (values.help) {
    io.stdout(CONVERT_USAGE)
    return 0
  }
  if (positionals.length !== 1) {
    io.stderr(`adapter-guard convert: give exactly one PATH\n\n${CONVERT_USAGE}`)
    return 2
  }
  const progress = new Progress('convert', { tty: io.stderrIsTTY === true, write: io.stderr })
  const r = await convertCheckpoint(resolve(io.cwd, positionals[0]), {
    out: values.out === undefined ? undefined : resolve(io.cwd, values.out),
    dedupe: values.dedupe ?? false,
    force: values.force ?? false,
    onProgress: (done, total) => progress.update({ filesDone: 0, filesTotal: 0, bytesDone: done, bytesTotal: total })
  })
  progress.done()
  if (!r.ok) {
    io.stderr(`adapter-guard convert: ${escapeTerminal(r.message)}\n`)
    for (const f of r.findings) io.stderr(`  ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message)}\n`)
    return 1
  }
  const dropped = Object.entries(r.dropped ?? {})
  io.stdout(`${escapeTerminal(r.out ?? '')}: ${r.tensors} tensors, ${r.bytes} bytes, verified against the source\n`)
  for (const [d, k] of dropped) io.stdout(`  dropped ${escapeTerminal(d)} (shares storage with ${escapeTerminal(k)})\n`)
  return 0
}
