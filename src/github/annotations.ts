// Workflow-command annotations: on the file, and on the line for JSON configs. Archive members are
// annotated on the archive (the only file GitHub can show).
import * as core from '@actions/core'
import type { Finding } from '../types.js'

/** GitHub shows at most this many annotations of each level per step (platform doc §0). */
export const STEP_ANNOTATION_CAP = 10

export interface AnnotationProps {
  title: string
  file: string
  startLine?: number
}

export function annotationOf(f: Finding): { level: 'error' | 'warning' | 'notice'; message: string; props: AnnotationProps } {
  const bang = f.path.indexOf('!/')
  const file = bang >= 0 ? f.path.slice(0, bang) : f.path
  const member = bang >= 0 ? `[${f.path.slice(bang + 2)}] ` : ''
  const level = f.severity === 'critical' || f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice'
  const props: AnnotationProps = { title: `adapter-guard ${f.ruleId} (${f.severity})`, file }
  if (f.line !== undefined) props.startLine = f.line
  return { level, message: `${member}${f.message} Fix: ${f.fix} (${f.helpUri})`, props }
}

/** Emits workflow-command annotations; @actions/core escapes `%`, CR, LF, and `:`/`,` in properties. */
export function emitAnnotations(findings: Finding[]): void {
  for (const f of findings) {
    if (f.suppressed) continue
    const a = annotationOf(f)
    if (a.level === 'error') core.error(a.message, a.props)
    else if (a.level === 'warning') core.warning(a.message, a.props)
    else core.notice(a.message, a.props)
  }
}
