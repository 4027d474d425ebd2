// Issue 14 (and issue 10 item 9): how the output behaves at GitHub's real limits. The bundled
// dist/index.js runs against the loopback stand-in, which answers as GitHub does at its limits (422 on
// byte overflow, 403 rate limits with x-ratelimit-* headers, PAT-authored comments, paginated assets);
// the comment and summaries are rendered with `marked` (GFM) at 0, 1, 50 and 500 findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { marked } from 'marked'
import { GitHubStandIn } from './helpers/github-stand-in.js'
import { DIST, runAction, type ActionRun } from './helpers/github-runner.js'
import { f32, writeSafetensors } from './helpers/safetensors-writer.js'
import { buildReport } from '../src/engine/scan.js'
import { finding } from '../src/checks/rules.js'
import type { Finding, Severity } from '../src/types.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderSarif, fingerprint, isSecurityRule, defaultSarifCategory } from '../src/report/sarif.js'
import { code, messageMarkdown, messagePlain, msg, cutBytes } from '../src/report/message.js'
import { COMMENT_MAX_BYTES, commentBody, commentMarker } from '../src/github/comment.js'
import { SUMMARY_MAX_BYTES, summaryMarkdown } from '../src/github/summary.js'
import { CHECK_OUTPUT_MAX_BYTES, checkAnnotation } from '../src/github/check-run.js'
import { isForbidden, isRateLimited } from '../src/github/api.js'
import { markdownToPlain } from '../src/github/notes.js'
import { main } from '../src/cli.js'

const TOKEN = 'ghs_limitsTestToken0123456789abcdef'
const MALICIOUS_PICKLE = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1')
const CORRUPT_SAFETENSORS = Buffer.concat([Buffer.from([16, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{"a":1}')])
const CLEAN_SAFETENSORS = Buffer.from(writeSafetensors([{ name: 'base_model.model.q_proj.lora_A.weight', dtype: 'F32', shape: [2], data: f32([0.5, -0.25]) }], { format: 'pt' }))

function workspace(files: Record<string, Buffer | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-limits-'))
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), data)
  }
  return root
}

function prPayload(number: number, fork = false): Record<string, unknown> {
  const base = { full_name: 'acme/adapters', name: 'adapters', owner: { login: 'acme' } }
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      changed_files: 1,
      head: { sha: 'b'.repeat(40), ref: 'feature', repo: fork ? { full_name: 'forker/adapters', name: 'adapters', owner: { login: 'forker' }, fork: true } : base },
      base: { sha: 'c'.repeat(40), ref: 'main', repo: base }
    },
    repository: base,
    sender: { login: 'octocat' }
  }
}

/** 495 broken safetensors with non-ASCII names (3-4 bytes per character), and 5 critical pickles whose paths sort last. */
function bigWorkspace(): string {
  const files: Record<string, Buffer> = {}
  for (let i = 0; i < 495; i++) files[`blobs/模型-😀-${String(i).padStart(3, '0')}.safetensors`] = CORRUPT_SAFETENSORS
  for (let i = 0; i < 5; i++) files[`zz/后门-${i}/adapter_model.bin`] = MALICIOUS_PICKLE
  return workspace(files)
}

/** Tags GitHub's GFM renderer would leave open or unmatched. */
function expectBalanced(html: string): void {
  for (const tag of ['details', 'summary', 'table', 'thead', 'tbody', 'tr', 'code', 'em', 'strong', 'a']) {
    const open = (html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length
    const close = (html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length
    expect(close, `<${tag}> balanced`).toBe(open)
  }
}

function gfm(md: string): string {
  return marked.parse(md, { gfm: true, async: false })
}

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first')
})

