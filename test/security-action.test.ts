// Issue #10, the GitHub side: the bundled dist/index.js run as a process against the loopback API
// stand-in. A PR that swaps an adapter directory for a symlink out of the workspace, plants links
// where outputs go, brings its own lenient config, or names files and tensors to inject markup.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { GitHubStandIn } from './helpers/github-stand-in.js'
import { runAction, type ActionRun } from './helpers/github-runner.js'
import { buildZip } from './helpers/zip-writer.js'
import { torchStateDict } from './pickle-asm.js'
import { prConfigRef } from '../src/github/config-base.js'
import { safeOutputName } from '../src/github/convert.js'

const TOKEN = 'ghs_securityTestToken0123456789abcdef'
const MARKER = 'OUTSIDE_SECRET_91c2'
const BASE = 'c'.repeat(40)
const TORCH = resolve(__dirname, 'fixtures', 'torch')
/** GLOBAL os system, then REDUCE: pickle-code-execution (critical). */
const MALICIOUS_PICKLE = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1')
const LENIENT = ['fail-on: never', 'comment: never', 'suppressions:', '  - rule: "*"', '    path: "**"', '    reason: trust me', ''].join('\n')

let gh: GitHubStandIn
let box: string

function put(root: string, rel: string, data: Buffer | string | Uint8Array): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true })
  writeFileSync(join(root, rel), data)
}

/** A workspace and a sibling directory outside it, in one temp box. */
function layout(files: Record<string, Buffer | string | Uint8Array>, outsideFiles: Record<string, Buffer | string> = {}): { ws: string; outside: string } {
  const root = mkdtempSync(join(box, 'case-'))
  const ws = join(root, 'ws')
  const outside = join(root, 'elsewhere')
  mkdirSync(ws)
  mkdirSync(outside)
  for (const [rel, data] of Object.entries(files)) put(ws, rel, data)
  for (const [rel, data] of Object.entries(outsideFiles)) put(outside, rel, data)
  return { ws, outside }
}

function prPayload(number: number): Record<string, unknown> {
  const repo = { full_name: 'acme/adapters', name: 'adapters', owner: { login: 'acme' }, default_branch: 'main' }
  return {
    action: 'synchronize',
    number,
    pull_request: { number, state: 'open', changed_files: 2, head: { sha: 'b'.repeat(40), ref: 'feature', repo }, base: { sha: BASE, ref: 'main', repo } },
    repository: repo
  }
}

function reportOf(run: ActionRun): { findings: Array<{ ruleId: string; path: string; severity: string; suppressed?: unknown }> } {
  return JSON.parse(readFileSync(run.outputs['report-file'], 'utf8'))
}

/** Everything the run showed anyone: log (annotations included), summary, comments, check runs, outputs, reports. */
function everything(run: ActionRun, ws: string, extra: string[] = []): string {
  const files = [run.outputs['report-file'], run.outputs['sarif-file'], ...extra].filter(f => f && existsSync(f)).map(f => readFileSync(f, 'utf8'))
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(gh.comments), JSON.stringify(gh.checkRuns), ...files, ws].join('\n')
}

beforeAll(async () => {
  box = mkdtempSync(join(tmpdir(), 'ag-sec-'))
  gh = await GitHubStandIn.start({ token: TOKEN })
})
afterAll(async () => {
  await gh.close()
  rmSync(box, { recursive: true, force: true })
})
beforeEach(() => {
  gh.requests.length = 0
  gh.comments.length = 0
  gh.checkRuns.length = 0
  gh.files.clear()
  gh.prFiles.clear()
  gh.contentsStatus = undefined
})

