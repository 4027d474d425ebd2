// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Binary files have no
// meaningful line hashes, so each result carries primaryLocationLineHash of our own (upload-sarif
// then does not hash whole checkpoints itself), URIs are relative to the repository root
// (%SRCROOT% + originalUriBaseIds), and automationDetails.id carries the category so several
// uploads (matrix shards, PR and release jobs) keep their own alerts.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Finding, ScanReport, Severity } from '../types.js'
import { SEVERITY_RANK } from '../types.js'
import { allRules, ruleHelpUri, type Rule } from '../checks/rules.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', error: 'error', warning: 'warning', note: 'note' }
/** GitHub maps security-severity to critical (≥9), high (≥7), medium (≥4), low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', error: '7.5', warning: '5.0', note: '2.0' }

/** Code scanning keeps at most 25,000 results per run. */
export const MAX_SARIF_RESULTS = 25_000

/**
 * Rules about code hidden in checkpoints or archives (pickle imports, zip anomalies, pickles where
 * weights should be): only these carry `security-severity`. Format and adapter-semantics rules
 * (lfs-pointer, header padding, PEFT config) are correctness, not security.
 */
export function isSecurityRule(id: string): boolean {
  return /^(pickle-|zip-|archive-|sevenz-|7z-|tar-)/.test(id) || /hidden|disguised|payload|sniff/.test(id)
}

/** Stable across runs and machines: rule, path and tensor names (what makes a finding the same finding). */
export function fingerprint(f: Finding): string {
  const key = [f.ruleId, f.path, [...(f.tensors ?? [])].sort().join(','), `${f.line ?? ''}${f.column !== undefined ? `:${f.column}` : ''}`].join('\u0000')
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}

/** Where a release asset's results point: the asset's download URL under the release. */
export interface SarifRelease {
  /** The release page, e.g. https://github.com/o/r/releases/tag/v1. */
  url: string
  /** Downloaded file name (scan path) → the asset's real name and download URL. */
  assets: Map<string, { name: string; url: string }>
}

export interface SarifOptions {
  /** Code scanning category (automationDetails.id is `<category>/`); default `adapter-guard`. */
  category?: string
  /** Absolute repository root; result URIs are relative to it. Default: the scan root. */
  repoRoot?: string
  /** Set for release scans: results point at the release assets instead of repository files. */
  release?: SarifRelease
}

/** The default category: the workflow and job when run in GitHub Actions, so two jobs never replace each other's alerts. */
export function defaultSarifCategory(env: Record<string, string | undefined>): string {
  const wf = env.GITHUB_WORKFLOW?.trim()
  const job = env.GITHUB_JOB?.trim()
  return wf && job ? `adapter-guard/${wf}/${job}` : 'adapter-guard'
}

/** The repository root for `dir`: the nearest ancestor holding `.git`, else GITHUB_WORKSPACE when it contains dir, else dir. */
export function findRepoRoot(dir: string, env: Record<string, string | undefined> = {}): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d
    if (dirname(d) === d) break
  }
  const ws = env.GITHUB_WORKSPACE
  if (ws && isAbsolute(ws) && !relative(ws, dir).startsWith('..')) return ws
  return dir
}

function encodePath(p: string): string {
  // Per segment: encodeURI would keep `#` and `?`, which turn the rest of a path into a fragment or query.
  return p.split('/').map(encodeURIComponent).join('/')
}

function fullDescription(r: Rule): string {
  const kind = isSecurityRule(r.id)
    ? 'It is a security rule: a checkpoint or archive can carry code that runs when the file is loaded.'
    : 'It is a correctness rule: the checkpoint would fail to load or behave differently than intended.'
  return `${r.title}. Adapter Guard reports this as ${r.severity} by default. ${kind} How to fix: ${r.fix} Details: ${ruleHelpUri(r.id)}`
}

export function renderSarif(report: ScanReport, opts: SarifOptions = {}): string {
  const rules = allRules()
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const repoRoot = opts.repoRoot ?? report.root
  const rel = isAbsolute(report.root) && isAbsolute(repoRoot) ? relative(repoRoot, report.root) : ''
  // Scan paths are relative to the scan root; the repository root may be above it (CLI run on a subfolder).
  const prefix = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') + '/' : ''
  const results = report.findings.slice(0, MAX_SARIF_RESULTS).map(f => {
    const bang = f.path.indexOf('!/')
    const file = bang >= 0 ? f.path.slice(0, bang) : f.path
    const member = bang >= 0 ? ` (in archive member ${f.path.slice(bang + 2)})` : ''
    const asset = opts.release?.assets.get(file)
    const artifactLocation = asset ? { uri: asset.url } : { uri: encodePath(prefix + file), uriBaseId: '%SRCROOT%' }
    const where = asset ? ` (release asset ${asset.name} of ${opts.release?.url})` : ''
    const security = isSecurityRule(f.ruleId)
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${member}${where} Fix: ${f.fix}` },
      locations: [{ physicalLocation: { artifactLocation, region: { startLine: f.line ?? 1, ...(f.column !== undefined ? { startColumn: f.column } : {}) } } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint(f), 'adapterGuard/v1': fingerprint(f) },
      // The result's own severity (a finding may be raised above or below its rule's default).
      properties: { severity: f.severity, ...(security ? { 'security-severity': SECURITY_SEVERITY[f.severity] } : {}), ...(f.tensors ? { tensors: f.tensors } : {}) }
    }
    if (f.suppressed) result.suppressions = [{ kind: 'external', justification: f.suppressed.reason }]
    return result
  })
  // Code scanning reads security-severity from the rule only (not from results): a rule whose results
  // in this run were raised or lowered from its default takes the worst severity it actually reported.
  const effective = new Map<string, Severity>()
  for (const f of report.findings.slice(0, MAX_SARIF_RESULTS)) {
    if (f.suppressed) continue
    const cur = effective.get(f.ruleId)
    if (!cur || SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur]) effective.set(f.ruleId, f.severity)
  }
  const category = (opts.category ?? 'adapter-guard').trim() || 'adapter-guard'
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/adapter-guard/adapter-guard',
            rules: rules.map(r => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: fullDescription(r) },
              help: { text: `${r.title}. Fix: ${r.fix} See ${ruleHelpUri(r.id)}`, markdown: `**${r.title}**\n\nFix: ${r.fix}\n\n[Documentation](${ruleHelpUri(r.id)})` },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: isSecurityRule(r.id)
                ? { 'security-severity': SECURITY_SEVERITY[effective.get(r.id) ?? r.severity], tags: ['security', 'ml-checkpoint'], precision: 'high' }
                : { tags: ['correctness', 'ml-checkpoint'], precision: 'high' }
            }))
          }
        },
        automationDetails: { id: category.endsWith('/') ? category : `${category}/` },
        ...(isAbsolute(repoRoot) ? { originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(repoRoot).href.replace(/\/?$/, '/') } } } : {}),
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
