// The bundled CLI (dist/cli.js) run as a process: formats, --output, --fail-on and exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeSafetensors } from './helpers/safetensors-writer.js'

const CLI = resolve(__dirname, '..', 'dist', 'cli.js')
let root: string

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ag-cli-'))
  mkdirSync(join(root, 'ok'))
  writeFileSync(join(root, 'ok', 'model.safetensors'), writeSafetensors([{ name: 'a', dtype: 'F32', shape: [2] }], { format: 'pt' }))
  mkdirSync(join(root, 'bad'))
  writeFileSync(join(root, 'bad', 'model.safetensors'), new Uint8Array(4))
  mkdirSync(join(root, 'warn'))
  writeFileSync(join(root, 'warn', 'model.safetensors'), 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 9\n')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('adapter-guard CLI', () => {
  it('exits 0 on a clean tree and prints a text report', () => {
    const r = run(['scan', 'ok'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Scanned 1 file/)
    expect(r.stdout).toMatch(/PASS/)
  })

  it('exits 1 when a finding reaches --fail-on (default error), grouped by file', () => {
    const r = run(['scan'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/bad\/model\.safetensors\n {2}error {4}safetensors-header-invalid/)
    expect(r.stdout).toContain('HeaderTooSmall')
    expect(r.stdout).not.toMatch(/\x1b\[/) // no colour when not a terminal
  })

  it('--fail-on warning|never moves the threshold', () => {
    expect(run(['scan', 'warn']).code).toBe(0)
    expect(run(['scan', 'warn', '--fail-on', 'warning']).code).toBe(1)
    expect(run(['scan', '--fail-on', 'never']).code).toBe(0)
  })

  it('exits 2 on usage errors', () => {
    expect(run(['scan', '--format', 'xml']).code).toBe(2)
    expect(run(['scan', '--fail-on', 'sometimes']).code).toBe(2)
    expect(run(['frobnicate']).code).toBe(2)
    expect(run(['scan', '--no-such-flag']).code).toBe(2)
    const missing = run(['scan', 'no-such-dir'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no such file or directory: no-such-dir')
  })

  it('--format json writes the report contract; --output writes a file', () => {
    const r = run(['scan', '--format', 'json', '--output', 'report.json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))
    expect(report.tool.name).toBe('adapter-guard')
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'bad/model.safetensors',
      'ok/model.safetensors',
      'warn/model.safetensors'
    ])
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['lfs-pointer', 'safetensors-header-invalid'])
    expect(report.summary.bySeverity).toEqual({ critical: 0, error: 1, warning: 1, note: 0 })
    rmSync(join(root, 'report.json'))
  })

  it('--format sarif writes SARIF 2.1.0 with rules and fingerprints', () => {
    const r = run(['scan', '--format', 'sarif'])
    const sarif = JSON.parse(r.stdout)
    expect(sarif.version).toBe('2.1.0')
    const run0 = sarif.runs[0]
    expect(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'safetensors-header-invalid')).toBe(true)
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'safetensors-header-invalid')
    expect(res.level).toBe('error')
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('bad/model.safetensors')
    expect(res.partialFingerprints['adapterGuard/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('--format markdown renders totals, a table and the fixes', () => {
    const r = run(['scan', '--format', 'markdown'])
    // Several findings: grouped by file (worst first), one table per file; one finding: a single table.
    expect(r.stdout).toMatch(/\| Severity \| Rule \| (File \| )?Message \|/)
    expect(r.stdout).toContain('### How to fix')
  })

  it('reads .adapter-guard.yml like the Action: suppressions apply, flags win, bad files are usage errors', () => {
    writeFileSync(join(root, '.adapter-guard.yml'), 'fail-on: error\nsuppressions:\n  - rule: safetensors-header-invalid\n    path: bad/**\n    reason: fixture for a test\n')
    try {
      const r = run(['scan', '--format', 'json'])
      expect(r.code).toBe(0)
      const report = JSON.parse(r.stdout)
      expect(report.summary.suppressed).toBe(1)
      expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'safetensors-header-invalid').suppressed).toEqual({ reason: 'fixture for a test' })
      expect(run(['scan', '--no-config']).code).toBe(1)
      expect(run(['scan', '--fail-on', 'warning']).code).toBe(1)
      writeFileSync(join(root, '.adapter-guard.yml'), 'suppressions:\n  - rule: no-such-rule\n    path: x\n    reason: y\n')
      const bad = run(['scan'])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/unknown rule id "no-such-rule"/)
      expect(run(['scan', '--config', 'missing.yml']).code).toBe(2)
    } finally {
      rmSync(join(root, '.adapter-guard.yml'))
    }
  })

  it('--version and --help', () => {
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')).version)
    expect(run(['--help']).stdout).toContain('adapter-guard scan [PATH...]')
  })
})