describe('a PR that replaces models/lora with a symlink out of the workspace', () => {
  const outsideAdapter = {
    'adapter_config.json': JSON.stringify({ peft_type: MARKER, r: MARKER, target_modules: [MARKER] }),
    'adapter_model.safetensors': Buffer.concat([Buffer.from([40, 0, 0, 0, 0, 0, 0, 0]), Buffer.from(`{"__metadata__":{"x":"${MARKER}"}`)])
  }
  const cases: Array<[string, Record<string, string>]> = [
    ['scope: changed', {}],
    ['scope: all with paths models/*/*', { scope: 'all', paths: 'models/*/*' }],
    ['scope: changed with paths models/*/*', { paths: 'models/*/*' }],
    ["scope: all with the README's research/**/adapters/**", { scope: 'all', paths: 'research/**/adapters/**\nmodels/**' }]
  ]
  for (const [name, inputs] of cases) {
    it(`${name}: nothing from outside reaches any report; a path-outside-root finding instead`, async () => {
      const { ws, outside } = layout({ 'models/other/adapter_config.json': '{}' }, outsideAdapter)
      mkdirSync(join(ws, 'research', 'x'), { recursive: true })
      symlinkSync(outside, join(ws, 'models', 'lora'))
      symlinkSync('../../../elsewhere', join(ws, 'research', 'x', 'adapters'))
      gh.prFiles.set(21, [
        { filename: 'models/lora', status: 'added' },
        { filename: 'models/lora/adapter_config.json', status: 'removed' },
        { filename: 'models/lora/adapter_model.safetensors', status: 'removed' }
      ])
      const run = await runAction({
        node: process.execPath,
        workspace: ws,
        event: 'pull_request',
        payload: prPayload(21),
        inputs: { comment: 'always', 'check-run': 'always', 'sarif-file': 'results.sarif', ...inputs },
        apiUrl: gh.apiUrl,
        token: TOKEN
      })
      expect(run.code, run.stdout).toBe(1)
      const all = everything(run, '')
      expect(all).not.toContain(MARKER)
      expect(all).not.toContain(outside)
      const rep = reportOf(run)
      expect(rep.findings.filter(f => f.ruleId === 'path-outside-root').map(f => f.path)).toContain('models/lora')
      expect(rep.findings.every(f => !f.path.startsWith('models/lora/'))).toBe(true)
      expect(gh.comments[0]?.body).toContain('path-outside-root')
    })
  }
})

