// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Binary files have no
// meaningful line hashes, so each result carries a partialFingerprint of our own.
import { createHash } from 'node:crypto'
import type { Finding, ScanReport, Severity } from '../types.js'
import { allRules, ruleHelpUri } from '../checks/rules.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', error: 'error', warning: 'warning', note: 'note' }
/** GitHub maps security-severity to critical (≥9), high (≥7), medium (≥4), low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', error: '7.5', warning: '5.0', note: '2.0' }

/** Code scanning keeps at most 25,000 results per run. */
export const MAX_SARIF_RESULTS = 25_000

export function fingerprint(f: Finding): string {
  const key = [f.ruleId, f.path, [...(f.tensors ?? [])].sort().join(','), `${f.line ?? ''}${f.column !== undefined ? `:${f.column}` : ''}`].join('\u0000')
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}

export function renderSarif(report: ScanReport): string {
  const rules = allRules()
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results = report.findings.slice(0, MAX_SARIF_RESULTS).map(f => {
    const bang = f.path.indexOf('!/')
    const file = bang >= 0 ? f.path.slice(0, bang) : f.path
    const member = bang >= 0 ? ` (in archive member ${f.path.slice(bang + 2)})` : ''
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${member} Fix: ${f.fix}` },
      locations: [
        {
          physicalLocation: {
            // Per segment: encodeURI would keep `#` and `?`, which turn the rest of a path into a fragment or query.
            artifactLocation: { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line ?? 1, ...(f.column !== undefined ? { startColumn: f.column } : {}) }
          }
        }
      ],
      partialFingerprints: { 'adapterGuard/v1': fingerprint(f) },
      properties: { severity: f.severity, ...(f.tensors ? { tensors: f.tensors } : {}) }
    }
    if (f.suppressed) result.suppressions = [{ kind: 'external', justification: f.suppressed.reason }]
    return result
  })
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
              fullDescription: { text: r.title },
              help: { text: `${r.title}. Fix: ${r.fix} See ${ruleHelpUri(r.id)}`, markdown: `**${r.title}**\n\nFix: ${r.fix}\n\n[Documentation](${ruleHelpUri(r.id)})` },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', 'ml-checkpoint'], precision: 'high' }
            }))
          }
        },
        automationDetails: { id: 'adapter-guard/' },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
