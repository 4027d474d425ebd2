// The bundled Action (dist/index.js) run as a process with the environment a runner sets, on a
// fixture tree: outputs, the job summary and the `::error file=...` workflow commands. When CI sets
// NODE24_BIN (the runtime action.yml declares), the same run happens under Node 24 too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeSafetensors } from './helpers/safetensors-writer.js'

const ACTION = resolve(__dirname, '..', 'dist', 'index.js')
let base: string

function parseOutputs(text: string): Record<string, string> {
  // Runner file-command format: name<<DELIM\nvalue\nDELIM
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const val: string[] = []
      i++
      while (i < lines.length && lines[i] !== m[2]) val.push(lines[i++])
      out[m[1]] = val.join('\n')
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=')
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1)
    }
  }
  return out
}

function runAction(node: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(base, 'run-'))
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_PATH: 'path' }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_WORKSPACE: join(base, 'ws'),
    GITHUB_REPOSITORY: 'octo/adapters',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'scan',
    GITHUB_JOB: 'adapters',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: a push scan must not need the API
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux'
  }
  for (const [k, f] of Object.entries(files)) {
    env[k] = join(dir, f)
    writeFileSync(env[k], '')
  }
  writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/main', before: '0'.repeat(40), after: 'a'.repeat(40), repository: { full_name: 'octo/adapters' } }))
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(node, [ACTION], { env, encoding: 'utf8', cwd: env.GITHUB_WORKSPACE })
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
    temp: dir
  }
}

/** action.yml defaults, applied by the runner (not by node dist/index.js). */
function defaults(): Record<string, string> {
  const yml = readFileSync(resolve(__dirname, '..', 'action.yml'), 'utf8')
  const out: Record<string, string> = {}
  const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'))
  const re = /^ {2}([a-z-]+):\n((?: {4}.*\n| *\n)*)/gm
  for (const m of inputs.matchAll(re)) {
    const d = /^ {4}default: (.*)$/m.exec(m[2])
    if (!d) continue
    let v = d[1].trim()
    if (v === '|') {
      const block = m[2].slice(m[2].indexOf('default: |') + 'default: |'.length + 1)
      v = block.split('\n').filter(l => l.startsWith('      ')).map(l => l.slice(6)).join('\n')
    } else v = v.replace(/^'(.*)'$/, '$1')
    if (v.includes('${{')) continue
    out[m[1]] = v
  }
  return out
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'ag-action-'))
  const ws = join(base, 'ws')
  mkdirSync(join(ws, 'adapters', 'good'), { recursive: true })
  writeFileSync(join(ws, 'adapters', 'good', 'adapter_model.safetensors'), writeSafetensors([{ name: 'base_model.model.w.lora_A.weight', dtype: 'F32', shape: [1, 2] }, { name: 'base_model.model.w.lora_B.weight', dtype: 'F32', shape: [2, 1] }], { format: 'pt' }))
  mkdirSync(join(ws, 'adapters', 'bad'), { recursive: true })
  writeFileSync(join(ws, 'adapters', 'bad', 'adapter_model.safetensors'), new Uint8Array(6))
  mkdirSync(join(ws, 'adapters', 'lfs'), { recursive: true })
  writeFileSync(join(ws, 'adapters', 'lfs', 'adapter_model.safetensors'), 'version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 1\n')
  const config = JSON.stringify({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 1, lora_alpha: 2, bias: 'none', target_modules: ['w'] }, null, 2)
  for (const d of ['good', 'bad', 'lfs']) writeFileSync(join(ws, 'adapters', d, 'adapter_config.json'), config)
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

const runtimes: Array<[string, string]> = [['node ' + process.version, process.execPath]]
if (process.env.NODE24_BIN && existsSync(process.env.NODE24_BIN)) runtimes.push(['node 24 (NODE24_BIN)', process.env.NODE24_BIN])

describe.each(runtimes)('dist/index.js as the runner runs it, under %s', (_label, node) => {
  it('annotates, summarises, sets outputs and fails the step at fail-on', () => {
    const r = runAction(node, { ...defaults() })
    expect(r.code, r.stderr + r.stdout).toBe(1)
    const cmd = (level: string, file: string) => r.stdout.split('\n').find(l => l.startsWith(`::${level} `) && l.includes(`file=${file}`))
    expect(cmd('error', 'adapters/bad/adapter_model.safetensors')).toMatch(/title=adapter-guard safetensors-header-invalid \(error\)[^:]*::HeaderTooSmall/)
    expect(cmd('warning', 'adapters/lfs/adapter_model.safetensors')).toMatch(/title=adapter-guard lfs-pointer \(warning\)/)
    expect(r.outputs.findings).toBe('2')
    expect(r.outputs['highest-severity']).toBe('error')
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'))
    expect(report.findings).toHaveLength(2)
    expect(report.files.filter((f: { format: string }) => f.format !== "json")).toHaveLength(3)
    expect(r.summary).toContain('safetensors-header-invalid')
    // Two files: a by-file table, then the findings grouped by file (worst first), one table each.
    expect(r.summary).toContain('| File | 🛑 critical |')
    expect(r.summary).toContain('| Severity | Rule | Message |')
    expect(r.summary.indexOf('adapters/bad/adapter_model.safetensors</code>')).toBeLessThan(r.summary.indexOf('adapters/lfs/adapter_model.safetensors</code>'))
    expect(r.stdout).toMatch(/::error::adapter-guard: .*fail-on/)
  })

  it('passes with fail-on: never and writes SARIF when asked', () => {
    const r = runAction(node, { ...defaults(), 'fail-on': 'never', 'sarif-file': 'results.sarif' })
    expect(r.code, r.stderr + r.stdout).toBe(0)
    expect(r.outputs['sarif-file']).toMatch(/results\.sarif$/)
    expect(JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')).version).toBe('2.1.0')
  })

  it('scans only the paths asked for', () => {
    const r = runAction(node, { ...defaults(), paths: 'adapters/good/**' })
    expect(r.code, r.stderr + r.stdout).toBe(0)
    expect(r.outputs.findings).toBe('0')
    expect(r.outputs['highest-severity']).toBe('none')
  })
})