describe('outputs are never written outside the workspace', () => {
  it('sarif-file and report-file through planted symlinks are refused; the targets are untouched', async () => {
    const { ws, outside } = layout({ 'a/adapter_model.bin': MALICIOUS_PICKLE }, { 'victim.txt': 'ORIGINAL' })
    symlinkSync(join(outside, 'victim.txt'), join(ws, 'results.sarif'))
    symlinkSync(outside, join(ws, 'out'))
    const run = await runAction({
      node: process.execPath,
      workspace: ws,
      event: 'push',
      payload: {},
      inputs: { 'sarif-file': 'results.sarif', 'report-file': 'out/report.json', 'fail-on': 'never' },
      apiUrl: gh.apiUrl,
      token: TOKEN
    })
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('ORIGINAL')
    expect(readdirSync(outside)).toEqual(['victim.txt'])
    expect(run.code).toBe(1)
    const err = run.commands.filter(c => c.command === 'error').map(c => c.message).join('\n')
    expect(err).toMatch(/sarif-file: .*results\.sarif is a symlink/)
    expect(err).toMatch(/report-file: out is a symlink/)
    expect(err).not.toContain(ws)
    // The rest of the run still happened: the summary has the findings.
    expect(run.summary).toContain('pickle-code-execution')
  })

  it('a destination outside the workspace and RUNNER_TEMP is refused', async () => {
    const { ws, outside } = layout({ 'a/adapter_model.safetensors': '{}' })
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'push', payload: {}, inputs: { 'sarif-file': '../elsewhere/x.sarif', 'fail-on': 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(1)
    expect(existsSync(join(outside, 'x.sarif'))).toBe(false)
    expect(run.commands.filter(c => c.command === 'error').map(c => c.message).join('\n')).toMatch(/sarif-file: .* is outside/)
  })

  it('convert-dir with a planted conv/models → ../../elsewhere: refused, files there not replaced', async () => {
    const { ws, outside } = layout({ 'models/a/adapter_model.bin': readFileSync(join(TORCH, 'plain.pt')) }, { 'a/adapter_model.safetensors': 'ORIGINAL' })
    mkdirSync(join(ws, 'conv'))
    symlinkSync('../../elsewhere', join(ws, 'conv', 'models'))
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'workflow_dispatch', payload: {}, inputs: { convert: 'true', 'convert-dir': 'conv', 'fail-on': 'never', comment: 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code, run.stdout).toBe(0)
    expect(readFileSync(join(outside, 'a', 'adapter_model.safetensors'), 'utf8')).toBe('ORIGINAL')
    expect(readdirSync(join(outside, 'a'))).toEqual(['adapter_model.safetensors'])
    expect(run.outputs.converted).toBe('')
    expect(run.summary).toMatch(/Not converted: `models\/a\/adapter_model\.bin`: convert: conv\/models is a symlink/)
  })

  it('convert: true never converts into (or out of) a symlinked directory', async () => {
    const { ws, outside } = layout({ 'models/a/adapter_model.bin': readFileSync(join(TORCH, 'plain.pt')) }, { 'adapter_model.bin': readFileSync(join(TORCH, 'plain.pt')) })
    symlinkSync(outside, join(ws, 'models', 'lora'))
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'workflow_dispatch', payload: {}, inputs: { convert: 'true', 'fail-on': 'never', comment: 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.converted).toBe('models/a/adapter_model.safetensors')
    expect(readdirSync(outside)).toEqual(['adapter_model.bin'])
    expect(reportOf(run).findings.some(f => f.ruleId === 'path-outside-root' && f.path === 'models/lora')).toBe(true)
  })
})

describe('on any event about a PR the config comes from the base, never from the change', () => {
  const ws = () => layout({ 'new/adapter_model.bin': MALICIOUS_PICKLE, '.adapter-guard.yml': LENIENT }).ws
  const expectNotLoosened = (run: ActionRun): void => {
    expect(run.code, run.stdout).toBe(1)
    const crit = reportOf(run).findings.filter(f => f.severity === 'critical')
    expect(crit.length).toBeGreaterThan(0)
    expect(crit.every(f => !f.suppressed)).toBe(true)
    expect(run.summary).not.toContain('trust me')
  }
  const repo = { full_name: 'acme/adapters', name: 'adapters', owner: { login: 'acme' }, default_branch: 'main' }

  it('base config unreadable (500): defaults plus inputs, said once; the change cannot suppress or set fail-on: never', async () => {
    gh.contentsStatus = 500
    gh.prFiles.set(31, [{ filename: 'new/adapter_model.bin', status: 'added' }, { filename: '.adapter-guard.yml', status: 'modified' }])
    const run = await runAction({ node: process.execPath, workspace: ws(), event: 'pull_request', payload: prPayload(31), apiUrl: gh.apiUrl, token: TOKEN })
    expectNotLoosened(run)
    expect(run.summary.match(/defaults plus the workflow's inputs/g)).toHaveLength(1)
  })

  it('rate-limited (403) with scope: all: the same', async () => {
    gh.contentsStatus = 403
    const run = await runAction({ node: process.execPath, workspace: ws(), event: 'pull_request_target', payload: prPayload(32), inputs: { scope: 'all' }, apiUrl: gh.apiUrl, token: TOKEN })
    expectNotLoosened(run)
  })

  it('past the 3,000-file fallback: the same', async () => {
    gh.contentsStatus = 502
    const payload = prPayload(33)
    ;(payload.pull_request as Record<string, unknown>).changed_files = 3500
    const run = await runAction({ node: process.execPath, workspace: ws(), event: 'pull_request', payload, apiUrl: gh.apiUrl, token: TOKEN })
    expectNotLoosened(run)
  })

  const events: Array<[string, Record<string, unknown>, string]> = [
    ['pull_request_review', { ...prPayload(34), review: { state: 'approved' } }, BASE],
    ['pull_request_review_comment', { ...prPayload(35), comment: { body: 'hi' } }, BASE],
    ['issue_comment', { issue: { number: 36, pull_request: { url: 'x' } }, comment: { body: '/scan' }, repository: repo }, 'main'],
    ['workflow_run', { workflow_run: { event: 'pull_request', pull_requests: [], head_repository: { full_name: 'forker/adapters' }, head_sha: 'b'.repeat(40) }, repository: repo }, 'main'],
    ['workflow_run', { workflow_run: { event: 'pull_request', pull_requests: [{ number: 37, base: { sha: BASE } }] }, repository: repo }, BASE]
  ]
  for (const [event, payload, ref] of events) {
    it(`${event}${ref === BASE ? ' (base named)' : ''}: config read at ${ref === BASE ? 'the base commit' : 'the default branch'}, the workspace copy ignored`, async () => {
      const run = await runAction({ node: process.execPath, workspace: ws(), event, payload, apiUrl: gh.apiUrl, token: TOKEN })
      expectNotLoosened(run)
      expect(gh.apiRequests().some(r => r.url.includes(`/contents/.adapter-guard.yml?ref=${ref}`))).toBe(true)
    })
  }

  it('the base config still applies in full (it is not the change)', async () => {
    gh.files.set(`${BASE}:.adapter-guard.yml`, ['suppressions:', '  - rule: "*"', '    path: new/**', '    reason: reviewed on main', ''].join('\n'))
    const run = await runAction({ node: process.execPath, workspace: ws(), event: 'pull_request_review', payload: prPayload(38), inputs: { 'fail-on': 'critical' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code, run.stdout).toBe(0)
    expect(reportOf(run).findings.every(f => f.suppressed)).toBe(true)
  })

  it('a workspace config that is a symlink out of the workspace is never read (push)', async () => {
    const { ws: w, outside } = layout({}, { 'cfg.yml': `fail-on: ${MARKER}\n` })
    symlinkSync(join(outside, 'cfg.yml'), join(w, '.adapter-guard.yml'))
    const run = await runAction({ node: process.execPath, workspace: w, event: 'push', payload: {}, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('resolves outside the workspace')
    expect(run.stdout + run.summary).not.toContain(MARKER)
  })
})

describe('"Not converted" notes and the converted output', () => {
  const EVIL = ['<img src=https://evil.example/x.png>', '@octocat', '[click](https://evil.example)', '\u202Egnp.exe', '#1']
  /** Two tensors sharing one storage, neither covering it: convert refuses and names both. */
  function sharedCheckpoint(): Uint8Array {
    const pkl = torchStateDict([
      [`a ${EVIL.join(' ')}`, '0', 'FloatStorage', 8, 0, [2], [1]],
      [`b ${EVIL.join(' ')}`, '0', 'FloatStorage', 8, 4, [2], [1]]
    ])
    return buildZip([
      { name: 'ckpt/data.pkl', data: pkl, dataDescriptor: true, align: 64 },
      { name: 'ckpt/data/0', data: new Uint8Array(32), dataDescriptor: true, align: 64 },
      { name: 'ckpt/version', data: '3\n', dataDescriptor: true, align: 64 }
    ])
  }

  it('tensor names and paths in convert messages are escaped; no absolute runner path appears', async () => {
    const { ws } = layout({
      'm/adapter_model.bin': sharedCheckpoint(),
      'n/adapter_model.bin': readFileSync(join(TORCH, 'plain.pt')),
      'n/adapter_model.safetensors': 'already here'
    })
    gh.prFiles.set(41, [{ filename: 'm/adapter_model.bin', status: 'added' }, { filename: 'n/adapter_model.bin', status: 'added' }])
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'pull_request', payload: prPayload(41), inputs: { convert: 'true', comment: 'always', 'fail-on': 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code, run.stdout).toBe(0)
    for (const md of [run.summary, gh.comments[0]?.body ?? '']) {
      expect(md).toContain('Not converted')
      expect(md).toContain('already exists')
      expect(md).not.toContain(ws)
      expect(md).not.toContain('<img')
      expect(md).not.toMatch(/(^|[^\\])\[click\]\(/)
      expect(md).not.toMatch(/@octocat/)
      expect(md).not.toContain('\u202E')
    }
  })

  it('names with newlines, $(...) or backticks are not converted nor put in the output: a finding says why', async () => {
    const plain = readFileSync(join(TORCH, 'plain.pt'))
    const { ws } = layout({
      'ok/adapter_model.bin': plain,
      'x\n$(touch pwned)/adapter_model.bin': plain,
      'y`id`/adapter_model.bin': plain,
      'z/a;rm -rf ~.bin': plain
    })
    const run = await runAction({ node: process.execPath, workspace: ws, event: 'workflow_dispatch', payload: {}, inputs: { convert: 'true', 'fail-on': 'never', comment: 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.converted).toBe('ok/adapter_model.safetensors')
    const unsafe = reportOf(run).findings.filter(f => f.ruleId === 'convert-unsafe-name').map(f => f.path)
    expect(unsafe.sort()).toEqual(['x\n$(touch pwned)/adapter_model.bin', 'y`id`/adapter_model.bin', 'z/a;rm -rf ~.bin'].sort())
    expect(existsSync(join(ws, 'y`id`', 'adapter_model.safetensors'))).toBe(false)
  })
})

describe('prConfigRef: which events are about a pull request', () => {
  const repository = { full_name: 'acme/adapters', default_branch: 'main' }
  const cases: Array<[string, Record<string, unknown>, string | undefined | null]> = [
    ['pull_request', { pull_request: { base: { sha: BASE } }, repository }, BASE],
    ['pull_request_review', { pull_request: { base: { sha: 'nope' } }, repository }, 'main'],
    ['merge_group', { merge_group: { base_sha: BASE } }, BASE],
    ['issue_comment', { issue: { pull_request: {} }, repository }, 'main'],
    ['issue_comment', { issue: {}, repository }, null],
    ['issue_comment', {}, undefined],
    ['workflow_run', { workflow_run: { event: 'push', head_repository: { full_name: 'acme/adapters' }, pull_requests: [] }, repository }, null],
    ['workflow_run', { workflow_run: { event: 'push', head_repository: { full_name: 'forker/adapters' }, pull_requests: [] }, repository }, 'main'],
    ['check_suite', { check_suite: { pull_requests: [{ base: { sha: BASE } }] }, repository }, BASE],
    ['pull_request_target', {}, undefined],
    ['push', { repository }, null],
    ['pull_request', { pull_request: {}, repository: { default_branch: 'main; rm -rf' } }, undefined]
  ]
  for (const [event, payload, ref] of cases) {
    it(`${event} ${JSON.stringify(payload).slice(0, 60)} → ${ref === null ? 'not a PR' : (ref ?? 'a PR with no readable base')}`, () => {
      const r = prConfigRef({ eventName: event, payload })
      if (ref === null) expect(r).toBeUndefined()
      else expect(r?.ref).toBe(ref)
      if (ref !== null) expect(r).toBeDefined()
    })
  }
})

describe('safeOutputName: what may reach the converted output', () => {
  it('plain names (unicode letters and spaces too) pass; shell, glob, cmd and control characters do not', () => {
    for (const ok of ['a/adapter_model.safetensors', 'models/Ünïcode model/v1.2+x=3,y@z:w.safetensors']) expect(safeOutputName(ok), ok).toBe(true)
    for (const bad of ['a\nb', 'a$(id)', 'a`id`', "a'b", 'a"b', 'a\\b', 'a;b', 'a&b', 'a|b', 'a<b', 'a>b', 'a*b', 'a?b', 'a!b', 'a#b', 'a~b', 'a%PATH%b', 'a[b]', 'a{b}', 'a(b)', 'x/-rf', '\u202Eexe', 'a\tb', 'a\u0000b']) {
      expect(safeOutputName(bad), JSON.stringify(bad)).toBe(false)
    }
  })
})
