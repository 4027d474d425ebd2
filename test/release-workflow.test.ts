// Releasing the Action (issue 14 item 10): the release workflow's contract, and a README whose
// `uses:` lines name the major tag that workflow moves.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..')
const read = (p: string) => readFileSync(resolve(root, p), 'utf8')

interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; permissions?: Record<string, string>; steps: Step[] }

describe('release workflow', () => {
  const wf = parse(read('.github/workflows/release.yml')) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> }
  const runs = (job: string) => wf.jobs[job].steps.map(s => s.run ?? '').join('\n')

  it('runs on version tags only, with no default permissions', () => {
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    expect(wf.permissions).toEqual({})
  })

  it('checks dist/ is fresh and the tag matches package.json before anything is published', () => {
    expect(runs('verify')).toContain('npm run check-dist')
    expect(runs('verify')).toContain('require("./package.json").version')
    expect(runs('verify')).toContain('npm test')
    expect(wf.jobs['major-tag'].needs).toBe('verify')
    expect(wf.jobs.npm.needs).toBe('verify')
  })

  it('moves the major tag and publishes the CLI with provenance', () => {
    expect(runs('major-tag')).toMatch(/major="\$\{GITHUB_REF_NAME%%\.\*\}"[\s\S]*git push -f origin "refs\/tags\/\$\{major\}"/)
    expect(wf.jobs['major-tag'].permissions).toEqual({ contents: 'write' })
    expect(runs('npm')).toContain('npm publish --provenance --access public')
    expect(wf.jobs.npm.permissions?.['id-token']).toBe('write')
  })
})

describe('README and CHANGELOG', () => {
  it('every `uses:` of this Action names one major tag, the kind the release workflow moves', () => {
    const uses = [...read('README.md').matchAll(/uses: adapter-guard\/adapter-guard@([\w.-]+)/g)].map(m => m[1])
    expect(uses.length).toBeGreaterThan(3)
    expect(new Set(uses).size).toBe(1)
    expect(uses[0]).toMatch(/^v\d+$/)
  })

  it('the CHANGELOG has an Unreleased section and the current version', () => {
    const log = read('CHANGELOG.md')
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    expect(log).toContain('## [Unreleased]')
    expect(log).toContain(`## [${version}]`)
  })
})
