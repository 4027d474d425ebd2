// On pull requests (and merge queues) the settings and suppressions come from the config file at
// the base commit, never from the change under review: a PR cannot set `fail-on: never` or suppress
// the checkpoint it brings. Its edits to the file take effect once merged, like any other code.
import type { Octokit } from './api.js'
import { errorText, httpStatus } from './api.js'
import { MAX_CONFIG_BYTES } from './config-file.js'
import type { Notes } from './notes.js'
import { getString, type RunnerContext } from './runner.js'
import { markdownCode } from '../report/escape.js'

/** Where each event names its base commit. */
const BASE_SHA: Record<string, string[]> = {
  pull_request: ['pull_request', 'base', 'sha'],
  pull_request_target: ['pull_request', 'base', 'sha'],
  merge_group: ['merge_group', 'base_sha']
}

export interface BaseConfig {
  /** The file's text at the base commit; null when it does not exist there. */
  text: string | null
  source: string
}

/** The config file at the base commit, or undefined when not a PR event or it cannot be read (then the workspace copy is used, and the run says so). */
export async function configFromBase(octokit: Octokit | undefined, ctx: RunnerContext, path: string, notes: Notes): Promise<BaseConfig | undefined> {
  const where = BASE_SHA[ctx.eventName]
  if (!where) return undefined
  const base = getString(ctx.payload, ...where)
  const fallback = (why: string): undefined => {
    notes.say('config-base', `The config file could not be read at the base commit (${why}), so ${markdownCode(path)} was taken from the change itself; critical findings stay unsuppressible if the change edits it.`, 'warning')
    return undefined
  }
  if (!base || !/^[0-9a-f]{40}$/i.test(base)) return fallback('the event names no base commit')
  if (!octokit) return fallback('no github-token')
  const source = `${path} at the base commit ${base.slice(0, 12)}`
  try {
    const r = await octokit.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref: base })
    const data = r.data as { type?: string; content?: string; encoding?: string; size?: number }
    if (Array.isArray(r.data) || data.type !== 'file' || typeof data.content !== 'string') return fallback(`${path} is not a file there`)
    if ((data.size ?? 0) > MAX_CONFIG_BYTES) return fallback(`${data.size} bytes is over the ${MAX_CONFIG_BYTES}-byte limit`)
    const text = data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content
    return { text, source }
  } catch (e) {
    if (httpStatus(e) === 404) return { text: null, source }
    return fallback(errorText(e))
  }
}
