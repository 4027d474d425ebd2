// Issue #10, the CLI (dist/cli.js as a process): a config file in the scanned tree cannot turn a
// critical finding into PASS (only --suppress on the command line can), the text report names the
// config it applied, and outputs inside the scanned tree never follow a link planted there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const CLI = resolve(__dirname, '..', 'dist', 'cli.js')
const TORCH = resolve(__dirname, 'fixtures', 'torch')
const MALICIOUS_PICKLE = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1')
let box: string
let root: string
let outside: string

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  box = mkdtempSync(join(tmpdir(), 'ag-sec-cli-'))
  root = join(box, 'tree')
  outside = join(box, 'elsewhere')
  mkdirSync(join(root, 'evil'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(root, 'evil', 'adapter_model.bin'), MALICIOUS_PICKLE)
  writeFileSync(join(root, '.adapter-guard.yml'), ['fail-on: never', 'suppressions:', '  - rule: "*"', '    path: "**"', '    reason: trust me', ''].join('\n'))
})
afterAll(() => rmSync(box, { recursive: true, force: true }))

describe('CLI: the scanned tree does not control its own gate', () => {
  it('a config with suppressions [{rule: "*", path: "**"}] and fail-on: never does not turn a critical pickle into PASS', () => {
    const r = run(['scan'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/critical +pickle-code-execution/)
    expect(r.stdout).not.toMatch(/PASS/)
    expect(r.stdout).toContain('Config: .adapter-guard.yml (its suppressions never apply to critical findings; use --suppress)')
    expect(r.stdout).toContain('fail-on: never from .adapter-guard.yml was read as critical')
  })

  it('--suppress RULE:GLOB on the command line can suppress it (repeatable), anchored at the root', () => {
    const anywhere = run(['scan', '--suppress', 'pickle-code-execution:adapter_model.bin', '--suppress', 'pickle-unknown-global:adapter_model.bin'])
    expect(anywhere.code).toBe(1)
    const r = run(['scan', '--format', 'json', '--suppress', 'pickle-code-execution:evil/**', '--suppress', '*:evil/adapter_model.bin'])
    expect(r.code).toBe(0)
    const rep = JSON.parse(r.stdout)
    expect(rep.findings.every((f: { suppressed?: unknown }) => f.suppressed)).toBe(true)
    expect(rep.findings[0].suppressed.reason).toMatch(/--suppress .* on the command line/)
    expect(run(['scan', '--suppress', 'nonsense']).code).toBe(2)
    expect(run(['scan', '--suppress', 'no-such-rule:x']).code).toBe(2)
  })

  it('--fail-on never on the command line still lets it pass; --no-config says so', () => {
    expect(run(['scan', '--fail-on', 'never']).code).toBe(0)
    expect(run(['scan', '--no-config']).stdout).toContain('Config: none (--no-config).')
  })

  it('a default config file that is a symlink out of the tree is not read', () => {
    const t = join(box, 'linked')
    mkdirSync(t)
    writeFileSync(join(outside, 'cfg.yml'), 'fail-on: SECRET_VALUE\n')
    symlinkSync(join(outside, 'cfg.yml'), join(t, '.adapter-guard.yml'))
    const r = run(['scan'], t)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('resolves outside')
    expect(r.stderr + r.stdout).not.toContain('SECRET_VALUE')
  })
})

describe('CLI outputs never follow a link planted in the scanned tree', () => {
  it('--output through a planted symlink inside the tree is refused; the target is untouched', () => {
    writeFileSync(join(outside, 'victim'), 'ORIGINAL')
    symlinkSync(join(outside, 'victim'), join(root, 'report.json'))
    symlinkSync(outside, join(root, 'reports'))
    try {
      const r = run(['scan', '--format', 'json', '--output', 'report.json', '--fail-on', 'never'])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/report\.json is a symlink/)
      const d = run(['scan', '--format', 'json', '--output', 'reports/r.json', '--fail-on', 'never'])
      expect(d.code).toBe(2)
      expect(d.stderr).toMatch(/reports is a symlink/)
      expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('ORIGINAL')
      expect(readdirSync(outside)).not.toContain('r.json')
      // A plain path inside the tree, and one the user names outside it, still work.
      expect(run(['scan', '--format', 'json', '--output', 'out/r.json', '--fail-on', 'never']).code).toBe(0)
      expect(JSON.parse(readFileSync(join(root, 'out', 'r.json'), 'utf8')).tool.name).toBe('adapter-guard')
      expect(run(['scan', '--format', 'sarif', '--output', join(box, 'r.sarif'), '--fail-on', 'never']).code).toBe(0)
      expect(existsSync(join(box, 'r.sarif'))).toBe(true)
    } finally {
      rmSync(join(root, 'report.json'))
      rmSync(join(root, 'reports'))
      rmSync(join(root, 'out'), { recursive: true, force: true })
    }
  })

  it('convert: a derived output name that is a planted symlink is refused, with or without --force', () => {
    const t = join(box, 'conv')
    mkdirSync(t)
    copyFileSync(join(TORCH, 'plain.pt'), join(t, 'adapter_model.bin'))
    writeFileSync(join(outside, 'target.safetensors'), 'ORIGINAL')
    symlinkSync(join(outside, 'target.safetensors'), join(t, 'adapter_model.safetensors'))
    for (const extra of [[], ['--force']]) {
      const r = run(['convert', 'adapter_model.bin', ...extra], t)
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/is a symlink; refusing to write through it/)
    }
    expect(readFileSync(join(outside, 'target.safetensors'), 'utf8')).toBe('ORIGINAL')
    // No temp file was left behind either.
    expect(readdirSync(t).sort()).toEqual(['adapter_model.bin', 'adapter_model.safetensors'])
  })
})
