// End to end: the bundled dist/index.js runs as a child process with a runner's environment against
// the GitHub API stand-in on 127.0.0.1, for real over HTTP. Run `npm run build` first.
// With NODE24_BIN set, every scenario runs once more under that Node binary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { crc32 } from 'node:zlib'
import { GitHubStandIn, ANNOTATIONS_LIMIT, COMMENT_LIMIT } from './helpers/github-stand-in.js'
import { DIST, runAction, type ActionRun } from './helpers/github-runner.js'

const TOKEN = 'ghs_e2eTestToken0123456789abcdefSECRET'
const SUMMARY_LIMIT = 1024 * 1024
const NODES = [process.execPath, ...(process.env.NODE24_BIN ? [process.env.NODE24_BIN] : [])]

/** A pickle that imports os.system and calls it: GLOBAL 'os system', then REDUCE. */
const MALICIOUS_PICKLE = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1')
/** Declares a 16-byte header but only 7 bytes follow: safetensors-header-invalid. */
const CORRUPT_SAFETENSORS = Buffer.concat([Buffer.from([16, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{"a":1}')])

function put(root: string, rel: string, data: Buffer | string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true })
  writeFileSync(join(root, rel), data)
}

function workspace(files: Record<string, Buffer | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-ws-'))
  for (const [rel, data] of Object.entries(files)) put(root, rel, data)
  return root
}

function corruptShards(n: number): Record<string, Buffer> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`blobs/shard-${String(i).padStart(4, '0')}.safetensors`, CORRUPT_SAFETENSORS]))
}

/** A stored (uncompressed) zip, enough for a release asset. */
function zipStored(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const crc = crc32(e.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x21, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(e.data.length, 18)
    local.writeUInt32LE(e.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(e.data.length, 20)
    central.writeUInt32LE(e.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, e.data)
    centrals.push(central, name)
    offset += 30 + name.length + e.data.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

function prPayload(number: number, opts: { fork?: boolean; changedFiles?: number } = {}): Record<string, unknown> {
  const base = { full_name: 'acme/adapters', name: 'adapters', owner: { login: 'acme' } }
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      changed_files: opts.changedFiles ?? 1,
      head: { sha: 'b'.repeat(40), ref: 'feature', repo: opts.fork ? { full_name: 'forker/adapters', name: 'adapters', owner: { login: 'forker' }, fork: true } : base },
      base: { sha: 'c'.repeat(40), ref: 'main', repo: base }
    },
    repository: base,
    sender: { login: 'octocat' }
  }
}

function reportOf(run: ActionRun): { findings: Array<{ ruleId: string; path: string; suppressed?: unknown }>; summary: { findings: number } } {
  return JSON.parse(readFileSync(run.outputs['report-file'], 'utf8'))
}

/** The token may appear only as the Authorization header of API requests, and never on the storage host. */
function expectNoTokenLeak(gh: GitHubStandIn, run?: ActionRun): void {
  for (const r of gh.requests) {
    const { authorization, ...rest } = r.headers
    expect(r.url).not.toContain(TOKEN)
    expect(r.body).not.toContain(TOKEN)
    expect(JSON.stringify(rest)).not.toContain(TOKEN)
    if (r.server === 'storage') expect(authorization).toBeUndefined()
    else expect([`token ${TOKEN}`, `Bearer ${TOKEN}`]).toContain(authorization)
  }
  if (run) expect(run.summary).not.toContain(TOKEN)
}

function expectLimits(gh: GitHubStandIn, run: ActionRun): void {
  for (const r of gh.apiRequests()) {
    if (/\/issues\/(\d+\/)?comments/.test(r.url) && r.body) expect(Buffer.byteLength((JSON.parse(r.body) as { body: string }).body)).toBeLessThanOrEqual(COMMENT_LIMIT)
    if (/\/check-runs/.test(r.url) && r.body) {
      const b = JSON.parse(r.body) as { output?: { annotations?: unknown[]; summary?: string } }
      expect(b.output?.annotations?.length ?? 0).toBeLessThanOrEqual(ANNOTATIONS_LIMIT)
      expect(Buffer.byteLength(b.output?.summary ?? '')).toBeLessThanOrEqual(65_535)
    }
  }
  expect(Buffer.byteLength(run.summary)).toBeLessThan(SUMMARY_LIMIT)
}

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first')
})

