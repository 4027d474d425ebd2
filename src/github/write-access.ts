// Optional writes (check run, PR comment, release draft) never fail the job: a 403 falls back to
// annotations and the summary and is explained once. Fork PRs get a read-only token for every scope,
// so after their first 403 the remaining writes are not even tried.
import { code, msg } from '../report/message.js'
import type { Notes } from './notes.js'
import { errorText, isForbidden, isRateLimited, permissionHint, rateLimitReset } from './api.js'

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
      // A rate limit says nothing about permissions (nor about forks): say when it resets instead.
      if (isRateLimited(e)) {
        const reset = rateLimitReset(e)
        this.notes.say(
          `rate-limited-${feature}`,
          reset
            ? msg`The ${feature} was not written: the token's API rate limit is used up (${errorText(e)}) until ${reset}. This is not a permission problem; findings are in the annotations and this job summary.`
            : msg`The ${feature} was not written: GitHub's API rate limit was hit (${errorText(e)}). This is not a permission problem; findings are in the annotations and this job summary.`,
          'warning'
        )
      } else if (isForbidden(e) && this.fork) {
        this.blocked = true
        this.notes.say(
          'fork-read-only',
          msg`This pull request comes from a fork, so GitHub gives the workflow a read-only token (${errorText(e)}): no ${feature} or other write was made. Findings are in the annotations and this job summary; see "Fork pull requests" in the README to comment from a separate workflow.`,
          'warning'
        )
      } else if (isForbidden(e)) {
        this.notes.say(`forbidden-${feature}`, msg`The ${feature} was not written (${errorText(e)}): give the job ${code(`permissions: ${permissionHint(e, permission)}`)}. Findings are in the annotations and this job summary.`, 'warning')
      } else {
        this.notes.say(`failed-${feature}`, msg`The ${feature} was not written: ${errorText(e)}.`, 'warning')
      }
      return undefined
    }
  }
}
