// The Action's GitHub-side pieces one by one: inputs and the config file, event → plan, PR scope,
// comment size and marker, asset names, and the streamed download over real loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { INPUT_DEFAULTS } from '../src/github/input-defaults.js'
import { readConfig } from '../src/github/inputs.js'
import { parseConfigText } from '../src/github/config-file.js'
import { planScan } from '../src/github/event.js'
import { readRunner, type RunnerContext } from '../src/github/runner.js'
import { filesToScan } from '../src/discover/changed.js'
import { COMMENT_MAX_CHARS, commentBody, commentMarker } from '../src/github/comment.js'
import { safeAssetName } from '../src/github/release.js'
import { MAX_REDIRECTS, downloadAsset } from '../src/github/download.js'
import { overflowsStep } from '../src/github/annotations.js'
import { ANNOTATIONS_PER_REQUEST, checkAnnotation } from '../src/github/check-run.js'
import { buildReport } from '../src/engine/scan.js'
import { finding } from '../src/checks/rules.js'
import { logLine } from '../src/github/notes.js'
import { GitHubStandIn } from './helpers/github-stand-in.js'

const ROOT = join(import.meta.dirname, '..')

function ws(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-unit-'))
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

function ctxFor(eventName: string, payload: Record<string, unknown>): RunnerContext {
  return { ...readRunner({ GITHUB_REPOSITORY: 'acme/adapters', GITHUB_SHA: 'a'.repeat(40) }, '/tmp'), eventName, payload }
}

describe('action.yml', () => {
  const doc = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string; description?: string }>; outputs: Record<string, unknown> }

  it('declares exactly the inputs the code reads, with the same defaults and a description each', () => {
    expect(Object.keys(doc.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
    for (const [k, v] of Object.entries(doc.inputs)) {
      expect(v.default ?? '', k).toBe(INPUT_DEFAULTS[k as keyof typeof INPUT_DEFAULTS])
      expect(v.description, k).toBeTruthy()
      expect(k).toMatch(/^[a-z]+(-[a-z]+)*$/)
    }
  })

  it('declares the outputs the Action sets', () => {
    expect(Object.keys(doc.outputs).sort()).toEqual(['attestation-file', 'attestation-predicate', 'attestation-predicate-file', 'attestation-subjects', 'comment-id', 'converted', 'critical', 'errors', 'findings', 'highest-severity', 'report-file', 'sarif-file', 'warnings'])
  })
})

describe('inputs and the config file', () => {
  const defaults = Object.fromEntries(Object.entries(INPUT_DEFAULTS).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))

  it('uses the file for inputs left at their default, and workflow inputs over the file', () => {
    const root = ws({ '.adapter-guard.yml': 'fail-on: warning\ncomment: always\npaths:\n  - models/**\ndeep: true\n' })
    const cfg = readConfig({ ...defaults, 'INPUT_GITHUB-TOKEN': 't', INPUT_COMMENT: 'never' }, root)
    expect(cfg.failOn).toBe('warning')
    expect(cfg.comment).toBe('never')
    expect(cfg.paths).toEqual(['models/**'])
    expect(cfg.deep).toBe(true)
    expect(cfg.configFile).toBe('.adapter-guard.yml')
    expect(cfg.token).toBe('t')
  })

  it('works with no config file and no inputs at all (defaults)', () => {
    const cfg = readConfig({ GITHUB_TOKEN: 'env-token' }, ws())
    expect(cfg).toMatchObject({ failOn: 'error', scope: 'changed', comment: 'on-findings', checkRun: 'auto', annotations: true, token: 'env-token', exclude: ['.git/**', 'node_modules/**'] })
    expect(cfg.configFile).toBeUndefined()
  })

  it('rejects bad values, unknown keys, suppressions without a reason, and a missing explicit file', () => {
    expect(() => readConfig({ 'INPUT_FAIL-ON': 'loud' }, ws())).toThrow(/fail-on must be one of/)
    expect(() => readConfig({ 'INPUT_CONFIG-FILE': 'ci/guard.yml' }, ws())).toThrow(/does not exist/)
    expect(() => parseConfigText('fail_on: error\n', 'f.yml')).toThrow(/unknown setting "fail_on"/)
    expect(() => parseConfigText('github-token: x\n', 'f.yml')).toThrow(/unknown setting/)
    expect(() => parseConfigText('suppressions:\n  - rule: pickle-code-execution\n    path: a/**\n', 'f.yml')).toThrow(/"reason" is required/)
    expect(() => parseConfigText('suppressions:\n  - rule: no-such-rule\n    path: a\n    reason: r\n', 'f.yml')).toThrow(/unknown rule id/)
    expect(() => parseConfigText('- a\n- b\n', 'f.yml')).toThrow(/mapping/)
    expect(parseConfigText('suppressions:\n  - rule: "*"\n    path: old/**\n    reason: frozen\n', 'f.yml').suppressions).toEqual([{ rule: '*', path: 'old/**', reason: 'frozen' }])
  })
})

