// Scale-out on GitHub Actions (issue #13), end to end with the bundled dist/index.js against the API
// stand-in: shard jobs (`shard: I/N`) write their reports and post nothing; the merge job
// (`merge-reports: <glob>`) posts one PR comment, one verdict, one report equal to the unsharded one,
// and fails naming a missing shard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { GitHubStandIn } from './helpers/github-stand-in.js'
import { DIST, runAction, type ActionRun } from './helpers/github-runner.js'
import type { ScanReport } from '../src/types.js'

const TOKEN = 'ghs_e2eMergeToken0123456789abcdefSECRET'
const CORRUPT_SAFETENSORS = Buffer.concat([Buffer.from([16, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{"a":1}')])
const MALICIOUS_PICKLE = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1')
const CONFIG = JSON.stringify({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 8, lora_alpha: 16, target_modules: ['q_proj'] })

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-merge-ws-'))
  const files: Record<string, Buffer | string> = {}
  for (let i = 0; i < 9; i++) {
    files[`adapters/a${i}/adapter_config.json`] = CONFIG
    files[`adapters/a${i}/adapter_model.safetensors`] = CORRUPT_SAFETENSORS
  }
  files['adapters/evil/adapter_model.bin'] = MALICIOUS_PICKLE
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), data)
  }
  return root
}

function prPayload(number: number): Record<string, unknown> {
  const base = { full_name: 'acme/adapters', name: 'adapters', owner: { login: 'acme' } }
  return {
    action: 'synchronize',
    number,
    pull_request: { number, state: 'open', changed_files: 1, head: { sha: 'b'.repeat(40), ref: 'feature', repo: base }, base: { sha: 'c'.repeat(40), ref: 'main', repo: base } },
    repository: base,
    sender: { login: 'octocat' }
  }
}

const reportOf = (run: ActionRun): ScanReport => JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as ScanReport

describe('shard jobs + merge job (dist/index.js)', () => {
  let gh: GitHubStandIn
  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first')
    gh = await GitHubStandIn.start({ token: TOKEN })
  })
  afterAll(async () => {
    await gh.close()
  })

  it('3 shards merged give the unsharded report, one comment and one failing verdict; a missing shard fails by name', async () => {
    const ws = workspace()
    const setup = { node: process.execPath, workspace: ws, event: 'pull_request', payload: prPayload(11), apiUrl: gh.apiUrl, token: TOKEN }
    const whole = await runAction({ ...setup, inputs: { scope: 'all', comment: 'never' } })
    expect(whole.code).toBe(1)
    const unsharded = reportOf(whole)

    gh.requests.length = 0
    const downloads = join(ws, 'shards')
    const reports: string[] = []
    for (let i = 1; i <= 3; i++) {
      // Each shard job has its own checkout: its report goes to RUNNER_TEMP (the default), never into
      // the tree the next shard plans over (every file there is sniffed and counted).
      const run = await runAction({ ...setup, job: 'scan', inputs: { scope: 'all', shard: `${i}/3` } })
      expect(run.stderr).toBe('')
      // A shard never fails on findings and never writes to the PR: the merge job does.
      expect(run.code).toBe(0)
      const rep = reportOf(run)
      expect(rep.shard).toEqual({ index: i, count: 3 })
      expect(rep.files.length).toBeGreaterThan(0)
      reports.push(run.outputs['report-file'])
    }
    // What actions/download-artifact does in the merge job, one folder per artifact (after the shards:
    // every shard job plans over the same checkout).
    reports.forEach((file, k) => {
      mkdirSync(join(downloads, `adapter-guard-shard-${k + 1}`), { recursive: true })
      copyFileSync(file, join(downloads, `adapter-guard-shard-${k + 1}`, `shard-${k + 1}.json`))
    })
    expect(gh.comments).toHaveLength(0)
    expect(gh.apiRequests().filter(r => r.method !== 'GET')).toHaveLength(0)

    const merged = await runAction({ ...setup, job: 'merge', inputs: { 'merge-reports': 'shards/**/*.json', 'sarif-file': 'merged.sarif' } })
    expect(merged.stderr).toBe('')
    expect(merged.code).toBe(1)
    const rep = reportOf(merged)
    expect(rep.merged).toEqual({ count: 3, shards: [1, 2, 3], missing: [] })
    const { merged: _m, ...rest } = rep
    expect(rest).toEqual(unsharded)
    expect(merged.outputs.findings).toBe(String(unsharded.summary.findings))
    expect(merged.outputs['highest-severity']).toBe('critical')
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('Merged 3 shard report(s) of 3')
    expect(gh.comments[0].body).toContain('adapters/evil/adapter_model.bin')
    const sarif = JSON.parse(readFileSync(join(ws, 'merged.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }
    expect(sarif.runs[0].results).toHaveLength(unsharded.findings.length)
    expect(merged.commands.filter(c => c.command === 'error' && /finding\(s\); highest severity "critical" reaches fail-on "error"/.test(c.message))).toHaveLength(1)

    // Shard 2's artifact never arrived.
    const partial = await runAction({ ...setup, job: 'merge', inputs: { 'merge-reports': 'shards/adapter-guard-shard-[13]/*.json' } })
    expect(partial.code).toBe(1)
    expect(reportOf(partial).merged?.missing).toEqual([2])
    expect(partial.commands.some(c => c.command === 'error' && /1 of 3 shard report\(s\) missing \(2\/3\)/.test(c.message))).toBe(true)
    expect(partial.summary).toContain('missing (2/3)')
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('missing (2/3)')

    const none = await runAction({ ...setup, job: 'merge', inputs: { 'merge-reports': 'nothing/*.json' } })
    expect(none.code).toBe(1)
    expect(none.commands.some(c => c.command === 'error' && /no file matches nothing\/\*\.json/.test(c.message))).toBe(true)
    const bad = await runAction({ ...setup, inputs: { shard: '4/3' } })
    expect(bad.code).toBe(1)
    expect(bad.commands.some(c => c.command === 'error' && /shard index must be between 1 and 3/.test(c.message))).toBe(true)
  }, 300_000)
})
