// After a release scan: an in-toto Statement (v1) whose subjects are the release assets (name and
// SHA-256 of the bytes scanned) and whose predicate is the scan's verdict, for actions/attest to sign
// (inputs predicate-type, predicate or predicate-path, subject-checksums). Consumers can then require
// at download time (`gh attestation verify --predicate-type ...`) that an adapter was scanned clean.
import type { ScanReport } from '../types.js'
import { allRules } from '../checks/rules.js'
import type { DownloadedRelease } from './release.js'

/** in-toto Statement v1 (github.com/in-toto/attestation spec/v1/statement.md). */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** Our predicate type: a URI we control, versioned. */
export const PREDICATE_TYPE = 'https://github.com/adapter-guard/adapter-guard/attestation/scan/v1'

export interface ScanPredicate {
  scanner: { name: string; version: string; uri: string }
  /** Every rule the scan evaluated (ids are a public contract). */
  rules: string[]
  settings: { failOn: string; deep: boolean }
  counts: { files: number; findings: number; suppressed: number; critical: number; error: number; warning: number; note: number }
  /** `pass`: nothing reached fail-on and every asset was scanned; `fail` otherwise. */
  verdict: 'pass' | 'fail'
  highestSeverity: string
  release: { tag: string; url?: string }
  /** Assets left unscanned (none for a pass). */
  notScanned: string[]
  run?: { url: string }
  scannedAt: string
}

export interface Statement {
  _type: string
  subject: Array<{ name: string; digest: { sha256: string } }>
  predicateType: string
  predicate: ScanPredicate
}

export function scanPredicate(report: ScanReport, args: { deep: boolean; tag: string; releaseUrl?: string; runUrl?: string; notScanned: string[]; now?: Date }): ScanPredicate {
  const s = report.summary
  return {
    scanner: { name: report.tool.name, version: report.tool.version, uri: 'https://github.com/adapter-guard/adapter-guard' },
    rules: allRules().map(r => r.id),
    settings: { failOn: s.failOn, deep: args.deep },
    counts: { files: s.files, findings: s.findings, suppressed: s.suppressed, ...s.bySeverity },
    verdict: s.failed || args.notScanned.length > 0 ? 'fail' : 'pass',
    highestSeverity: s.highestSeverity,
    release: { tag: args.tag, ...(args.releaseUrl ? { url: args.releaseUrl } : {}) },
    notScanned: args.notScanned,
    ...(args.runUrl ? { run: { url: args.runUrl } } : {}),
    scannedAt: (args.now ?? new Date()).toISOString()
  }
}

export function statement(downloaded: Pick<DownloadedRelease, 'assets'>, predicate: ScanPredicate): Statement {
  return {
    _type: STATEMENT_TYPE,
    subject: downloaded.assets.map(a => ({ name: a.name, digest: { sha256: a.sha256 } })),
    predicateType: PREDICATE_TYPE,
    predicate
  }
}

/** `sha256sum` format, the one actions/attest's subject-checksums reads: "<hex>  <name>" per line. */
export function checksums(downloaded: Pick<DownloadedRelease, 'assets'>): string {
  // Names with a newline cannot be written in this format; they stay in the statement file only.
  return downloaded.assets.filter(a => !/[\r\n]/.test(a.name)).map(a => `${a.sha256}  ${a.name}\n`).join('')
}