describe('event → scan plan', () => {
  const cfg = readConfig({}, ws())
  const pr = (headRepo: unknown) => ({
    pull_request: { number: 3, changed_files: 4, head: { sha: 'h'.repeat(40), repo: headRepo }, base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/adapters' } } },
    repository: { full_name: 'acme/adapters' }
  })

  it('PRs scan changed directories, on the head SHA, and know forks', () => {
    const same = planScan(ctxFor('pull_request', pr({ full_name: 'acme/adapters' })), cfg)
    expect(same).toMatchObject({ mode: 'pull-request', changedOnly: true, prNumber: 3, headSha: 'h'.repeat(40), fork: false, changedFiles: 4 })
    expect(planScan(ctxFor('pull_request_target', pr({ full_name: 'forker/adapters' })), cfg).fork).toBe(true)
    expect(planScan(ctxFor('pull_request', pr(null)), cfg).fork).toBe(true)
    expect(planScan(ctxFor('pull_request', pr({ full_name: 'acme/adapters' })), { ...cfg, scope: 'all' }).changedOnly).toBe(false)
  })

  it('push, schedule, dispatch and unknown events scan the tree; release and release-tag scan assets', () => {
    for (const ev of ['push', 'schedule', 'workflow_dispatch', 'issue_comment', '']) expect(planScan(ctxFor(ev, {}), cfg).mode).toBe('tree')
    expect(planScan(ctxFor('release', { action: 'published', release: { id: 5, tag_name: 'v1' } }), cfg)).toMatchObject({ mode: 'release', release: { id: 5, tag: 'v1' } })
    expect(planScan(ctxFor('workflow_dispatch', {}), { ...cfg, releaseTag: 'v2' })).toMatchObject({ mode: 'release', release: { tag: 'v2' } })
    expect(planScan(ctxFor('merge_group', { merge_group: { head_sha: 'x', base_sha: 'y' } }), cfg)).toMatchObject({ mode: 'merge-group', changedOnly: true, headSha: 'x', baseSha: 'y' })
  })
})

describe('PR scope', () => {
  it('takes every checkpoint file in each directory a checkpoint change touched, old names included', () => {
    const root = ws({
      'a/adapter_model.safetensors': '',
      'a/adapter_config.json': '{}',
      'a/README.md': '',
      'b/adapter_model.bin': '',
      'c/adapter_model.safetensors': '',
      'vendor/x/model.safetensors': ''
    })
    const changed = [
      { filename: 'a/adapter_config.json', status: 'modified' },
      { filename: 'docs/guide.md', status: 'modified' },
      { filename: 'b2/adapter_model.bin', status: 'renamed', previous_filename: 'b/adapter_model.bin' },
      { filename: 'gone/adapter_model.bin', status: 'removed' },
      { filename: 'vendor/x/model.safetensors', status: 'added' }
    ]
    const got = filesToScan(changed, root, { paths: ['**'], exclude: ['vendor/**'] })
    expect(got.files).toEqual(['a/adapter_config.json', 'a/adapter_model.safetensors', 'b/adapter_model.bin'])
    expect(got.directories).toEqual(['a', 'b'])
  })
})

describe('PR comment', () => {
  it('has a marker per workflow+job that a name cannot break out of', () => {
    expect(commentMarker('CI --> <x>', 'scan')).toBe('<!-- adapter-guard:CI%20--%3E%20%3Cx%3E/scan -->')
    expect(commentMarker('a', 'b')).not.toBe(commentMarker('a', 'c'))
  })

  it('stays within 65,536 characters however many findings, with a link to the summary', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding('safetensors-header-invalid', { path: `m/${i}/adapter_model.safetensors`, message: `@everyone <img src=x> ${'x'.repeat(200)}`, tensors: ['a|b', '`c`'] })
    )
    const report = buildReport('/r', [], findings, 'error')
    const body = commentBody(report, commentMarker('w', 'j'), { preamble: ['Scanned.'], fullReportUrl: 'https://github.example/acme/adapters/actions/runs/1', commit: 'f'.repeat(40) })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(body).toMatch(/Showing \d+ of 3000 findings/)
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@everyone/)
  })
})

