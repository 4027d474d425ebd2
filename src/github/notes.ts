// Things the run wants the user to know (fallbacks, scope, permissions): each said once in the log
// and listed again at the top of the job summary and the PR comment.
import * as core from '@actions/core'
import { escapeTerminal } from '../report/escape.js'

export type NoteLevel = 'info' | 'notice' | 'warning'

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

export class Notes {
  private readonly seen = new Set<string>()
  readonly lines: string[] = []

  /** Logs the message the first time `key` is seen; later calls with the same key are dropped. */
  say(key: string, message: string, level: NoteLevel = 'notice'): void {
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.lines.push(message)
    const text = logLine(`adapter-guard: ${message}`)
    if (level === 'warning') core.warning(text)
    else if (level === 'notice') core.notice(text)
    else core.info(text)
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
