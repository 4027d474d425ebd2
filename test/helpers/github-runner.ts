// Runs the bundled Action (dist/index.js) the way a runner does: a fresh environment with GITHUB_*
// variables, an event payload file, INPUT_* for every input with action.yml defaults applied, and
// the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, then parses what it wrote.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

export const DIST = resolve(import.meta.dirname, '../../dist/index.js')
export const ACTION_YML = resolve(import.meta.dirname, '../../action.yml')
/** A run that has not finished by then is killed (the test then fails on the exit code). */
const RUN_TIMEOUT_MS = 120_000

export interface RunnerSetup {
  node: string
  workspace: string
  event: string
  payload: Record<string, unknown>
  inputs?: Record<string, string>
  apiUrl: string
  token: string
  workflow?: string
  job?: string
  sha?: string
  /** Extra environment of the step (`env:` in the workflow), e.g. HF_ENDPOINT, HF_TOKEN. */
  env?: Record<string, string>
}

export interface WorkflowCommand {
  command: string
  props: Record<string, string>
  message: string
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
  temp: string
}

export function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: string }> }
  return Object.fromEntries(Object.entries(doc.inputs).map(([k, v]) => [k, v.default ?? '']))
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=')
      props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1))
    }
    out.push({ command: m[1], props, message: unescapeData(m[3]) })
  }
  return out
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

export async function runAction(s: RunnerSetup): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ag-runner-'))
  const temp = mkdtempSync(join(dir, 'temp-'))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md'), env: join(dir, 'env'), state: join(dir, 'state'), path: join(dir, 'path') }
  writeFileSync(files.event, JSON.stringify(s.payload))
  for (const f of [files.output, files.summary, files.env, files.state, files.path]) writeFileSync(f, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: s.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: s.apiUrl,
    GITHUB_GRAPHQL_URL: `${s.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/adapters',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_WORKFLOW: s.workflow ?? 'Adapter checks',
    GITHUB_JOB: s.job ?? 'scan',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: 'adapter-guard',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: s.sha ?? 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_TOKEN: s.token,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...(s.env ?? {})
  }
  // The runner applies action.yml defaults and fills ${{ github.token }}; `node dist/index.js` does neither.
  const inputs = { ...actionDefaults(), ...(s.inputs ?? {}) }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v === '${{ github.token }}' ? s.token : v

  const child = spawn(s.node, [DIST], { cwd: s.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const killer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
  const code = await new Promise<number | null>(res => child.on('close', c => res(c)))
  clearTimeout(killer)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands: parseCommands(stdout),
    temp
  }
}