describe('annotations and check runs', () => {
  it('counts overflow per level and maps check annotations within the API limits', () => {
    const errors = Array.from({ length: 11 }, (_, i) => finding('file-unreadable', { path: `f${i}`, message: 'm' }))
    expect(overflowsStep(errors)).toBe(true)
    expect(overflowsStep(errors.slice(0, 10))).toBe(false)
    const a = checkAnnotation(finding('pickle-code-execution', { path: 'r.zip!/x/adapter_model.bin', message: 'M'.repeat(70_000), line: 3 }))
    expect(a).toMatchObject({ path: 'r.zip', start_line: 3, end_line: 3, annotation_level: 'failure' })
    expect(a.message.length).toBeLessThanOrEqual(64 * 1024)
    expect(a.message.startsWith('[x/adapter_model.bin] ')).toBe(true)
    expect(ANNOTATIONS_PER_REQUEST).toBe(50)
  })

  it('log lines never carry a newline that could start a workflow command', () => {
    expect(logLine('dir\n::error::pwned\r\x1b[31m')).not.toMatch(/[\n\r\x1b]/)
  })
})

describe('release assets', () => {
  it('sanitizes asset names into plain file names, never a path', () => {
    const used = new Set<string>()
    expect(safeAssetName('../../etc/passwd', used)).toBe('.._.._etc_passwd')
    expect(safeAssetName('..', used)).toBe('asset..')
    expect(safeAssetName('a.zip', used)).toBe('a.zip')
    expect(safeAssetName('a.zip', used)).toBe('2-a.zip')
    expect(safeAssetName('x\\y\n.bin', used)).toBe('x_y_.bin')
  })

  describe('download over loopback', () => {
    let gh: GitHubStandIn
    let loop: Server
    let loopUrl = ''
    beforeAll(async () => {
      gh = await GitHubStandIn.start({ token: 'tok' })
      // Redirects to itself forever: the download must give up.
      loop = createServer((req, res) => {
        res.writeHead(302, { location: `${loopUrl}/again` })
        res.end()
      })
      await new Promise<void>(r => loop.listen(0, '127.0.0.1', () => r()))
      loopUrl = `http://127.0.0.1:${(loop.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      await gh.close()
      await new Promise<void>(r => loop.close(() => r()))
    })

    it('follows the 302 without the token, streams to disk and checks the digest', async () => {
      const rel = gh.addRelease({ tag_name: 'v1', assets: [{ name: 'a.bin', data: Buffer.from('hello weights') }, { name: 'b.bin', data: Buffer.from('tampered'), digest: `sha256:${'0'.repeat(64)}` }] })
      const dir = mkdtempSync(join(tmpdir(), 'ag-dl-'))
      const url = (id: number) => `${gh.apiUrl}${gh.repoPath}/releases/assets/${id}`
      const ok = await downloadAsset(url(rel.assets[0].id), 'tok', join(dir, 'a.bin'), { digest: (gh.releaseJson(rel).assets as Array<{ digest: string }>)[0].digest })
      expect(ok.bytes).toBe(13)
      expect(readFileSync(join(dir, 'a.bin'), 'utf8')).toBe('hello weights')
      expect(gh.storageRequests().every(r => r.headers.authorization === undefined)).toBe(true)
      await expect(downloadAsset(url(rel.assets[1].id), 'tok', join(dir, 'b.bin'), { digest: `sha256:${'0'.repeat(64)}` })).rejects.toThrow(/does not match/)
      expect(existsSync(join(dir, 'b.bin'))).toBe(false)
      await expect(downloadAsset(url(rel.assets[0].id), 'tok', join(dir, 'a.bin'))).rejects.toThrow(/EEXIST/)
      expect(readFileSync(join(dir, 'a.bin'), 'utf8')).toBe('hello weights')
      await expect(downloadAsset(`${loopUrl}/start`, 'tok', join(dir, 'c.bin'))).rejects.toThrow(`more than ${MAX_REDIRECTS} redirects`)
    })
  })
})

describe('the sticky comment is found only among our own', () => {
  it('a person quoting the marker does not take the comment over', async () => {
    const { GitHubStandIn } = await import('./helpers/github-stand-in.js')
    const { findComment } = await import('../src/github/comment.js')
    const { getOctokit } = await import('@actions/github')
    const gh = await GitHubStandIn.start({ token: 't0ken' })
    try {
      const marker = commentMarker('Adapter checks', 'scan')
      gh.comments.push({ id: 11, issue_number: 5, body: `${marker}\nI copied your marker`, user: { login: 'mallory', type: 'User' } })
      gh.comments.push({ id: 12, issue_number: 5, body: `quoting it inside: ${marker}` })
      const octokit = getOctokit('t0ken', { baseUrl: gh.apiUrl })
      expect(await findComment(octokit, 'acme', 'adapters', 5, marker)).toBeUndefined()
      gh.comments.push({ id: 13, issue_number: 5, body: `${marker}\n## Adapter Guard` })
      expect(await findComment(octokit, 'acme', 'adapters', 5, marker)).toBe(13)
    } finally {
      await gh.close()
    }
  })
})

describe('secondary rate limits', () => {
  it('a comment write that meets one waits as GitHub asks and succeeds; a missing permission is not retried', async () => {
    const { GitHubStandIn } = await import('./helpers/github-stand-in.js')
    const { makeOctokit, rateLimitWait } = await import('../src/github/api.js')
    const gh = await GitHubStandIn.start({ token: 't0ken' })
    try {
      const waits: number[] = []
      const octokit = makeOctokit('t0ken', { apiUrl: gh.apiUrl }, async ms => {
        waits.push(ms)
      })
      gh.secondaryLimits = 2
      const created = await octokit.rest.issues.createComment({ owner: 'acme', repo: 'adapters', issue_number: 3, body: 'hello' })
      expect(created.status).toBe(201)
      expect(waits).toEqual([1000, 1000])
      gh.secondaryLimits = 3
      await expect(octokit.rest.issues.createComment({ owner: 'acme', repo: 'adapters', issue_number: 3, body: 'again' })).rejects.toMatchObject({ status: 403 })
      gh.secondaryLimits = 0
      gh.readOnly = true
      waits.length = 0
      await expect(octokit.rest.issues.createComment({ owner: 'acme', repo: 'adapters', issue_number: 3, body: 'fork' })).rejects.toMatchObject({ status: 403 })
      expect(waits).toEqual([])
    } finally {
      await gh.close()
    }
    expect(rateLimitWait({ status: 403, message: 'x', response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' } } }, 40_000)).toBe(60_000)
    expect(rateLimitWait({ status: 404, message: 'x' })).toBeUndefined()
  })
})
