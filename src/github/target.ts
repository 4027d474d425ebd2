// Turns the scan plan into engine options: the whole tree, the files a PR changed (with the
// API-cap fallback), or the downloaded assets of a release.
import { escapeMarkdown, markdownCode } from '../report/escape.js'
import type { ScanOptions } from '../engine/scan.js'
import type { ActionConfig } from './inputs.js'
import type { ScanPlan } from './event.js'
import type { Notes } from './notes.js'
import type { RunnerContext } from './runner.js'
import { errorText, rateBudget, type Octokit } from './api.js'
import { PR_FILES_API_CAP, listCompareFiles, listPrFiles, type ChangedList } from './changed-files.js'
import { filesToScan } from '../discover/changed.js'
import { REPORT_REQUEST_RESERVE, downloadRelease, findRelease, listAssets, safeAssetName, type DownloadedRelease, type ReleaseInfo } from './release.js'
import { releaseAssetSources } from './release-range.js'
import { planRemoteScan } from '../remote/targets.js'
import { hubEndpoint } from '../remote/hub.js'

export interface ScanTarget {
  options: Omit<ScanOptions, 'failOn' | 'deep' | 'suppressions'>
  /** True when the scope holds no file at all (the engine is then not run). */
  empty: boolean
  release?: ReleaseInfo
  /** Release scans: what was downloaded (names, SHA-256) and what was left for the token's budget. */
  downloaded?: DownloadedRelease
  /** The change itself edits the config file: its suppressions must not silence critical findings. */
  configEdited?: boolean
  /** Removes temporary copies (Hub files downloaded for a deep scan). */
  cleanup?: () => Promise<void>
}

function tree(ctx: RunnerContext, cfg: ActionConfig): ScanTarget {
  return { options: { root: ctx.workspace, paths: cfg.paths, exclude: cfg.exclude }, empty: false }
}

async function changedList(octokit: Octokit | undefined, ctx: RunnerContext, plan: ScanPlan, notes: Notes): Promise<ChangedList | undefined> {
  if (!octokit) {
    notes.say('no-token', 'No github-token: the changed files cannot be listed, so the whole tree was scanned.', 'warning')
    return undefined
  }
  if (plan.mode === 'pull-request' && plan.changedFiles !== undefined && plan.changedFiles > PR_FILES_API_CAP) {
    notes.say('api-cap', `The PR changes ${plan.changedFiles} files, more than the ${PR_FILES_API_CAP} the API lists, so the whole tree was scanned.`)
    return undefined
  }
  try {
    const list =
      plan.mode === 'pull-request'
        ? await listPrFiles(octokit, ctx.owner, ctx.repo, plan.prNumber as number)
        : await listCompareFiles(octokit, ctx.owner, ctx.repo, plan.baseSha as string, plan.headSha as string)
    if (list.capped) {
      notes.say('api-cap', `The API listed ${list.files.length} changed files, its maximum, so the list may be incomplete: the whole tree was scanned.`)
      return undefined
    }
    return list
  } catch (e) {
    notes.say('list-failed', `The changed files could not be listed (${escapeMarkdown(errorText(e))}), so the whole tree was scanned.`, 'warning')
    return undefined
  }
}

function isFromBase(cfg: ActionConfig): boolean {
  return cfg.configFromBase === true
}

