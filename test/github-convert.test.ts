// `convert: true` in the bundled Action: pickle checkpoints in the workspace get a verified
// safetensors file beside them (or under convert-dir), listed in the `converted` output; unsafe ones
// are left alone and said so. Nothing is committed and no API call is needed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runAction } from './helpers/github-runner.js'

const TORCH = resolve(__dirname, 'fixtures', 'torch')
const MALICIOUS = resolve(__dirname, 'fixtures', 'malicious')
let ws: string

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'ag-convert-ws-'))
  mkdirSync(join(ws, 'adapters', 'a'), { recursive: true })
  copyFileSync(join(TORCH, 'plain.pt'), join(ws, 'adapters', 'a', 'adapter_model.bin'))
  mkdirSync(join(ws, 'adapters', 'evil'), { recursive: true })
  copyFileSync(join(MALICIOUS, 'legacy_object_payload.pt'), join(ws, 'adapters', 'evil', 'adapter_model.bin'))
})
afterAll(() => rmSync(ws, { recursive: true, force: true }))

describe('Action convert: true', () => {
  it('writes verified safetensors for safe pickle checkpoints only, and lists them', async () => {
    const run = await runAction({
      node: process.execPath,
      workspace: ws,
      event: 'workflow_dispatch',
      payload: { inputs: {} },
      inputs: { convert: 'true', 'fail-on': 'never', comment: 'never' },
      apiUrl: 'http://127.0.0.1:9',
      token: 'ghs_unused'
    })
    expect(run.code, run.stderr + run.stdout).toBe(0)
    expect(run.outputs.converted).toBe('adapters/a/adapter_model.safetensors')
    const out = readFileSync(join(ws, 'adapters', 'a', 'adapter_model.safetensors'))
    expect(out.equals(readFileSync(join(TORCH, 'plain.expected.safetensors')))).toBe(true)
    expect(existsSync(join(ws, 'adapters', 'evil', 'adapter_model.safetensors'))).toBe(false)
    expect(run.summary).toContain('Converted 1 pickle checkpoint')
    // The reason goes through escapeMarkdown (issue #10): punctuation is backslash-escaped.
    expect(run.summary).toMatch(/Not converted: .*evil.*pickle\\-code\\-execution/)
  })

  it('convert-dir keeps the relative layout', async () => {
    const run = await runAction({
      node: process.execPath,
      workspace: ws,
      event: 'workflow_dispatch',
      payload: { inputs: {} },
      inputs: { convert: 'true', 'convert-dir': 'converted', 'fail-on': 'never', comment: 'never' },
      apiUrl: 'http://127.0.0.1:9',
      token: 'ghs_unused'
    })
    expect(run.code, run.stderr + run.stdout).toBe(0)
    expect(run.outputs.converted).toBe('converted/adapters/a/adapter_model.safetensors')
    expect(existsSync(join(ws, 'converted', 'adapters', 'a', 'adapter_model.safetensors'))).toBe(true)
  })
})
