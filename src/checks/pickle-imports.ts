// Findings from a pickle scan: one per distinct imported global that is not on the allow list
// (pickle-code-execution / pickle-unknown-global), plus malformed-stream and limit findings.
// Policy data lives in src/formats/pickle/policy.ts; this file only words the findings.
import type { Finding } from '../types.js'
import { finding } from './rules.js'
import type { PickleImport, PickleRun } from '../formats/pickle/machine.js'

/** Problems listed one by one in the pickle-malformed message; the rest are counted. */
const MAX_PROBLEMS_LISTED = 5
/** Problem code the machine gives to bytes after the last complete pickle. */
const JUNK_AFTER_STOP = 'junk-after-stop'

function importGroups(imports: PickleImport[]): Array<{ first: PickleImport; count: number }> {
  const groups = new Map<string, { first: PickleImport; count: number }>()
  for (const imp of imports) {
    if (imp.verdict === 'allowed') continue
    const key = `${imp.verdict}\u0000${imp.module}\u0000${imp.name}\u0000${imp.opcode === 'BUILD' ? 'BUILD' : ''}`
    const g = groups.get(key)
    if (g) g.count++
    else groups.set(key, { first: imp, count: 1 })
  }
  return [...groups.values()]
}

function where(first: PickleImport, count: number): string {
  const times = count > 1 ? `${count} times, first ` : ''
  return `${times}at byte offset ${first.offset} (${first.opcode})`
}

export function pickleFindings(path: string, run: PickleRun): Finding[] {
  const out: Finding[] = []
  const groups = importGroups(run.imports)
  for (const { first, count } of groups.filter(g => g.first.verdict === 'code-execution')) {
    const what = first.opcode === 'BUILD' ? `BUILD changes \`${first.module}.${first.name}\`` : `The pickle imports \`${first.module}.${first.name}\``
    out.push(
      finding('pickle-code-execution', {
        path,
        message: `${what} ${where(first, count)}: ${first.description}. Loading this file with torch.load or pickle runs it.`
      })
    )
  }
  // A stream the reader could not follow to the end (malformed, a limit, an internal error) cannot be
  // shown to use an import harmlessly: any import outside the allow list is then critical (issue #10 item 1).
  const unreadable = run.problems.some(p => p.code !== JUNK_AFTER_STOP)
  for (const { first, count } of groups.filter(g => g.first.verdict === 'unknown')) {
    out.push(
      finding('pickle-unknown-global', {
        path,
        ...(unreadable ? { severity: 'critical' as const } : {}),
        message: `The pickle imports \`${first.module}.${first.name}\` ${where(first, count)}: ${first.description}.${unreadable ? ' The pickle cannot be read to the end, so what this import is used for cannot be checked: judged critical, like code execution.' : ''}`
      })
    )
  }
  for (const p of run.problems.filter(p => p.code === 'limit')) {
    out.push(
      finding('resource-limit', {
        path,
        message: `The pickle scan stopped at byte offset ${p.offset}: ${p.message}. Imports found before that point are reported; the rest of the stream was not checked.`
      })
    )
  }
  // Bytes after a complete pickle do not stop pickle.load (it reads up to STOP): a warning, not a parse failure.
  const junk = run.problems.filter(p => p.code === JUNK_AFTER_STOP)
  const malformed = run.problems.filter(p => p.code !== 'limit' && p.code !== JUNK_AFTER_STOP)
  if (malformed.length > 0) {
    const listed = malformed.slice(0, MAX_PROBLEMS_LISTED).map(p => `${p.message} (${p.code}, offset ${p.offset})`)
    const more = malformed.length > MAX_PROBLEMS_LISTED ? `; and ${malformed.length - MAX_PROBLEMS_LISTED} more` : ''
    out.push(
      finding('pickle-malformed', {
        path,
        message: `The pickle cannot be read as a loader would read it: ${listed.join('; ')}${more}. Imports found before the problem are still reported.`
      })
    )
  }
  for (const p of junk) {
    out.push(
      finding('pickle-malformed', {
        path,
        severity: 'warning',
        message: `${p.message}. pickle.load stops at the first STOP and ignores them, but a checkpoint writer never leaves them: they can hide a second pickle or another file format.`,
        fix: 'Re-save the checkpoint; trailing bytes after the pickle are not part of a normal torch.save or pickle.dump output.'
      })
    )
  }
  return out
}

export function pickleCheckpointFinding(path: string): Finding {
  return finding('pickle-checkpoint', {
    path,
    message:
      'This checkpoint is a pickle. It imports nothing outside what a state dict needs and has no shared or non-contiguous tensors, so it can be converted to safetensors as it is. Loading the pickle itself with torch.load (without weights_only=True, the default before torch 2.6) or pickle runs whatever it imports; a safetensors file holds only tensors and cannot run code.'
  })
}