/** The hub-repos input: those repos instead of the workspace, each resolved to its commit (logged and noted). */
async function hubTarget(ctx: RunnerContext, cfg: ActionConfig, notes: Notes, log: (s: string) => void, env: NodeJS.ProcessEnv): Promise<ScanTarget> {
  const plan = await planRemoteScan(cfg.hubRepos, {
    endpoint: hubEndpoint(env),
    ...(cfg.hubToken ? { token: cfg.hubToken } : {}),
    exclude: cfg.exclude,
    deep: cfg.deep,
    tempDir: ctx.temp
  })
  for (const r of plan.repos) {
    const asked = r.target.revision ?? 'main'
    log(`hf://${r.name}@${asked} resolved to commit ${r.sha}: ${r.files.length} file(s) listed`)
    notes.say(`hub-${r.name}`, `Hub repo ${markdownCode(`hf://${r.name}`)} at ${markdownCode(asked)} is commit ${markdownCode(r.sha)}.`, 'info')
  }
  return { options: { root: ctx.temp, targets: [], sources: plan.sources, findings: plan.findings }, empty: false, cleanup: plan.cleanup }
}

/**
 * Assets read by range were not hashed here: the attestation's subjects take the SHA-256 GitHub
 * states for each asset (`digest`), and assets without one are left out of the subjects.
 */
function rangeRead(release: ReleaseInfo): DownloadedRelease {
  const used = new Set<string>()
  const assets = release.assets.map(a => ({ a, file: safeAssetName(a.name, used) }))
  return {
    dir: '',
    files: [],
    bytes: 0,
    assets: assets.flatMap(({ a, file }) => {
      const m = /^sha256:([0-9a-f]{64})$/i.exec(a.digest ?? '')
      return m ? [{ file, name: a.name, sha256: m[1].toLowerCase(), bytes: a.size }] : []
    }),
    skipped: []
  }
}

export async function resolveTarget(
  octokit: Octokit | undefined,
  ctx: RunnerContext,
  cfg: ActionConfig,
  plan: ScanPlan,
  notes: Notes,
  log: (s: string) => void,
  env: NodeJS.ProcessEnv = process.env
): Promise<ScanTarget> {
  if (cfg.hubRepos.length > 0) return hubTarget(ctx, cfg, notes, log, env)
  if (plan.mode === 'release') {
    if (!octokit) throw new Error('release mode needs github-token to read the release')
    const found = await findRelease(octokit, ctx, plan.release ?? {})
    const release = { ...found, assets: await listAssets(octokit, ctx, found) }
    if (release.assets.length === 0) {
      notes.say('no-assets', `Release ${markdownCode(release.tag)} has no assets: nothing to scan.`)
      return { options: { root: ctx.temp }, empty: true, release }
    }
    if (!cfg.deep && !cfg.convert) {
      // Headers only: read each asset by range instead of downloading it whole. Each asset costs one
      // API request (its redirect to storage; the ranges then go to storage): keep the token's hourly
      // budget for the report, like downloads do, and say what was left.
      const budget = rateBudget(octokit)
      const affordable = budget.remaining === undefined ? release.assets.length : Math.max(0, budget.remaining - REPORT_REQUEST_RESERVE)
      const read = { ...release, assets: release.assets.slice(0, affordable) }
      const got = rangeRead(read)
      if (affordable < release.assets.length) {
        got.skipped = release.assets.slice(affordable)
        got.remaining = budget.remaining
        got.reset = budget.reset
        log(`reading ${affordable} of ${release.assets.length} asset(s): ${budget.remaining} API request(s) left this hour, kept for the report`)
      }
      log(`reading ${read.assets.length} asset(s) by range (headers only)`)
      return { options: { root: ctx.temp, targets: [], sources: releaseAssetSources(read, ctx, cfg.token) }, empty: read.assets.length === 0, release, downloaded: got }
    }
    const got = await downloadRelease(release, ctx, cfg.token, log, octokit)
    log(`downloaded ${got.files.length} asset(s), ${got.bytes} bytes, into ${got.dir}`)
    return { options: { root: got.dir, onlyFiles: got.files }, empty: got.files.length === 0, release, downloaded: got }
  }
  if (!plan.changedOnly) return tree(ctx, cfg)
  const list = await changedList(octokit, ctx, plan, notes)
  if (!list) return tree(ctx, cfg)
  const configPath = cfg.configFile ?? '.adapter-guard.yml'
  const configEdited = list.files.some(f => f.filename === configPath || f.previous_filename === configPath)
  if (configEdited && isFromBase(cfg)) {
    notes.say('config-changed', `This change edits ${markdownCode(configPath)}: settings and suppressions are read from the base commit, so its edits take effect once it is merged.`, 'notice')
  } else if (configEdited) {
    notes.say(
      'config-changed',
      `This change edits ${markdownCode(configPath)}: its settings and suppressions come from the change itself, so review them. Its suppressions are not applied to critical findings: a change cannot silence a payload it brings.`,
      'warning'
    )
  }
  // Only a config taken from the change itself needs the guard.
  const guard = configEdited && !isFromBase(cfg)
  const scope = filesToScan(list.files, ctx.workspace, { paths: cfg.paths, exclude: cfg.exclude }, { code: cfg.code })
  log(`${list.files.length} changed file(s); ${scope.directories.length} checkpoint director${scope.directories.length === 1 ? 'y' : 'ies'} in scope: ${scope.directories.join(', ') || 'none'}`)
  if (scope.code && scope.code.length > 0) log(`${scope.code.length} changed Python file(s) or notebook(s) to lint`)
  if (scope.files.length === 0) {
    notes.say('nothing-changed', `No checkpoint, archive${cfg.code ? ', adapter config, Python file or notebook' : ' or adapter config'} changed: nothing to scan.`, 'info')
    return { options: { root: ctx.workspace }, empty: true, configEdited }
  }
  return { options: { root: ctx.workspace, onlyFiles: scope.files, ...(guard ? { unsuppressible: ['critical' as const] } : {}) }, empty: false, configEdited }
}
