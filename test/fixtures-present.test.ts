// The committed fixtures (written by test/fixtures/generate.py) are all there and their expected.json
// files parse. Other tests rely on both; this one only checks presence and shape.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

function readExpected(folder: string): Record<string, unknown> {
  const text = readFileSync(join(FIXTURES, folder, 'expected.json'), 'utf8')
  const parsed: unknown = JSON.parse(text)
  expect(typeof parsed).toBe('object')
  return parsed as Record<string, unknown>
}

function entries(doc: Record<string, unknown>, key: string): [string, Record<string, unknown>][] {
  const table = doc[key]
  expect(table && typeof table === 'object').toBe(true)
  const list = Object.entries(table as Record<string, Record<string, unknown>>)
  expect(list.length).toBeGreaterThan(0)
  return list
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

describe('fixtures', () => {
  it('torch/: every checkpoint and every expected conversion exists', () => {
    for (const [file, entry] of entries(readExpected('torch'), 'files')) {
      expect(isFile(join(FIXTURES, 'torch', file)), file).toBe(true)
      expect(typeof entry.tensors).toBe('object')
      const convert = entry.convert as Record<string, { ok: boolean; file?: string }> | undefined
      for (const result of Object.values(convert ?? {})) {
        if (result.ok) expect(isFile(join(FIXTURES, 'torch', String(result.file))), String(result.file)).toBe(true)
      }
    }
  })

  it('malicious/: every payload file exists and names a severity class', () => {
    for (const [file, entry] of entries(readExpected('malicious'), 'files')) {
      expect(isFile(join(FIXTURES, 'malicious', file)), file).toBe(true)
      expect(['code-execution', 'unknown']).toContain(entry.severity)
      expect(Array.isArray(entry.imports)).toBe(true)
    }
  })

  it('safetensors/: every file exists with the size its header implies', () => {
    for (const [file, entry] of entries(readExpected('safetensors'), 'files')) {
      const path = join(FIXTURES, 'safetensors', file)
      expect(isFile(path), file).toBe(true)
      expect(statSync(path).size).toBe(entry.file_size)
    }
  })

  it('peft/: every adapter directory holds the files listed', () => {
    for (const [dir, entry] of entries(readExpected('peft'), 'dirs')) {
      const files = entry.files as string[]
      expect(files.length, dir).toBeGreaterThan(0)
      for (const f of files) expect(isFile(join(FIXTURES, 'peft', dir, f)), `${dir}/${f}`).toBe(true)
      expect(Array.isArray(entry.expected_rules)).toBe(true)
    }
  })
})
