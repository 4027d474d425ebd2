// Things the run wants the user to know (fallbacks, scope, permissions): each said once in the log
// (plain text) and listed again in the job summary and the PR comment (markdown), rendered from one
// structured message per sink. Warnings and notices we emit are counted: they take annotation slots.
import * as core from '@actions/core'
import { escapeTerminal } from '../report/escape.js'
import { isMessage, messageMarkdown, messagePlain, type Message } from '../report/message.js'

export type NoteLevel = 'info' | 'notice' | 'warning'
/** `top`: under the title (it changes how to read the verdict); `end`: internal notes, after everything. */
export type NotePlace = 'top' | 'end'

/**
 * One log line that names untrusted things (paths, tags): control characters shown escaped and
 * newlines flattened, so a file name can never start a line with a `::command::`.
 */
export function logLine(s: string): string {
  return escapeTerminal(s).replace(/\r?\n/g, '\\n')
}

export function log(s: string): void {
  core.info(logLine(`adapter-guard: ${s}`))
}

/** Workflow commands this step has written per level (GitHub shows 10 of each per step). */
export const emitted = { error: 0, warning: 0, notice: 0 }

/** A warning annotation of our own, counted against the step's 10. */
export function warn(text: string): void {
  emitted.warning++
  core.warning(logLine(text))
}

/** Markdown written elsewhere (a note given as a string) made readable in the log: escapes undone. */
export function markdownToPlain(s: string): string {
  return s
    .replace(/\\([\\`*_{}[\]()#+\-.!|~"'])/g, '$1')
    .replace(/@\u200b/g, '@')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export class Notes {
  private readonly seen = new Set<string>()
  /** Markdown lines for the top of the summary and comment. */
  readonly lines: string[] = []
  /** Markdown lines for the end (internal notes). */
  readonly endLines: string[] = []

  /**
   * Logs the message the first time `key` is seen; later calls with the same key are dropped.
   * A string is taken as markdown already escaped by the caller; a Message is rendered per sink.
   */
  say(key: string, message: string | Message, level: NoteLevel = 'notice', place: NotePlace = 'top'): void {
    if (this.seen.has(key)) return
    this.seen.add(key)
    const md = isMessage(message) ? messageMarkdown(message) : message
    const plain = isMessage(message) ? messagePlain(message) : markdownToPlain(message)
    ;(place === 'end' ? this.endLines : this.lines).push(md)
    const text = logLine(`adapter-guard: ${plain}`)
    if (level === 'warning') {
      emitted.warning++
      core.warning(text)
    } else if (level === 'notice') {
      emitted.notice++
      core.notice(text)
    } else core.info(text)
  }

  has(key: string): boolean {
    return this.seen.has(key)
  }
}

/**
 * Messages that name files on the runner (convert refusals, refused outputs) say them relative to
 * the workspace (`$RUNNER_TEMP/…` for the temp directory): an absolute runner path tells a reader
 * nothing useful and shows the runner's layout (issue #10).
 */
export function withoutRunnerPaths(s: string, where: { workspace: string; temp: string }): string {
  let out = s
  const swap = (dir: string, name: string): void => {
    const d = dir.replace(/[\\/]+$/, '')
    if (!d || d === '/') return
    out = out.split(`${d}/`).join(name === '.' ? '' : `${name}/`).split(d).join(name)
  }
  // The longer path first: RUNNER_TEMP usually sits beside (not inside) the workspace, but not always.
  const pairs: Array<[string, string]> = [
    [where.workspace, '.'],
    [where.temp, '$RUNNER_TEMP']
  ]
  for (const [dir, name] of pairs.sort((a, b) => b[0].length - a[0].length)) swap(dir, name)
  return out
}