describe('dist/index.js at GitHub limits', () => {
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
    gh.rate = undefined
    gh.rateLimited = undefined
    gh.patUser = undefined
  }
  const run = (o: { ws: string; event: string; payload: Record<string, unknown>; inputs?: Record<string, string> }): Promise<ActionRun> =>
    runAction({ node: process.execPath, workspace: o.ws, event: o.event, payload: o.payload, inputs: o.inputs, apiUrl: gh.apiUrl, token: TOKEN })

  it('500 findings with non-ASCII names: every write fits in bytes, and the criticals come first everywhere', async () => {
    fresh()
    const r = await run({ ws: bigWorkspace(), event: 'pull_request', payload: prPayload(31), inputs: { scope: 'all', comment: 'always' } })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    expect(r.outputs.findings).toBe('500')
    // The stand-in answers 422 on any byte overflow: the check run exists with all 500 annotations.
    const cr = gh.checkRuns.at(-1)
    expect(cr?.status).toBe('completed')
    expect(cr?.annotations).toHaveLength(500)
    expect(cr?.annotations.slice(0, 5).every(a => String(a.path).startsWith('zz/后门-'))).toBe(true)
    expect(Buffer.byteLength(cr?.output.summary ?? '')).toBeLessThanOrEqual(65_535)
    const body = gh.comments.find(c => c.issue_number === 31)?.body ?? ''
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/Showing \d+ of 500 findings, worst first/)
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024)
    for (const md of [body, r.summary, cr?.output.summary ?? '']) {
      const html = gfm(md)
      expectBalanced(html)
      for (let i = 0; i < 5; i++) expect(html).toContain(`zz/后门-${i}/adapter_model.bin`)
      // The first findings section is a critical one, and it is open.
      expect(html.indexOf('<details open>')).toBeLessThan(html.indexOf('<details>') === -1 ? Infinity : html.indexOf('<details>'))
      expect(/<details open>\s*<summary>🛑/.test(html)).toBe(true)
    }
    // The check run holds every annotation, so no workflow-command annotation duplicates them.
    expect(r.commands.filter(c => c.command === 'error' && c.props.file)).toHaveLength(0)
    // Internal notes sit at the end, after the findings and the fixes.
    expect(r.summary.indexOf('annotation(s) are on the')).toBeGreaterThan(r.summary.indexOf('### How to fix'))
  })

  it('our own verdict and "not shown" warning keep their annotation slots (10 per level per step)', async () => {
    fresh()
    const files: Record<string, Buffer> = {}
    for (let i = 0; i < 25; i++) files[`m/${i}.safetensors`] = CORRUPT_SAFETENSORS
    const r = await run({ ws: workspace(files), event: 'push', payload: { ref: 'refs/heads/main', after: 'a'.repeat(40) }, inputs: { 'check-run': 'never' } })
    expect(r.code).toBe(1)
    const errors = r.commands.filter(c => c.command === 'error')
    const warnings = r.commands.filter(c => c.command === 'warning')
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(warnings.length).toBeLessThanOrEqual(10)
    // The 10th error is the verdict, not an 11th that GitHub would drop.
    expect(errors.filter(c => c.props.file)).toHaveLength(9)
    expect(errors.at(-1)?.message).toMatch(/reaches fail-on/)
    expect(warnings.some(w => /16 of 25 annotation\(s\) were not shown/.test(w.message))).toBe(true)
  })

  it('a 403 with x-ratelimit-remaining: 0 is a rate limit, not a missing permission (nor a fork token)', async () => {
    for (const fork of [false, true]) {
      fresh()
      gh.rateLimited = { method: 'POST', path: /\/issues\/\d+\/comments$/ }
      const r = await run({ ws: workspace({ 'm/a.safetensors': CORRUPT_SAFETENSORS }), event: 'pull_request', payload: prPayload(fork ? 33 : 32, fork), inputs: { scope: 'all', comment: 'always' } })
      expect(r.stderr).toBe('')
      const warnings = r.commands.filter(c => c.command === 'warning').map(c => c.message)
      const said = warnings.find(w => /rate limit/.test(w)) ?? ''
      expect(said).toMatch(/PR comment was not written: the token's API rate limit is used up .* until \d{4}-\d\d-\d\dT/)
      expect(said).toContain('not a permission problem')
      expect(warnings.join('\n')).not.toMatch(/pull-requests: write|read-only token/)
      // The log gets plain text: no markdown escapes.
      expect(said).not.toMatch(/\\[.{}()-]/)
      expect(r.summary).toContain('not a permission problem')
      // Not retried: GitHub asked for an hour.
      expect(gh.apiRequests().filter(q => q.method === 'POST' && /comments$/.test(q.url))).toHaveLength(1)
    }
  })

  it('with a personal access token the sticky comment is the one that user wrote; a quoted marker by someone else is left alone', async () => {
    fresh()
    gh.patUser = 'adapter-ci-user'
    const marker = commentMarker('Adapter checks', 'scan')
    gh.comments.push({ id: 9001, issue_number: 34, body: `${marker}\nquoted by someone else`, user: { login: 'mallory', type: 'User' } })
    gh.comments.push({ id: 9002, issue_number: 34, body: `${marker}\n## Adapter Guard\nold`, user: { login: 'adapter-ci-user', type: 'User' } })
    const ws = workspace({ 'm/a.safetensors': CORRUPT_SAFETENSORS })
    for (let i = 0; i < 2; i++) {
      const r = await run({ ws, event: 'pull_request', payload: prPayload(34), inputs: { scope: 'all', comment: 'always' } })
      expect(r.outputs['comment-id']).toBe('9002')
    }
    expect(gh.apiRequests().filter(q => q.method === 'POST' && /comments$/.test(q.url))).toHaveLength(0)
    expect(gh.apiRequests().filter(q => q.method === 'GET' && q.url === '/user')).toHaveLength(2)
    expect(gh.comments.find(c => c.id === 9001)?.body).toContain('quoted by someone else')
    expect(gh.comments.find(c => c.id === 9002)?.body).toContain('safetensors-header-invalid')
    // With the Actions token (no /user), only a bot's comment is ours: mallory's still is not.
    fresh()
    const r = await run({ ws, event: 'pull_request', payload: prPayload(34), inputs: { scope: 'all', comment: 'always' } })
    expect(r.outputs['comment-id']).not.toBe('9001')
  })

  it('release with many assets: listed page by page, downloaded through the API client, stopping inside the hourly budget', async () => {
    fresh()
    const assets = Array.from({ length: 130 }, (_, i) => ({ name: `adapter-${String(i).padStart(3, '0')}.safetensors`, data: CLEAN_SAFETENSORS }))
    const rel = gh.addRelease({ tag_name: 'v9.0.0', assets })
    gh.rate = { limit: 1000, remaining: 100, reset: Math.floor(Date.now() / 1000) + 1800 }
    const payload = { action: 'published', release: { ...gh.releaseJson(rel), assets: [] }, repository: { full_name: 'acme/adapters' } }
    // deep: every byte is needed, so assets are downloaded (a plain scan reads them by range, below).
    const r = await run({ ws: workspace({}), event: 'release', payload, inputs: { deep: 'true' } })
    expect(r.stderr).toBe('')
    const lists = gh.apiRequests().filter(q => q.url.startsWith(`${gh.repoPath}/releases/${rel.id}/assets`))
    expect(lists.map(q => new URL(q.url, gh.apiUrl).searchParams.get('page') ?? '1')).toEqual(['1', '2'])
    const downloads = gh.apiRequests().filter(q => q.url.startsWith(`${gh.repoPath}/releases/assets/`))
    expect(downloads.length).toBeGreaterThan(30)
    expect(downloads.length).toBeLessThan(130)
    // Every download went through the rate-aware client: the budget never ran out.
    expect(gh.rate?.remaining ?? 0).toBeGreaterThan(0)
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8')) as { findings: Finding[] }
    const skipped = report.findings.filter(f => f.ruleId === 'resource-limit')
    expect(skipped).toHaveLength(130 - downloads.length)
    expect(skipped[0].message).toMatch(/not downloaded, so not scanned/)
    expect(r.code).toBe(1)
    const predicate = JSON.parse(r.outputs['attestation-predicate']) as { verdict: string; notScanned: string[] }
    expect(predicate.verdict).toBe('fail')
    expect(predicate.notScanned).toHaveLength(skipped.length)
  })

  it('release with many assets read by range: one API request per asset, stopping inside the hourly budget', async () => {
    fresh()
    const assets = Array.from({ length: 130 }, (_, i) => ({ name: `adapter-${String(i).padStart(3, '0')}.safetensors`, data: CLEAN_SAFETENSORS }))
    const rel = gh.addRelease({ tag_name: 'v9.0.1', assets })
    gh.rate = { limit: 1000, remaining: 100, reset: Math.floor(Date.now() / 1000) + 1800 }
    const payload = { action: 'published', release: { ...gh.releaseJson(rel), assets: [] }, repository: { full_name: 'acme/adapters' } }
    const r = await run({ ws: workspace({}), event: 'release', payload })
    expect(r.stderr).toBe('')
    const reads = new Set(gh.apiRequests().filter(q => q.url.startsWith(`${gh.repoPath}/releases/assets/`)).map(q => q.url))
    expect(reads.size).toBeGreaterThan(30)
    expect(reads.size).toBeLessThan(130)
    expect(gh.rate?.remaining ?? 0).toBeGreaterThan(0)
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8')) as { findings: Finding[] }
    const skipped = report.findings.filter(f => f.ruleId === 'resource-limit')
    expect(skipped).toHaveLength(130 - reads.size)
    expect(r.code).toBe(1)
  })

  it('a clean release scan writes an in-toto statement (assets by name and SHA-256, the verdict as predicate) for actions/attest', async () => {
    fresh()
    const other = Buffer.from(writeSafetensors([{ name: 'x.lora_B.weight', dtype: 'F32', shape: [1], data: f32([1]) }], { format: 'pt' }))
    const rel = gh.addRelease({ tag_name: 'v9.1.0', assets: [{ name: 'lora-q.safetensors', data: CLEAN_SAFETENSORS }, { name: 'extra weights.safetensors', data: other }] })
    const payload = { action: 'published', release: gh.releaseJson(rel), repository: { full_name: 'acme/adapters' } }
    const r = await run({ ws: workspace({}), event: 'release', payload, inputs: { 'sarif-file': 'out.sarif' } })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const st = JSON.parse(readFileSync(r.outputs['attestation-file'], 'utf8')) as { _type: string; subject: Array<{ name: string; digest: { sha256: string } }>; predicateType: string; predicate: Record<string, unknown> }
    expect(st._type).toBe('https://in-toto.io/Statement/v1')
    expect(st.predicateType).toBe('https://github.com/adapter-guard/adapter-guard/attestation/scan/v1')
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    expect(st.subject).toEqual([
      { name: 'lora-q.safetensors', digest: { sha256: sha(CLEAN_SAFETENSORS) } },
      { name: 'extra weights.safetensors', digest: { sha256: sha(other) } }
    ])
    expect(st.predicate).toMatchObject({ verdict: 'pass', scanner: { name: 'adapter-guard' }, release: { tag: 'v9.1.0' }, notScanned: [] })
    expect((st.predicate.rules as string[]).includes('pickle-code-execution')).toBe(true)
    expect(JSON.parse(r.outputs['attestation-predicate'])).toEqual(st.predicate)
    expect(readFileSync(r.outputs['attestation-subjects'], 'utf8')).toBe(`${sha(CLEAN_SAFETENSORS)}  lora-q.safetensors\n${sha(other)}  extra weights.safetensors\n`)
  })

  it('SARIF: category from the input (default workflow/job); release results point at the release asset', async () => {
    fresh()
    const rel = gh.addRelease({ tag_name: 'v9.2.0', assets: [{ name: 'bad model.safetensors', data: CORRUPT_SAFETENSORS }] })
    const payload = { action: 'published', release: gh.releaseJson(rel), repository: { full_name: 'acme/adapters' } }
    const r = await run({ ws: workspace({}), event: 'release', payload, inputs: { 'sarif-file': 'out.sarif', 'sarif-category': 'release-gate' } })
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')) as SarifDoc
    expect(sarif.runs[0].automationDetails.id).toBe('release-gate/')
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'https://github.example/acme/adapters/releases/download/v9.2.0/bad%20model.safetensors' })
    fresh()
    const r2 = await run({ ws: workspace({ 'models/a.safetensors': CORRUPT_SAFETENSORS }), event: 'push', payload: { ref: 'refs/heads/main', after: 'a'.repeat(40) }, inputs: { 'sarif-file': 'out.sarif' } })
    const s2 = JSON.parse(readFileSync(r2.outputs['sarif-file'], 'utf8')) as SarifDoc
    expect(s2.runs[0].automationDetails.id).toBe('adapter-guard/Adapter checks/scan/')
    expect(s2.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'models/a.safetensors', uriBaseId: '%SRCROOT%' })
  })
})

