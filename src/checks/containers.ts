// Findings from what the container readers saw (issue #12: readers return facts, this file judges
// them): zip and tar problems, pickles hidden in members, and the torch checkpoints' zip, tar and
// legacy layouts. Findings stay on the checkpoint path (a checkpoint is one file to users).
import type { Finding } from '../types.js'
import { finding } from './rules.js'
import { pickleCheckpointFinding, pickleFindings } from './pickle-imports.js'
import { tensorLayoutFindings } from './tensor-layout.js'
import type { ZipProblem } from '../formats/zip.js'
import type { TarProblem } from '../formats/tar.js'
import type { HiddenPickle } from '../formats/member-pickles.js'
import type { PickleRun } from '../formats/pickle/index.js'
import type { TorchZipReading, TorchStorageMismatch } from '../formats/torch-zip.js'
import type { TorchTarReading } from '../formats/torch-tar.js'
import type { TorchLegacyReading } from '../formats/torch-legacy.js'

export interface CheckpointCheckOptions {
  /** The pickle limit the reader used (named in resource-limit messages). */
  maxPickleBytes: number
  /** adapter_config.json next to the checkpoint (the PEFT shared-bias pattern, tensor-layout.ts). */
  siblingConfig?: Record<string, unknown>
}

function hasBlocking(findings: Finding[]): boolean {
  return findings.some(f => f.severity === 'critical' || f.severity === 'error')
}

function layoutOpts(opts: CheckpointCheckOptions): { siblingConfig?: Record<string, unknown> } {
  return opts.siblingConfig ? { siblingConfig: opts.siblingConfig } : {}
}

/** Zip problems on the archive path: anomaly -> zip-anomaly (CRC, names, overlaps), broken -> pickle-malformed, limit -> resource-limit. */
export function zipProblemFindings(path: string, problems: ZipProblem[]): Finding[] {
  return problems.map(p => {
    const rule = p.kind === 'anomaly' ? 'zip-anomaly' : p.kind === 'limit' ? 'resource-limit' : 'pickle-malformed'
    return finding(rule, { path, message: `${p.message}.` })
  })
}

/** Tar problems on the archive path: limit -> resource-limit, anything else -> pickle-malformed. */
export function tarProblemFindings(path: string, problems: TarProblem[]): Finding[] {
  return problems.map(p => finding(p.kind === 'limit' ? 'resource-limit' : 'pickle-malformed', { path, message: `${p.message}.` }))
}

/**
 * Findings for a pickle found at `where` (e.g. "member `data.txt`") inside the file at `path`;
 * the findings stay on the file path (a checkpoint is one file to users).
 */
export function hiddenPickleFindings(path: string, where: string, hidden: HiddenPickle, maxBytes: number): Finding[] {
  const out = pickleFindings(path, hidden.run).map(f => ({ ...f, message: `In ${where}: ${f.message}` }))
  if (hidden.truncated) {
    out.push(finding('resource-limit', { path, message: `The pickle in ${where} is bigger than the ${maxBytes}-byte pickle limit; only its start was scanned.` }))
  }
  return out
}

function storageMismatchFinding(path: string, m: TorchStorageMismatch): Finding {
  const want = m.numel * m.itemsize
  const tensors = m.users
  if (m.kind === 'missing') {
    // torch.load fails ("failed finding central directory" / "file not found"): the checkpoint is broken, not ambiguous.
    return finding('pickle-malformed', { path, tensors, message: `Storage \`${m.key}\` is referenced by the pickle but member \`${m.member}\` is missing.` })
  }
  if (m.kind === 'short') {
    return finding('pickle-malformed', { path, tensors, message: `Member \`${m.member}\` holds ${m.size} bytes but storage \`${m.key}\` needs ${m.numel} elements x ${m.itemsize} bytes = ${want}: truncated.` })
  }
  // torch reads only numel*itemsize bytes: the rest is invisible to loaders and a place to hide data.
  return finding('zip-anomaly', { path, tensors, message: `Member \`${m.member}\` holds ${m.size} bytes, more than the ${want} bytes storage \`${m.key}\` needs; torch ignores the rest.` })
}

/** A PyTorch zip checkpoint: zip problems, hidden pickles, every `data.pkl`, storages, layout, then the checkpoint verdict. */
export function torchZipFindings(path: string, r: TorchZipReading, opts: CheckpointCheckOptions): Finding[] {
  const findings = zipProblemFindings(path, r.problems)
  for (const h of r.hidden) findings.push(...hiddenPickleFindings(path, `member \`${h.member}\``, h.hidden, opts.maxPickleBytes))
  for (const run of r.runs) findings.push(...pickleFindings(path, run))
  for (const m of r.storageMismatches) findings.push(storageMismatchFinding(path, m))
  findings.push(...tensorLayoutFindings(path, r.tensors, layoutOpts(opts)))
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path))
  return findings
}

/**
 * torch's old tar checkpoint: each member's pickles and record layout, then the checkpoint verdict,
 * after `structural` (the tar's own problems, tarProblemFindings).
 */
