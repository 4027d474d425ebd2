// Optional writes (check run, PR comment, release draft) never fail the job: a 403 falls back to
// annotations and the summary and is explained once. Fork PRs get a read-only token for every scope,
// so after their first 403 the remaining writes are not even tried.
import { escapeMarkdown, markdownCode } from '../report/escape.js'
import type { Notes } from './notes.js'
import { errorText, isForbidden, permissionHint } from './api.js'

export class WriteAccess {
  private blocked = false

  constructor(
    private readonly fork: boolean,
    private readonly notes: Notes
  ) {}

  async attempt<T>(feature: string, permission: string, write: () => Promise<T>): Promise<T | undefined> {
    if (this.blocked) return undefined
    try {
      return await write()
    } catch (e) {
      if (isForbidden(e) && this.fork) {
        this.blocked = true
        this.notes.say(
          'fork-read-only',
          `This pull request comes from a fork, so GitHub gives the workflow a read-only token (${escapeMarkdown(errorText(e))}): no ${feature} or other write was made. Findings are in the annotations and this job summary; see "Fork pull requests" in the README to comment from a separate workflow.`,
          'warning'
        )
      } else if (isForbidden(e)) {
        this.notes.say(`forbidden-${feature}`, `The ${feature} was not written (${escapeMarkdown(errorText(e))}): give the job ${markdownCode(`permissions: ${permissionHint(e, permission)}`)}. Findings are in the annotations and this job summary.`, 'warning')
      } else {
        this.notes.say(`failed-${feature}`, `The ${feature} was not written: ${escapeMarkdown(errorText(e))}.`, 'warning')
      }
      return undefined
    }
  }
}