describe.each(NODES)('dist/index.js under %s', node => {
  let gh: GitHubStandIn
  beforeAll(async () => {
    gh = await GitHubStandIn.start({ token: TOKEN })
  })
  afterAll(async () => {
    await gh.close()
  })
  const fresh = () => {
    gh.requests.length = 0
    gh.readOnly = false
  }

  it('PR: scans only changed checkpoint directories, creates one sticky comment, updates it, then says clean', async () => {
    fresh()
    const weird = 'adapters/@octocat <b>x</b> [y](z)/adapter_model.safetensors'
    const ws = workspace({
      'adapters/bad/adapter_model.safetensors': CORRUPT_SAFETENSORS,
      [weird]: CORRUPT_SAFETENSORS,
      'adapters/untouched/adapter_model.safetensors': CORRUPT_SAFETENSORS
    })
    const docs = Array.from({ length: 148 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' }))
    gh.prFiles.set(7, [...docs, { filename: 'adapters/bad/adapter_model.safetensors', status: 'added' }, { filename: weird, status: 'added' }])
    const setup = { node, workspace: ws, event: 'pull_request', payload: prPayload(7, { changedFiles: 150 }), apiUrl: gh.apiUrl, token: TOKEN }

    const first = await runAction(setup)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(1)
    const files = gh.apiRequests().filter(r => r.url.includes('/pulls/7/files'))
    expect(files.map(r => new URL(r.url, gh.apiUrl).searchParams.get('page') ?? '1')).toEqual(['1', '2'])
    const rep = reportOf(first)
    // Only the two directories the PR touched; other engine checks may add findings on the same files.
    expect([...new Set(rep.findings.map(f => f.path))].sort()).toEqual(['adapters/bad/adapter_model.safetensors', weird].sort())
    expect(rep.findings.filter(f => f.ruleId === 'safetensors-header-invalid')).toHaveLength(2)
    expect(gh.comments).toHaveLength(1)
    const comment = gh.comments[0]
    expect(first.outputs['comment-id']).toBe(String(comment.id))
    expect(first.outputs.findings).toBe(String(rep.summary.findings))
    expect(Number(first.outputs.errors)).toBeGreaterThanOrEqual(2)
    expect(first.outputs['highest-severity']).toBe('error')
    expect(comment.body).toContain('<!-- adapter-guard:Adapter%20checks/scan -->')
    expect(comment.body).not.toContain('<b>')
    expect(comment.body).toContain('https://github.example/acme/adapters/actions/runs/4242')
    // Two error annotations fit in a step: no check run needed.
    expect([...new Set(first.commands.filter(c => c.command === 'error' && c.props.file).map(c => c.props.file))].sort()).toEqual(['adapters/bad/adapter_model.safetensors', weird].sort())
    expect(gh.checkRuns).toHaveLength(0)
    expect(first.summary).toContain('pull request #7')

    const second = await runAction(setup)
    expect(second.code).toBe(1)
    expect(gh.comments).toHaveLength(1)
    expect(second.outputs['comment-id']).toBe(String(comment.id))
    const writes = gh.apiRequests().filter(r => r.method !== 'GET' && r.url.includes('comments'))
    expect(writes.map(r => r.method)).toEqual(['POST', 'PATCH'])

    // The PR deletes the bad adapters: the next run is clean and the comment says so.
    rmSync(join(ws, 'adapters/bad'), { recursive: true })
    rmSync(join(ws, dirname(weird)), { recursive: true })
    gh.prFiles.set(7, [...docs, { filename: 'adapters/bad/adapter_model.safetensors', status: 'removed' }, { filename: weird, status: 'removed' }])
    const third = await runAction(setup)
    expect(third.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('**Passed**: no findings.')
    expect(third.outputs.findings).toBe('0')
    expectNoTokenLeak(gh, third)
    expectLimits(gh, third)
  })

  it('PR that pastes the peft#1876 seed into a training script: the check fails with an annotation on the bias="all" line; code: false passes', async () => {
    fresh()
    const script = readFileSync(join(import.meta.dirname, 'fixtures', 'code', 'unsound', 'train_seed_inline.py'), 'utf8')
    const lines = script.split('\n')
    const line = lines.findIndex(l => l.includes('bias="all"')) + 1
    const col = lines[line - 1].indexOf('bias="all"') + 1
    const ws = workspace({
      'training/train.py': script,
      // Not changed by the PR: not linted on a changed-scope run.
      'training/old_eval.py': 'import torch\nstate = torch.load("ckpt.pt", weights_only=False)\n',
      'requirements.txt': 'torch>=2.6\n'
    })
    gh.prFiles.set(11, [{ filename: 'training/train.py', status: 'modified' }, { filename: 'README.md', status: 'modified' }])
    const setup = { node, workspace: ws, event: 'pull_request', payload: prPayload(11, { changedFiles: 2 }), apiUrl: gh.apiUrl, token: TOKEN }

    const run = await runAction(setup)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const errors = run.commands.filter(c => c.command === 'error' && c.props.file)
    expect(errors.map(c => [c.props.file, c.props.line, c.props.col, c.props.title])).toEqual([['training/train.py', String(line), String(col), 'adapter-guard code-shared-tensor-save (error)']])
    expect(errors[0].message).toContain('save_pretrained fails with "RuntimeError: The weights trying to be saved contained shared tensors"')
    expect(errors[0].message).toContain('get_peft_model')
    const rep = reportOf(run)
    expect(rep.findings.map(f => `${f.path} ${f.ruleId}`)).toEqual(['training/train.py code-shared-tensor-save'])
    expect(run.outputs['highest-severity']).toBe('error')
    expect(gh.comments.at(-1)?.body).toContain('code-shared-tensor-save')
    const sarif = await runAction({ ...setup, inputs: { 'sarif-file': 'out.sarif' } })
    const result = JSON.parse(readFileSync(join(ws, 'out.sarif'), 'utf8')).runs[0].results[0]
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: line, startColumn: col })
    expect(sarif.code).toBe(1)

    const off = await runAction({ ...setup, inputs: { code: 'false' } })
    expect(off.code).toBe(0)
    expect(reportOf(off).findings).toEqual([])
    expectNoTokenLeak(gh, off)
  })

  it('120 findings: all 120 annotations go through the check run in 3 requests', async () => {
    fresh()
    const ws = workspace(corruptShards(120))
    const run = await runAction({ node, workspace: ws, event: 'push', payload: { ref: 'refs/heads/main', after: 'a'.repeat(40) }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.outputs.findings).toBe('120')
    const calls = gh.apiRequests().filter(r => r.url.includes('/check-runs'))
    expect(calls.map(r => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    const cr = gh.checkRuns.at(-1)
    expect(cr?.name).toBe('adapter-guard')
    expect(cr?.head_sha).toBe('a'.repeat(40))
    expect(cr?.annotations).toHaveLength(120)
    expect(new Set(cr?.annotations.map(a => a.path)).size).toBe(120)
    expect(cr?.status).toBe('completed')
    expect(cr?.conclusion).toBe('failure')
    // The check run holds them all, so no capped workflow-command annotations duplicate them.
    expect(run.commands.filter(c => c.command === 'error' && c.props.file)).toHaveLength(0)
    expect(run.summary).toMatch(/120 annotation\(s\) are on the \[check run adapter\\?-guard\]\(https:\/\/github\.example\/acme\/adapters\/runs\/\d+\)/)
    // The summary's "full report" is the check run, never the run page the summary is on.
    expect(run.summary).not.toMatch(/full report\]\(https:\/\/github\.example\/acme\/adapters\/actions\/runs/)
    expectLimits(gh, run)
    expectNoTokenLeak(gh, run)
  })

  it('fork PR: the 403 on the check run falls back to annotations and the summary, said once, without failing', async () => {
    fresh()
    gh.readOnly = true
    const ws = workspace(corruptShards(25))
    const run = await runAction({
      node,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(9, { fork: true }),
      inputs: { scope: 'all', 'fail-on': 'never', comment: 'always' },
      apiUrl: gh.apiUrl,
      token: TOKEN
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const writes = gh.apiRequests().filter(r => r.method !== 'GET')
    expect(writes.map(r => `${r.method} ${r.url}`)).toEqual([`POST ${gh.repoPath}/check-runs`])
    const forkWarnings = run.commands.filter(c => c.command === 'warning' && c.message.includes('fork'))
    expect(forkWarnings).toHaveLength(1)
    expect(run.commands.filter(c => c.command === 'error' && c.props.file)).toHaveLength(10)
    expect(run.summary).toContain('15 of 25 annotation(s) were not shown')
    expect(run.summary).toContain('read-only token')
    expect(run.outputs['comment-id']).toBe('')
    expect(run.outputs.findings).toBe('25')
    expectNoTokenLeak(gh, run)
  })

  it('comment and check run stay inside GitHub limits with 400 findings', async () => {
    fresh()
    const ws = workspace(corruptShards(400))
    const run = await runAction({
      node,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(11),
      inputs: { scope: 'all', comment: 'always', 'fail-on': 'never' },
      apiUrl: gh.apiUrl,
      token: TOKEN
    })
    expect(run.code).toBe(0)
    const body = gh.comments.find(c => c.issue_number === 11)?.body ?? ''
    expect(body.length).toBeGreaterThan(30_000)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/Showing \d+ of 400 findings/)
    // From the PR, the full report is the check run holding every annotation.
    expect(body).toMatch(/\[full report\]\(https:\/\/github\.example\/acme\/adapters\/runs\/\d+\)/)
    expect(gh.checkRuns.at(-1)?.annotations).toHaveLength(400)
    expect(gh.apiRequests().filter(r => r.url.includes('/check-runs'))).toHaveLength(8)
    expectLimits(gh, run)
  })

  it('release: a malicious .bin inside a zip fails the job and, with on-unsafe-release: draft, turns the release back into a draft', async () => {
    fresh()
    const zip = zipStored([
      { name: 'adapter/adapter_config.json', data: Buffer.from('{"peft_type":"LORA","r":4,"lora_alpha":8,"target_modules":["q_proj"]}') },
      { name: 'adapter/adapter_model.bin', data: MALICIOUS_PICKLE }
    ])
    const rel = gh.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'adapter-v1.zip', data: zip }] })
    const ws = workspace({})
    const payload = { action: 'published', release: gh.releaseJson(rel), repository: { full_name: 'acme/adapters' } }
    const run = await runAction({ node, workspace: ws, event: 'release', payload, inputs: { 'on-unsafe-release': 'draft' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.stderr).toBe('')
    // The asset was read by range (issue #16): API (with the token) → 302 → storage host (without it).
    const assetCalls = gh.apiRequests().filter(r => r.url.includes('/releases/assets/'))
    expect(assetCalls).toHaveLength(1)
    expect(gh.storageRequests()).toHaveLength(1)
    expect(gh.storageRequests()[0].headers.authorization).toBeUndefined()
    expect(gh.storageRequests()[0].headers.range).toMatch(/^bytes=0-\d+$/)
    expectNoTokenLeak(gh, run)
    const downloaded = readdirSync(run.temp, { recursive: true }).map(String)
    expect(downloaded.some(p => p.endsWith('adapter-v1.zip'))).toBe(false)

    const rep = reportOf(run)
    expect(rep.findings).toContainEqual(expect.objectContaining({ ruleId: 'pickle-code-execution', path: 'adapter-v1.zip!/adapter/adapter_model.bin' }))
    expect(run.code).toBe(1)
    expect(gh.releases.find(r => r.id === rel.id)?.draft).toBe(true)
    expect(run.summary).toContain('turned back into a draft')
  })

  it('release-tag on workflow_dispatch finds a draft by listing releases; default on-unsafe-release only fails', async () => {
    fresh()
    const rel = gh.addRelease({ tag_name: 'v2.0.0-rc1', draft: true, assets: [{ name: 'adapter_model.safetensors', data: CORRUPT_SAFETENSORS }] })
    const run = await runAction({ node, workspace: workspace({}), event: 'workflow_dispatch', payload: { inputs: {} }, inputs: { 'release-tag': 'v2.0.0-rc1' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(1)
    expect(reportOf(run).findings).toContainEqual(expect.objectContaining({ ruleId: 'safetensors-header-invalid', path: 'adapter_model.safetensors' }))
    expect(gh.apiRequests().map(r => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      `GET ${gh.repoPath}/releases/tags/v2.0.0-rc1`,
      `GET ${gh.repoPath}/releases`,
      `GET ${gh.repoPath}/releases/${rel.id}/assets`,
      `GET ${gh.repoPath}/releases/assets/${rel.assets[0].id}`
    ])
    expect(gh.releases.find(r => r.id === rel.id)?.draft).toBe(true)
    expectNoTokenLeak(gh, run)
  })

  it('config file: settings and suppressions apply, suppressed findings are listed', async () => {
    fresh()
    const ws = workspace({
      'legacy/adapter_model.safetensors': CORRUPT_SAFETENSORS,
      '.adapter-guard.yml': ['fail-on: warning', 'check-run: never', 'suppressions:', '  - rule: "*"', '    path: legacy/**', '    reason: frozen legacy export, tracked in #12', ''].join('\n')
    })
    const run = await runAction({ node, workspace: ws, event: 'push', payload: { ref: 'refs/heads/main' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const rep = reportOf(run)
    expect(rep.findings.length).toBeGreaterThan(0)
    expect(rep.findings.every(f => f.suppressed)).toBe(true)
    expect(run.outputs.findings).toBe('0')
    expect(run.summary).toContain('frozen legacy export')
  })

  it('on a PR, settings and suppressions come from the base commit: the change cannot loosen them', async () => {
    fresh()
    const base = 'c'.repeat(40)
    // The base allows one legacy file; the change adds a broken adapter, sets fail-on: never and suppresses everything.
    gh.files.set(`${base}:.adapter-guard.yml`, ['comment: always', 'suppressions:', '  - rule: "*"', '    path: legacy/**', '    reason: frozen legacy export, tracked in #12', ''].join('\n'))
    const ws = workspace({
      'legacy/adapter_model.safetensors': CORRUPT_SAFETENSORS,
      'new/adapter_model.safetensors': CORRUPT_SAFETENSORS,
      '.adapter-guard.yml': ['fail-on: never', 'comment: never', 'suppressions:', '  - rule: "*"', '    path: "**"', '    reason: trust me', ''].join('\n')
    })
    gh.prFiles.set(13, [
      { filename: 'legacy/adapter_model.safetensors', status: 'modified' },
      { filename: 'new/adapter_model.safetensors', status: 'added' },
      { filename: '.adapter-guard.yml', status: 'modified' }
    ])
    const run = await runAction({ node, workspace: ws, event: 'pull_request', payload: prPayload(13, { changedFiles: 3 }), apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const rep = reportOf(run)
    expect(rep.findings.filter(f => f.path.startsWith('legacy/')).every(f => f.suppressed)).toBe(true)
    expect(rep.findings.filter(f => f.path.startsWith('new/')).some(f => !f.suppressed)).toBe(true)
    expect(gh.apiRequests().some(r => r.url.includes(`/contents/.adapter-guard.yml?ref=${base}`))).toBe(true)
    // comment: always came from the base file; the change's comment: never did not apply.
    const body = gh.comments.find(c => c.issue_number === 13)?.body ?? ''
    expect(body).toContain('frozen legacy export')
    expect(body).toContain('read from the base commit')
    expect(body).not.toContain('trust me')
    gh.files.clear()
  })

  it('config file errors fail the step with a clear message', async () => {
    fresh()
    const ws = workspace({ '.adapter-guard.yml': 'suppressions:\n  - rule: pickle-unknown-global\n    path: "**"\n' })
    const run = await runAction({ node, workspace: ws, event: 'push', payload: {}, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(1)
    expect(run.commands.find(c => c.command === 'error')?.message).toContain('"reason" is required')
  })

  it('past the 3,000-file API cap the PR falls back to the whole tree and says so', async () => {
    fresh()
    const ws = workspace({ 'a/adapter_model.safetensors': CORRUPT_SAFETENSORS })
    const run = await runAction({ node, workspace: ws, event: 'pull_request', payload: prPayload(15, { changedFiles: 3500 }), inputs: { 'fail-on': 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(0)
    expect(gh.apiRequests().filter(r => r.url.includes('/files'))).toHaveLength(0)
    expect(run.summary).toContain('more than the 3000 the API lists')
    expect(reportOf(run).findings.some(f => f.path === 'a/adapter_model.safetensors')).toBe(true)
  })

  it('merge_group: scans the directories changed against the base through the compare API', async () => {
    fresh()
    const ws = workspace({ 'in/adapter_model.safetensors': CORRUPT_SAFETENSORS, 'out/adapter_model.safetensors': CORRUPT_SAFETENSORS })
    gh.compareFiles = [{ filename: 'in/adapter_model.safetensors', status: 'modified' }]
    const payload = { action: 'checks_requested', merge_group: { head_sha: 'd'.repeat(40), base_sha: 'e'.repeat(40), head_ref: 'gh-readonly-queue/main/pr-1' } }
    const run = await runAction({ node, workspace: ws, event: 'merge_group', payload, inputs: { 'fail-on': 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(0)
    // The config file is looked up at the base commit first (absent here), then the compare API.
    expect(gh.apiRequests().map(r => r.url.split('?')[0])).toEqual([`${gh.repoPath}/contents/.adapter-guard.yml`, `${gh.repoPath}/compare/${'e'.repeat(40)}...${'d'.repeat(40)}`])
    expect([...new Set(reportOf(run).findings.map(f => f.path))]).toEqual(['in/adapter_model.safetensors'])
  })

  it('an unknown event scans the tree, says so, and does not crash', async () => {
    fresh()
    const run = await runAction({ node, workspace: workspace(corruptShards(1)), event: 'gollum', payload: { pages: [] }, inputs: { 'fail-on': 'never' }, apiUrl: gh.apiUrl, token: TOKEN })
    expect(run.code).toBe(0)
    expect(run.outputs.findings).toBe('1')
    expect(run.summary).toContain('has no special handling')
    expect(gh.requests).toHaveLength(0)
  })
})
