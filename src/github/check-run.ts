// A check run named adapter-guard carrying every annotation, 50 per request (the Checks API's
// maximum): created with the first batch, then PATCHed with the rest, completed with the last.
import type { Finding, ScanReport } from '../types.js'
import type { Octokit } from './api.js'
import { activeBySeverity, splitArchivePath } from './annotations.js'
import { byteLength, cutBytes, cutChars } from '../report/message.js'

export const CHECK_RUN_NAME = 'adapter-guard'
/** Checks API: at most 50 annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/**
 * Checks API: output.summary and output.text are at most 65,535 — GitHub counts UTF-8 bytes and
 * answers 422 "exceeds a maximum bytesize" past it, so the budget is in bytes.
 */
export const CHECK_OUTPUT_MAX_BYTES = 65_535
/** @deprecated the limit is in bytes: CHECK_OUTPUT_MAX_BYTES. */
export const CHECK_OUTPUT_MAX_CHARS = CHECK_OUTPUT_MAX_BYTES
/** Checks API: annotation title at most 255 characters; message and raw_details 64 KB (bytes). */
export const ANNOTATION_TITLE_MAX = 255
export const ANNOTATION_TEXT_MAX = 64 * 1024 - 1
/** Annotations sent per run at most: 20 requests, well inside the token's 1,000 requests/hour. */
export const MAX_CHECK_RUN_ANNOTATIONS = 1000

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  /** Only with start_line === end_line (Checks API). */
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title: string
  raw_details?: string
}

export function checkAnnotation(f: Finding): CheckAnnotation {
  const { file, member } = splitArchivePath(f.path)
  const line = f.line ?? 1
  const a: CheckAnnotation = {
    path: file,
    start_line: line,
    end_line: line,
    annotation_level: f.severity === 'critical' || f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
    // Plain text: annotations are not markdown, so messages keep their backticks and no escapes.
    message: cutBytes(`${member ? `[${member}] ` : ''}${f.message} Fix: ${f.fix} (${f.helpUri})`, ANNOTATION_TEXT_MAX),
    title: cutChars(`${f.ruleId} (${f.severity})`, ANNOTATION_TITLE_MAX)
  }
  if (f.line !== undefined && f.column !== undefined) {
    a.start_column = f.column
    a.end_column = f.column
  }
  if (f.tensors && f.tensors.length > 0) a.raw_details = cutBytes(`tensors: ${f.tensors.join(', ')}`, ANNOTATION_TEXT_MAX)
  return a
}

export interface CheckRunResult {
  id: number
  url?: string
  requests: number
  annotated: number
  /** Findings beyond MAX_CHECK_RUN_ANNOTATIONS. */
  left: number
}

export async function publishCheckRun(
  octokit: Octokit,
  args: { owner: string; repo: string; headSha: string; report: ScanReport; summary: string; detailsUrl?: string }
): Promise<CheckRunResult> {
  const all = activeBySeverity(args.report.findings)
  const annotations = all.slice(0, MAX_CHECK_RUN_ANNOTATIONS).map(checkAnnotation)
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  if (batches.length === 0) batches.push([])
  const s = args.report.summary
  const title = s.findings === 0 ? 'No findings' : `${s.findings} finding(s), highest severity ${s.highestSeverity}`
  // The summary is rendered to fit (cut on structure); this only guards a caller that did not.
  if (byteLength(args.summary) > CHECK_OUTPUT_MAX_BYTES) throw new Error(`check-run summary is ${byteLength(args.summary)} bytes, over ${CHECK_OUTPUT_MAX_BYTES}`)
  const output = (batch: CheckAnnotation[]) => ({ title, summary: args.summary, annotations: batch })
  const done = {
    status: 'completed' as const,
    conclusion: s.failed ? ('failure' as const) : ('success' as const),
    completed_at: new Date().toISOString()
  }
  const base = { owner: args.owner, repo: args.repo }
  const created = await octokit.rest.checks.create({
    ...base,
    name: CHECK_RUN_NAME,
    head_sha: args.headSha,
    ...(args.detailsUrl ? { details_url: args.detailsUrl } : {}),
    ...(batches.length === 1 ? done : { status: 'in_progress' as const }),
    output: output(batches[0])
  })
  const id = created.data.id
  for (let i = 1; i < batches.length; i++) {
    const last = i === batches.length - 1
    await octokit.rest.checks.update({ ...base, check_run_id: id, ...(last ? done : {}), output: output(batches[i]) })
  }
  return { id, url: created.data.html_url ?? undefined, requests: batches.length, annotated: annotations.length, left: all.length - annotations.length }
}