export function torchTarFindings(path: string, r: TorchTarReading, opts: CheckpointCheckOptions, structural: Finding[] = []): Finding[] {
  const findings: Finding[] = []
  for (const m of r.members) {
    const where = `member \`${m.name}\``
    const inMember = (f: Finding): Finding => ({ ...f, message: `In ${where}: ${f.message}` })
    if (m.kind === 'unreadable') {
      findings.push(finding('pickle-malformed', { path, message: `Member \`${m.name}\` could not be read: ${m.error}.` }))
    } else if (m.kind === 'records') {
      findings.push(...pickleFindings(path, m.run).map(inMember))
      for (const p of m.problems) findings.push(finding('pickle-malformed', { path, message: `In ${where}: ${p}.` }))
    } else if (m.kind === 'stack') {
      findings.push(...pickleFindings(path, m.run).map(inMember))
    } else if (m.hidden) {
      findings.push(...hiddenPickleFindings(path, where, m.hidden, opts.maxPickleBytes))
    }
  }
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path))
  const all = [...structural, ...findings]
  // A broken tar structure makes the checkpoint-kind warning moot; keep one verdict per file.
  return hasBlocking(structural) ? all.filter(f => f.ruleId !== 'pickle-checkpoint') : all
}

/** A legacy torch checkpoint: the five pickles, the header, the raw storages, what follows, layout, then the verdict. */
export function torchLegacyFindings(path: string, r: TorchLegacyReading, opts: CheckpointCheckOptions): Finding[] {
  const findings = pickleFindings(path, r.run)
  if (r.capped) findings.push(finding('resource-limit', { path, message: `The legacy pickles do not end within the first ${opts.maxPickleBytes} bytes (the pickle limit); the rest was not scanned.` }))
  for (const p of r.header) findings.push(finding('pickle-malformed', { path, message: `Legacy torch header: ${p}.` }))
  for (const p of r.problems) findings.push(finding('pickle-malformed', { path, message: `${p.message}.`, ...(p.tensors ? { tensors: p.tensors } : {}) }))
  if (r.hidden) findings.push(...hiddenPickleFindings(path, `the bytes from offset ${r.hidden.offset}`, r.hidden.hidden, opts.maxPickleBytes))
  findings.push(...tensorLayoutFindings(path, r.tensors, layoutOpts(opts)))
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path))
  return findings
}

/** Why a member name is dangerous to extract, if it is (zip-slip: `..`, absolute paths, backslashes). */
export function memberNameIssue(name: string): string | undefined {
  if (name.includes('\\')) return 'contains backslashes (a path separator on Windows)'
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path'
  if (name.split('/').includes('..')) return 'climbs out of the extraction directory with `..`'
  return undefined
}

/** zip-anomaly for an archive member whose name would escape or surprise an extractor (zip-slip); the member is still scanned in place. */
export function memberNameFinding(archive: string, kind: string, raw: string): Finding | undefined {
  const issue = memberNameIssue(raw)
  return issue ? finding('zip-anomaly', { path: archive, message: `${kind} member name \`${raw}\` ${issue}; it was scanned in place, never extracted.` }) : undefined
}

/** An archive nested past the depth limit: listed, its members never read. */
export function nestingLimitFinding(path: string, depth: number, maxDepth: number): Finding {
  // Critical, not error: its members were never read, so a payload can sit there, and no adapter
  // nests archives this deep; a `fail-on: critical` gate must not pass it (issue #10 item 11).
  return finding('resource-limit', {
    path,
    severity: 'critical',
    message: `Not scanned: archive nested ${depth} levels deep, past the ${maxDepth}-level limit, so its members were not read. Whatever they hold (a pickle that runs code on load) was not checked; judged critical (fail closed).`
  })
}

/** The pickle numpy writes after the header of an object array (format.py write_array): `np.load(allow_pickle=True)` runs it. */
export function npyPickleFindings(path: string, run: PickleRun, truncated: boolean, opts: CheckpointCheckOptions): Finding[] {
  const findings = pickleFindings(path, run)
  if (truncated) {
    findings.push(finding('resource-limit', { path, message: `The pickle after the NumPy header is over the ${opts.maxPickleBytes}-byte pickle limit; only its start was scanned.` }))
  }
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path))
  return findings
}

/** A raw pickle stream; `size` is set when it is larger than the pickle limit (only its start was read). A state dict also gets the layout and checkpoint verdicts. */
export function rawPickleFindings(path: string, run: PickleRun, size: number | undefined, opts: CheckpointCheckOptions): Finding[] {
  const findings = pickleFindings(path, run)
  if (size !== undefined) {
    findings.push(finding('resource-limit', { path, message: `Pickle stream is ${size} bytes, over the ${opts.maxPickleBytes}-byte pickle limit; only its start was scanned.` }))
  }
  if (run.tensors.length > 0) {
    findings.push(...tensorLayoutFindings(path, run.tensors, layoutOpts(opts)))
    if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path))
  }
  return findings
}
