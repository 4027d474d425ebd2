// Workflow-command annotations: on the file, and on the line for JSON configs. Archive members are
// annotated on the archive (the only file GitHub can show). GitHub shows 10 per level per step and
// drops the rest silently, so the worst go first and the overflow is counted for the summary.
import * as core from '@actions/core'
import { escapeTerminal } from '../report/escape.js'
import type { Finding } from '../types.js'
import { worstFirst } from '../report/markdown.js'
import { cutBytes } from '../report/message.js'
import { emitted } from './notes.js'

/** GitHub shows at most this many annotations of each level per step (platform doc §0). */
export const STEP_ANNOTATION_CAP = 10

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface AnnotationProps {
  title: string
  file: string
  startLine?: number
  startColumn?: number
}

export function levelOf(f: Finding): AnnotationLevel {
  return f.severity === 'critical' || f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice'
}

/** The file GitHub can point at, and the archive member (if any) to name in the message. */
export function splitArchivePath(path: string): { file: string; member?: string } {
  const bang = path.indexOf('!/')
  return bang >= 0 ? { file: path.slice(0, bang), member: path.slice(bang + 2) } : { file: path }
}

export function annotationOf(f: Finding): { level: AnnotationLevel; message: string; props: AnnotationProps } {
  const { file, member } = splitArchivePath(f.path)
  // @actions/core escapes only %, CR, LF (and : , in properties): terminal escapes, C1 controls and
  // bidi overrides from attacker-chosen names are shown escaped instead of reaching the log.
  const clean = (s: string): string => escapeTerminal(s).replace(/\t/g, ' ')
  const props: AnnotationProps = { title: `adapter-guard ${f.ruleId} (${f.severity})`, file: clean(file) }
  if (f.line !== undefined) props.startLine = f.line
  // GitHub takes a column only on a one-line annotation (workflow-commands docs).
  if (f.line !== undefined && f.column !== undefined) props.startColumn = f.column
  // Annotation messages are at most 64 KB (bytes) like the Checks API's; plain text, no markdown escapes.
  return { level: levelOf(f), message: cutBytes(clean(`${member ? `[${member}] ` : ''}${f.message} Fix: ${f.fix} (${f.helpUri})`), 64 * 1024 - 1), props }
}

/** Active (unsuppressed) findings, worst first: severity, then path. */
export function activeBySeverity(findings: Finding[]): Finding[] {
  return worstFirst(findings.filter(f => !f.suppressed))
}

/** Whether workflow commands alone would lose some annotations. */
export function overflowsStep(findings: Finding[], cap = STEP_ANNOTATION_CAP): boolean {
  const n: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) if (!f.suppressed) n[levelOf(f)]++
  return n.error > cap || n.warning > cap || n.notice > cap
}

/**
 * Emits at most `cap` annotations per level (@actions/core escapes `%`, CR, LF, and `:`/`,` in
 * properties), less the ones this step already wrote (notes) and the `reserved` ones still to come
 * (the verdict from setFailed, the "not shown" warning): GitHub drops the 11th of a level silently,
 * so our own lines must not be the ones to go. Returns how many were shown and how many were not.
 */
export function emitAnnotations(findings: Finding[], cap = STEP_ANNOTATION_CAP, reserved: Partial<Record<AnnotationLevel, number>> = {}): { shown: number; notShown: number } {
  const used: Record<AnnotationLevel, number> = {
    error: emitted.error + (reserved.error ?? 0),
    warning: emitted.warning + (reserved.warning ?? 0),
    notice: emitted.notice + (reserved.notice ?? 0)
  }
  let shown = 0
  let notShown = 0
  for (const f of activeBySeverity(findings)) {
    const a = annotationOf(f)
    if (used[a.level] >= cap) {
      notShown++
      continue
    }
    used[a.level]++
    emitted[a.level]++
    shown++
    if (a.level === 'error') core.error(a.message, a.props)
    else if (a.level === 'warning') core.warning(a.message, a.props)
    else core.notice(a.message, a.props)
  }
  return { shown, notShown }
}
