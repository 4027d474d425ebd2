// The Action's inputs: names and defaults (kept equal to action.yml by a test), validation, and the
// merge with the config file. An input left at its action.yml default yields to the config file;
// an input set in the workflow wins over it.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { FailOn, ShardInfo } from '../types.js'
import { parseShard } from '../engine/shard.js'
import type { Suppression } from '../checks/suppressions.js'
import { parseConfigText, readConfigFile, type ConfigValues } from './config-file.js'
import { INPUT_DEFAULTS, type InputName } from './input-defaults.js'
import { realRootSync, resolvesInside } from '../discover/contain.js'

const CHOICES: Partial<Record<InputName, readonly string[]>> = {
  'fail-on': ['critical', 'error', 'warning', 'note', 'never'],
  deep: ['true', 'false'],
  scope: ['changed', 'all'],
  comment: ['always', 'on-findings', 'never'],
  'on-unsafe-release': ['fail', 'draft'],
  annotations: ['true', 'false'],
  'check-run': ['auto', 'always', 'never'],
  convert: ['true', 'false'],
  'convert-dedupe': ['true', 'false'],
  code: ['true', 'false']
}

export interface ActionConfig {
  token: string
  paths: string[]
  exclude: string[]
  failOn: FailOn
  deep: boolean
  scope: 'changed' | 'all'
  comment: 'always' | 'on-findings' | 'never'
  sarifFile: string
  reportFile: string
  releaseTag: string
  onUnsafeRelease: 'fail' | 'draft'
  annotations: boolean
  checkRun: 'auto' | 'always' | 'never'
  /** Write a safetensors file for each convertible pickle checkpoint (issue: fix it for them). */
  convert: boolean
  /** Where converted files go (workspace-relative); empty: beside each source. */
  convertDir: string
  convertDedupe: boolean
  /** Lint Python files and notebooks (the code-* rules); on pull requests, the changed ones. */
  code: boolean
  suppressions: Suppression[]
  /** Workspace-relative path of the config file that was read, when one was. */
  configFile?: string
  /** The config file was read at the pull request's base commit, not from the change. */
  configFromBase?: boolean
  /** Code scanning category for the SARIF file (automationDetails.id); empty: workflow/job. */
  sarifCategory: string
  /** Hugging Face Hub repos to scan (`hf://OWNER/REPO[@REVISION][/PATH]`, one a line). */
  hubRepos: string[]
  /** Hub token: the hub-token input, else HF_TOKEN (sent to the Hub only). */
  hubToken?: string
  /** Base model for adapter-base-mismatch: a workspace directory or `hf://OWNER/REPO[@REVISION]`. */
  baseModel: string
  /** `shard: I/N`: scan only that part (issue #13 scale-out). */
  shard?: ShardInfo
  /** `merge-reports`: a glob of shard JSON reports to merge instead of scanning ('' when unset). */
  mergeReports: string
}

/** The token: the github-token input, else GITHUB_TOKEN; an unexpanded expression counts as none. */
export function tokenFrom(env: NodeJS.ProcessEnv): string {
  const token = rawInput(env, 'github-token') || env.GITHUB_TOKEN || ''
  return token.startsWith('${{') ? '' : token
}

/** Same name mapping as @actions/core getInput: INPUT_ + upper case, spaces to underscores. */
export function rawInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function parseList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map(s => s.trim())
    .filter(s => s.length > 0 && !s.startsWith('#'))
}

function sameAsDefault(name: InputName, value: string): boolean {
  if (value === '') return true
  const def = INPUT_DEFAULTS[name]
  if (name === 'paths' || name === 'exclude') return parseList(value).join('\n') === parseList(def).join('\n')
  return value.toLowerCase() === def.toLowerCase()
}

function choice<T extends string>(name: InputName, value: string): T {
  const allowed = CHOICES[name]
  const v = value.toLowerCase()
  if (allowed && !allowed.includes(v)) throw new Error(`input ${name} must be one of ${allowed.join(', ')}, got "${value}"`)
  return v as T
}

/** The config file's workspace-relative path, from the input or the default. */
export function configFilePath(env: NodeJS.ProcessEnv): string {
  return rawInput(env, 'config-file') || INPUT_DEFAULTS['config-file']
}

/**
 * Reads inputs from env and the config file, and merges them. `fromBase` replaces the workspace
 * file: the file's text at a pull request's base commit (null: it does not exist there). Throws on bad values.
 */
export function readConfig(env: NodeJS.ProcessEnv, workspace: string, fromBase?: { text: string | null; source: string }): ActionConfig {
  const configInput = rawInput(env, 'config-file')
  const configPath = configFilePath(env)
  const abs = resolve(workspace, configPath)
  let file: ConfigValues = { values: {}, suppressions: [] }
  let configFile: string | undefined
  if (fromBase) {
    if (fromBase.text !== null) {
      file = parseConfigText(fromBase.text, fromBase.source)
      configFile = configPath
    }
  } else if (existsSync(abs)) {
    // A symlink in the checkout must not lead the read out of the workspace (issue #10).
    if (!resolvesInside(realRootSync(workspace), abs)) throw new Error(`config-file "${configPath}" resolves outside the workspace (a symlink); it was not read`)
    file = readConfigFile(abs, configPath)
    configFile = configPath
  } else if (configInput && !sameAsDefault('config-file', configInput)) {
    throw new Error(`config-file "${configInput}" does not exist in the workspace`)
  }

  const value = (name: InputName): string => {
    const input = rawInput(env, name)
    if (!sameAsDefault(name, input)) return input
    return file.values[name] ?? INPUT_DEFAULTS[name]
  }
  return {
    token: tokenFrom(env),
    paths: parseList(value('paths')),
    exclude: parseList(value('exclude')),
    failOn: choice<FailOn>('fail-on', value('fail-on')),
    deep: choice('deep', value('deep')) === 'true',
    scope: choice('scope', value('scope')),
    comment: choice('comment', value('comment')),
    sarifFile: value('sarif-file'),
    reportFile: value('report-file'),
    releaseTag: value('release-tag'),
    onUnsafeRelease: choice('on-unsafe-release', value('on-unsafe-release')),
    annotations: choice('annotations', value('annotations')) === 'true',
    checkRun: choice('check-run', value('check-run')),
    convert: choice('convert', value('convert')) === 'true',
    convertDir: value('convert-dir'),
    convertDedupe: choice('convert-dedupe', value('convert-dedupe')) === 'true',
    code: choice('code', value('code')) === 'true',
    suppressions: file.suppressions,
    sarifCategory: value('sarif-category'),
    hubRepos: parseList(value('hub-repos')),
    ...(hubTokenFrom(env) ? { hubToken: hubTokenFrom(env) } : {}),
    baseModel: value('base-model'),
    ...(configFile ? { configFile } : {}),
    ...(fromBase ? { configFromBase: true } : {}),
    ...shardInput(rawInput(env, 'shard')),
    mergeReports: rawInput(env, 'merge-reports')
  }
}

/** The shard input: '' is none; anything else must read I/N. */
function shardInput(raw: string): { shard?: ShardInfo } {
  if (raw === '') return {}
  try {
    return { shard: parseShard(raw) }
  } catch (e) {
    throw new Error(`input ${(e as Error).message}`, { cause: e })
  }
}

/** The Hub token: the hub-token input, else HF_TOKEN from the step's env; an unexpanded expression counts as none. */
export function hubTokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  const t = rawInput(env, 'hub-token') || (env.HF_TOKEN ?? '').trim()
  return t && !t.startsWith('${{') ? t : undefined
}