interface SarifDoc {
  runs: Array<{
    automationDetails: { id: string }
    originalUriBaseIds?: Record<string, { uri: string }>
    tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; properties: Record<string, unknown> }> } }
    results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; properties: Record<string, unknown>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }>
  }>
}

const SEVS: Severity[] = ['warning', 'error', 'note', 'critical']

/** n findings, mixed severities; criticals on paths that sort last, names with markup and non-ASCII. */
function findingsOf(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => {
    const sev = n === 1 ? 'critical' : SEVS[i % 50 === 0 ? 3 : i % 3]
    const rule = sev === 'critical' ? 'pickle-code-execution' : sev === 'error' ? 'safetensors-header-invalid' : sev === 'warning' ? 'pickle-checkpoint' : 'safetensors-metadata-format'
    const path = sev === 'critical' ? `zz/crit-${i}/adapter_model.bin` : `m/${i % 40}/模型 <b>|${i}|</b>.safetensors`
    return finding(rule, { severity: sev, path, message: `Found \`os.system\` in \`${'名'.repeat(i % 5)}\` (#${i}) @octocat ${'é'.repeat(i % 300)}`, tensors: [`t\`${i}\``, 'a|b'] })
  })
}

describe('comment and summary as GitHub renders them (marked, GFM)', () => {
  for (const n of [0, 1, 50, 500]) {
    it(`${n} finding(s): within the byte limits, balanced markup, every critical visible`, () => {
      const fs = findingsOf(n)
      const report = buildReport('/r', [], fs, 'error')
      const crit = fs.filter(f => f.severity === 'critical')
      const comment = commentBody(report, commentMarker('w', 'j'), { preamble: ['Scanned the tree.'], appendix: ['12 annotation(s) are on the check run.'], fullReportUrl: 'https://github.example/o/r/runs/5', fullReportLabel: 'check run adapter-guard', commit: 'f'.repeat(40) })
      const summary = summaryMarkdown(report, ['Scanned the tree.'], { url: 'https://github.example/o/r/runs/5' }, ['notes'])
      const checkSummary = renderMarkdown(report, { maxLength: CHECK_OUTPUT_MAX_BYTES })
      expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(COMMENT_MAX_BYTES)
      expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
      expect(Buffer.byteLength(checkSummary)).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_BYTES)
      for (const md of [comment, summary, checkSummary]) {
        const html = gfm(md)
        expectBalanced(html)
        for (const c of crit) expect(html).toContain(c.path)
        // Code spans in messages render as code, not as literal backticks.
        if (n > 0) expect(html).toContain('<code>os.system</code>')
        expect(html).not.toMatch(/<b>/)
        expect(html).not.toMatch(/(^|[^\w\u200b])@octocat/)
        const tables = (html.match(/<table>/g) ?? []).length
        if (n === 0) expect(tables).toBe(0)
        // A single finding gets one table, not a by-file table as well.
        if (n === 1) expect(tables).toBe(1)
      }
      if (n === 500) {
        expect(comment).toMatch(/Showing \d+ of 500 findings, worst first/)
        expect(comment).not.toMatch(/critical among them/)
        // The note in the appendix comes after the findings.
        expect(comment.indexOf('12 annotation(s)')).toBeGreaterThan(comment.indexOf('### Findings'))
      }
    })
  }

  it('an over-long message does not end the table early, and a cut never falls inside markup', () => {
    const fs = [finding('pickle-code-execution', { path: 'a.bin', message: `\`${'x'.repeat(200_000)}\`` }), ...Array.from({ length: 20 }, (_, i) => finding('pickle-checkpoint', { path: `w${i}.bin`, message: 'fine' }))]
    const md = renderMarkdown(buildReport('/r', [], fs, 'error'), { maxLength: 20_000 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
    const html = gfm(md)
    expectBalanced(html)
    expect(html).toContain('w19.bin')
  })

  it('worst first: one critical is never behind 400 warnings when cut', () => {
    const fs = [...Array.from({ length: 400 }, (_, i) => finding('pickle-checkpoint', { path: `a/${i}.bin`, message: 'w'.repeat(300) })), finding('pickle-code-execution', { path: 'zzz/evil.bin', message: 'boom' })]
    const md = renderMarkdown(buildReport('/r', [], fs, 'error'), { maxLength: 30_000 })
    expect(md).toContain('zzz/evil.bin')
    expect(md.indexOf('zzz/evil.bin')).toBeLessThan(md.indexOf('a/0.bin'))
  })
})

describe('one message, each sink its own escaping', () => {
  it('the log gets plain text, markdown gets escapes and real code spans', () => {
    const m = msg`The PR comment was not written (${'HTTP 403: {"resource": "docs.github.com"}'}): give the job ${code('permissions: pull-requests: write')}.`
    expect(messagePlain(m)).toBe('The PR comment was not written (HTTP 403: {"resource": "docs.github.com"}): give the job `permissions: pull-requests: write`.')
    expect(messageMarkdown(m)).toContain('\\{\\"resource\\"')
    expect(gfm(messageMarkdown(m))).toContain('<code>permissions: pull-requests: write</code>')
    expect(markdownToPlain('read \\{\\"x\\"\\} at docs\\.github\\.com @\u200bocto')).toBe('read {"x"} at docs.github.com @octo')
  })

  it('check-run annotation texts are cut in bytes on a character boundary', () => {
    const a = checkAnnotation(finding('pickle-code-execution', { path: 'x.bin', message: '😀'.repeat(40_000), tensors: ['名'.repeat(30_000)] }))
    expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(65_535)
    expect(Buffer.byteLength(a.raw_details ?? '')).toBeLessThanOrEqual(65_535)
    expect(a.message).not.toMatch(/\uFFFD/)
    expect(cutBytes('ééé', 5)).toBe('é…')
  })

  it('tells a rate limit from a missing permission', () => {
    const err = (status: number, headers: Record<string, string>, message = 'Forbidden') => Object.assign(new Error(message), { status, response: { headers } })
    expect(isRateLimited(err(403, { 'x-ratelimit-remaining': '0' }))).toBe(true)
    expect(isForbidden(err(403, { 'x-ratelimit-remaining': '0' }))).toBe(false)
    expect(isRateLimited(err(403, { 'x-ratelimit-remaining': '12' }, 'Resource not accessible by integration'))).toBe(false)
    expect(isForbidden(err(403, { 'x-ratelimit-remaining': '12' }, 'Resource not accessible by integration'))).toBe(true)
    expect(isRateLimited(err(429, {}))).toBe(true)
    expect(isRateLimited(err(403, {}, 'You have exceeded a secondary rate limit'))).toBe(true)
  })
})

describe('SARIF for code scanning', () => {
  const fs = [
    finding('pickle-unknown-global', { severity: 'critical', path: 'models/a/adapter_model.bin', message: 'm', tensors: ['b', 'a'] }),
    finding('lfs-pointer', { path: 'models/a/adapter_model.safetensors', message: 'm' }),
    finding('safetensors-header-unpadded', { path: 'models/b.safetensors', message: 'm' })
  ]
  const report = buildReport('/repo/models', [], fs.map(f => ({ ...f, path: f.path.replace(/^models\//, '') })), 'error')
  const doc = JSON.parse(renderSarif(report, { category: 'shard-1', repoRoot: '/repo' })) as SarifDoc
  const run = doc.runs[0]

  it('security-severity only on security rules, from the result\'s own severity', () => {
    const rule = (id: string) => run.tool.driver.rules.find(r => r.id === id)
    expect(rule('pickle-code-execution')?.properties['security-severity']).toBe('9.5')
    expect(rule('lfs-pointer')?.properties['security-severity']).toBeUndefined()
    expect(rule('safetensors-header-unpadded')?.properties['security-severity']).toBeUndefined()
    expect(isSecurityRule('zip-anomaly')).toBe(true)
    // pickle-unknown-global defaults to error (7.5) but this result is critical: the result and (since
    // code scanning reads the rule's value) the rule say 9.5; a rule with no results keeps its default.
    expect(run.results[0].properties['security-severity']).toBe('9.5')
    expect(rule('pickle-unknown-global')?.properties['security-severity']).toBe('9.5')
    expect(rule('pickle-malformed')?.properties['security-severity']).toBe('7.5')
    expect(run.results[1].properties['security-severity']).toBeUndefined()
  })

  it('URIs relative to the repository root, with %SRCROOT% declared', () => {
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'models/a/adapter_model.bin', uriBaseId: '%SRCROOT%' })
    expect(run.originalUriBaseIds?.['%SRCROOT%'].uri).toBe('file:///repo/')
  })

  it('category, stable primaryLocationLineHash, fuller full descriptions', () => {
    expect(run.automationDetails.id).toBe('shard-1/')
    const h = run.results[0].partialFingerprints.primaryLocationLineHash
    expect(h).toMatch(/^[0-9a-f]{32}$/)
    expect(h).toBe(fingerprint({ ...report.findings[0], tensors: ['a', 'b'] }))
    expect(h).not.toBe(fingerprint({ ...report.findings[0], tensors: ['c'] }))
    for (const r of run.tool.driver.rules) expect(r.fullDescription.text.length).toBeGreaterThan(r.shortDescription.text.length + 40)
    expect(defaultSarifCategory({ GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'scan' })).toBe('adapter-guard/CI/scan')
    expect(defaultSarifCategory({})).toBe('adapter-guard')
  })

  it('the CLI takes --sarif-category and makes URIs relative to the git root', async () => {
    const root = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'sub/m/a.safetensors': CORRUPT_SAFETENSORS })
    let out = ''
    const code = await main(['scan', 'm', '--format', 'sarif', '--sarif-category', 'cli-shard', '--no-config'], { cwd: join(root, 'sub'), env: {}, isTTY: false, stdout: (s: string) => (out += s), stderr: () => undefined })
    expect(code).toBe(1)
    const d = JSON.parse(out) as SarifDoc
    expect(d.runs[0].automationDetails.id).toBe('cli-shard/')
    expect(d.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('sub/m/a.safetensors')
  })
})

describe('the job summary counts every section (issue 10, item 9)', () => {
  it('20,000 findings over 20,000 long file names stay under 1 MiB with balanced markup', () => {
    const fs = Array.from({ length: 20_000 }, (_, i) =>
      finding(i === 19_999 ? 'pickle-code-execution' : 'pickle-checkpoint', { path: `models/${'長い名前'.repeat(20)}/${i}/adapter_model.bin`, message: 'm' })
    )
    const md = summaryMarkdown(buildReport('/r', [], fs, 'error'), ['Scanned.'], { text: 'Every finding is in the JSON report.' })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(md).toMatch(/\| and \d+ more file\(s\) \|/)
    expect(md).toContain('/19999/adapter_model.bin')
    expect(md).toContain('Every finding is in the JSON report.')
    expectBalanced(gfm(md))
  })
})
