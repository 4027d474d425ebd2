// docs/rules.md has one section per rule id, and the version in code matches package.json.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { allRules, finding } from '../src/checks/rules.js'
import { VERSION } from '../src/version.js'

const doc = readFileSync(resolve(__dirname, '..', 'docs', 'rules.md'), 'utf8')

describe('rule catalogue', () => {
  it('every rule id has exactly one section in docs/rules.md, stating its default severity', () => {
    for (const r of allRules()) {
      const heading = new RegExp(`^## ${r.id}$`, 'gm')
      expect(doc.match(heading)?.length, r.id).toBe(1)
      const section = doc.slice(doc.indexOf(`## ${r.id}\n`)).split('\n## ')[0]
      expect(section, r.id).toContain(`**Default severity: ${r.severity}`)
    }
  })
  it('ids are kebab-case and unique', () => {
    const ids = allRules().map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
  it('finding() links to the section and refuses unknown ids', () => {
    expect(finding('lfs-pointer', { path: 'a', message: 'm' }).helpUri).toMatch(/rules\.md#lfs-pointer$/)
    expect(() => finding('no-such-rule', { path: 'a', message: 'm' })).toThrow()
  })
  it('the version in code is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')).version)
  })
})
