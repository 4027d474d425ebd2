// Suppressions from the config file: a rule id plus a path glob plus a required reason. Suppressed
// findings stay in every report (marked), are counted apart, and never fail the run.
import { minimatch } from 'minimatch'
import type { Finding, Severity } from '../types.js'

export interface Suppression {
  rule: string
  path: string
  reason: string
  /** Given on the command line (`--suppress`), which a change to the scanned tree cannot edit: may silence any severity. */
  commandLine?: boolean
}

export function applySuppressions(findings: Finding[], suppressions: Suppression[], unsuppressible: Severity[] = []): Finding[] {
  if (suppressions.length === 0) return findings
  return findings.map(f => {
    const locked = unsuppressible.includes(f.severity)
    const s = suppressions.find(
      // Anchored at the root: `adapter_model.bin` is that file only, `**/adapter_model.bin` any folder's (issue #10).
      s => (!locked || s.commandLine === true) && (s.rule === '*' || s.rule === f.ruleId) && minimatch(f.path, s.path, { dot: true })
    )
    return s ? { ...f, suppressed: { reason: s.reason } } : f
  })
}
