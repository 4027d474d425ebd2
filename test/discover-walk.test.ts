// Issue #13: discovery walks directories itself (src/discover/walk.ts) instead of calling glob. This
// runs the glob-based discover() it replaced (kept in test/helpers/discover-glob.ts) and the new one
// on one tree with every kind of entry the symlink contract of issue #10 covers, under many
// pattern, exclude and target choices, and requires the same files (path and size) and findings.
// Where the two differ on purpose, the case says why and what the new walk does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discover, type DiscoverOptions } from '../src/discover/files.js'
import { discoverWithGlob } from './helpers/discover-glob.js'

let box: string
let root: string
let outside: string

function file(p: string, bytes = 1): void {
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, Buffer.alloc(bytes, 0x61))
}

function link(target: string, at: string): void {
  mkdirSync(join(at, '..'), { recursive: true })
  symlinkSync(target, at)
}

beforeAll(() => {
  box = mkdtempSync(join(tmpdir(), 'ag-walk-'))
  root = join(box, 'ws')
  outside = join(box, 'elsewhere')
  file(join(outside, 'secret.bin'), 11)
  file(join(outside, 'notes.txt'), 12)
  file(join(outside, 'adapter_config.json'), 13)
  file(join(outside, 'adapter_model.safetensors'), 14)
  file(join(outside, 'deep', 'z.bin'), 15)
  link(join(box, 'ws', 'nested'), join(outside, 'back'))

  file(join(root, 'a.bin'), 2)
  file(join(root, '.hidden.bin'), 3)
  file(join(root, 'notes.txt'), 4)
  file(join(root, 'adapter_config.json'), 5)
  file(join(root, 'nested', 'deep', 'x', 'model.safetensors'), 6)
  file(join(root, 'nested', 'deep', '.dot', 'y.pt'), 7)
  file(join(root, 'nested', 'plain.txt'), 8)
  file(join(root, '.git', 'config'), 9)
  file(join(root, '.git', 'objects', 'ab.bin'), 10)
  file(join(root, 'node_modules', 'pkg', 'w.bin'), 16)
  file(join(root, 'sub', 'node_modules', 'z.bin'), 17)
  file(join(root, 'sub', 'vendor', '.git', 'HEAD'), 18)
  file(join(root, 'worktree', '.git'), 19) // a worktree's .git is a file
  file(join(root, 'models', 'real', 'adapter_model.safetensors'), 20)
  file(join(root, 'models', 'real', 'adapter_config.json'), 21)
  link(outside, join(root, 'models', 'lora')) // a directory component that leads out
  link('real', join(root, 'models', 'alias')) // a directory link that stays inside
  link('../a.bin', join(root, 'links', 'in-file.bin'))
  link('../nested', join(root, 'links', 'in-dir'))
  link(join(outside, 'secret.bin'), join(root, 'links', 'out-file.bin'))
  link(join(outside, 'notes.txt'), join(root, 'links', 'out-file.txt'))
  link(join(outside, 'deep'), join(root, 'links', 'out-dir'))
  link('./nope.bin', join(root, 'links', 'dangling.bin'))
  link('loop-b', join(root, 'links', 'loop-a'))
  link('loop-a', join(root, 'links', 'loop-b'))
  link('..', join(root, 'links', 'up'))
  link(process.execPath, join(root, '.venv', 'bin', 'python'))
  file(join(outside, 'docs', 'readme.md'), 23)
  link(join(outside, 'docs'), join(root, 'links', 'out-docs')) // a link out to nothing discovery would open
  link(outside, join(root, 'outmodels'))
  link(join(outside, 'secret.bin'), join(root, 'sub', 'vendor', '.git', 'hooks', 'out.bin')) // in a nested repository's store
  link('../models', join(root, 'links', 'chain')) // a link to a directory holding links
  file(join(root, 'locked', 'f.bin'), 22)
  chmodSync(join(root, 'locked'), 0o000)
})

afterAll(() => {
  chmodSync(join(root, 'locked'), 0o755)
  rmSync(box, { recursive: true, force: true })
})

interface Shape {
  files: string[]
  findings: string[]
}

async function both(opts: Omit<DiscoverOptions, 'root'>): Promise<{ now: unknown; before: unknown }> {
  const shape = (d: Awaited<ReturnType<typeof discover>>) => ({
    files: d.files.map(f => `${f.rel} ${f.size}`),
    findings: d.findings.map(f => `${f.ruleId} ${f.severity} ${f.path}: ${f.message}`).sort()
  })
  const o = { root, ...opts, targets: opts.targets?.map(t => (t === '<outside>' ? outside : t)), exclude: opts.exclude?.map(x => x.replace('<root>', root)) }
  const now = shape(await discover(o))
  const before = shape(await discoverWithGlob(o))
  return { now, before }
}

const same: [string, Omit<DiscoverOptions, 'root'>][] = [
  ['the defaults', {}],
  ['every file opened (allFiles)', { allFiles: true }],
  ['**/*.bin', { paths: ['**/*.bin'] }],
  ['models/*/*', { paths: ['models/*/*'] }],
  ['models/** (a ** after a first segment)', { paths: ['models/**'] }],
  ['models/*/** (a link named by a segment, then **)', { paths: ['models/*/**'] }],
  ['links/*/* (through links in, out, dangling, looping, to the parent)', { paths: ['links/*/*'] }],
  ['links/*/*/* ', { paths: ['links/*/*/*'] }],
  ['links/**/*.safetensors', { paths: ['links/**/*.safetensors'] }],
  ['**/deep/** (a ** first, a named segment, then **)', { paths: ['**/deep/**'] }],
  ['*/*/** with a brace set', { paths: ['{models,nested}/*/**'] }],
  ['a link chain', { paths: ['links/chain/*/*'] }],
  ['**/* and *', { paths: ['**/*', '*'] }],
  ['**/name', { paths: ['**/adapter_config.json'] }],
  ['links/** (links met inside a ** are matched, never entered)', { paths: ['links/**'] }],
  ['**/lora/* (a link out named after a leading **)', { paths: ['**/lora/*'] }],
  ['a literal link to the parent, then **', { paths: ['links/up/**'] }],
  ['round the loop twice', { paths: ['*/up/*/up/*'] }],
  ['a pattern that only names directories', { paths: ['models/*/'] }],
  ['an excluded link out on the way', { paths: ['models/*/*'], exclude: ['models/lora/**'] }],
  ['an absolute exclude', { exclude: ['<root>/nested/**', '.git/**'] }],
  ['a pattern and a target', { targets: ['links', 'models'], paths: ['*/*'] }],
  ['a literal path through a link out', { paths: ['models/lora/adapter_config.json'] }],
  ['a literal path through a link in', { paths: ['models/alias/adapter_config.json', 'links/in-dir/deep/x/model.safetensors'] }],
  ['literal then magic through a link in', { paths: ['models/alias/*'] }],
  ['two patterns that overlap', { paths: ['**/*.bin', 'links/*', '*.json'] }],
  ['no excludes, below the nested repository', { exclude: [], targets: ['links', 'models', 'nested', 'sub/node_modules'] }],
  ['exclude a name anywhere', { exclude: ['**/*.txt', '.git/**'] }],
  ['exclude a directory', { exclude: ['nested/**', 'links/**'] }],
  ['exclude a nested node_modules', { exclude: ['sub/node_modules/**'] }],
  ['exclude one link out by name', { exclude: ['links/out-file.bin'] }],
  ['exclude with ./', { exclude: ['./nested/**'] }],
  ['explicit file', { targets: ['a.bin'] }],
  ['explicit file in .git', { targets: ['.git/objects/ab.bin'] }],
  ['explicit directory', { targets: ['nested'] }],
  ['explicit directory through a link out', { targets: ['models/lora'] }],
  ['explicit file through a link out', { targets: ['models/lora/secret.bin'] }],
  ['explicit link out', { targets: ['links/out-file.txt'] }],
  ['explicit directory link in (a link, not walked)', { targets: ['links/in-dir'] }],
  ['explicit missing file', { targets: ['gone.bin'] }],
  ['overlapping targets', { targets: ['nested', '.'] }],
  ['a target directory outside the root', { targets: ['<outside>'] }],
  ['a target directory outside the root, with a pattern', { targets: ['<outside>'], paths: ['*/*'] }]
]

describe('the walk lists exactly what glob listed', () => {
  for (const [name, opts] of same) {
    it(name, async () => {
      const { now, before } = (await both(opts)) as { now: Shape; before: Shape }
      // One difference everywhere (see 'where glob was wrong'): links inside a nested repository's .git.
      expect(now).toEqual({ files: before.files, findings: before.findings.filter(f => !f.includes('/.git/')) })
    })
  }
})

/** Cases where the glob-based walk was wrong; `extra` is what it listed or reported and the walk does not. */
const fixed: [string, Omit<DiscoverOptions, 'root'>, { files?: string[]; findings?: string[]; added?: string[] }, string][] = [
  [
    'a link to a file is not matched by x/*/** (a regular file there is not either)',
    { paths: ['links/*/**'] },
    {
      files: ['links/in-file.bin 2'],
      findings: ['links/dangling.bin', 'links/loop-a', 'links/loop-b']
    },
    // glob treated every symlink as a directory it might list, so `**` matched the link itself with
    // zero segments; minimatch (and glob for a regular file) does not match `links/a.bin` there.
    'glob matched a symlink to a file as if it were a directory for ** to start in'
  ],
  [
    'x/** does not match the file x either when the pattern names it literally',
    { paths: ['a.bin/**', 'models/*/adapter_config.json/**'] },
    { files: ['a.bin 2', 'models/alias/adapter_config.json 21', 'models/real/adapter_config.json 21'] },
    // Same cause: glob had not lstat-ed a path reached by literal segments, so it treated it as a directory.
    'glob matched a literally named file as the directory ** starts in'
  ],
  [
    'a link out met inside a trailing ** is reported only when it matters, like any other',
    { paths: ['.*/**'] },
    { findings: ['.venv/bin/python'] },
    // glob "entered" the first link a trailing ** met (to follow at most one), and entering a link
    // out is always reported: the venv's python became an error under models/** style patterns.
    'glob reported the first link a trailing ** met, whatever it pointed to'
  ],
  [
    'a .git store is never listed (a nested repository, or the top one when the excludes leave it in)',
    { exclude: [] },
    { findings: ['sub/vendor/.git/hooks/out.bin'] },
    // A link in a store is not content that gets merged or released: reporting it (an error) was a false alarm.
    'nothing in a .git directory is a candidate; glob listed it anyway and reported its links'
  ],
  [
    'a literal directory that leads out is never listed, and always reported',
    { paths: ['links/out-docs/*'] },
    { added: ['links/out-docs'] },
    // glob listed /elsewhere/docs through the literal segments (a path it never lstat-ed), and reported
    // the link only when a file there had a checkpoint name; links/*/* reported the same link at once.
    'glob listed the outside directory when literal segments reached it'
  ]
]

describe('where glob was wrong', () => {
  for (const [name, opts, diff, why] of fixed) {
    it(`${name} (${why})`, async () => {
      const { now, before } = (await both(opts)) as { now: Shape; before: Shape }
      const files = before.files.filter(f => !(diff.files ?? []).includes(f))
      const findings = before.findings.filter(f => !(diff.findings ?? []).some(p => f.includes(` ${p}: `)) && (name.includes('.git') || !f.includes('/.git/')))
      for (const p of diff.added ?? []) findings.push(...now.findings.filter(f => f.includes(` ${p}: `)))
      expect(now.files).toEqual(files)
      expect(now.findings).toEqual(findings.sort())
      expect({ now, before }).not.toEqual({ now: before, before })
    })
  }
})

describe('the contract itself (issue #10), on the same tree', () => {
  it('the default scan: links in are followed for files only, links out are reported when they matter', async () => {
    const d = await discover({ root })
    const files = d.files.map(f => `${f.rel} ${f.size}`)
    expect(files).toContain('links/in-file.bin 2') // the target's size, not the link's
    expect(files).toContain('models/real/adapter_model.safetensors 20')
    expect(files).toContain('sub/node_modules/z.bin 17') // excludes are relative to the target
    expect(files.filter(f => /^links\/(in-dir|up|chain)\/|^models\/alias\/|^node_modules\/|(^|\/)\.git(\/| )/.test(f))).toEqual([])
    const out = d.findings.filter(f => f.ruleId === 'path-outside-root').map(f => f.path).sort()
    expect(out).toEqual(['links/out-dir', 'links/out-docs', 'links/out-file.bin', 'models/lora', 'outmodels'])
    const dangling = d.findings.filter(f => f.ruleId === 'file-unreadable').map(f => `${f.path} ${f.severity}`).sort()
    expect(dangling).toEqual(['links/dangling.bin warning', 'links/loop-a warning', 'links/loop-b warning'])
  })

  it('a segment after ** may name a link inside, and the ** after it starts there (glob documents this; its one-link flag was shared by the whole walk)', async () => {
    // glob's markFollowGlobstar state lives on the pattern object, so once any trailing ** had met a
    // link, no later link was followed by it: which links were followed depended on readdir order.
    const d = await discover({ root, paths: ['**/*/**'] })
    const before = await discoverWithGlob({ root, paths: ['**/*/**'] })
    const files = d.files.map(f => f.rel)
    expect(files).toEqual(expect.arrayContaining(['models/alias/adapter_config.json', 'links/in-dir/deep/x/model.safetensors']))
    expect(files).toEqual(expect.arrayContaining(before.files.map(f => f.rel).filter(f => f !== 'links/in-file.bin')))
    expect(files.filter(f => f.startsWith('links/up/links/up/'))).toEqual([]) // ** itself never descends into a link
  })

  it('a prefixed pattern walks through a link that stays inside, never through one that leads out', async () => {
    const d = await discover({ root, paths: ['models/*/*'] })
    expect(d.files.map(f => f.rel)).toEqual(['models/alias/adapter_config.json', 'models/alias/adapter_model.safetensors', 'models/real/adapter_config.json', 'models/real/adapter_model.safetensors'])
    expect(d.findings.map(f => `${f.ruleId} ${f.path}`)).toEqual(['path-outside-root models/lora'])
  })
})

describe('directories that cannot be listed', () => {
  it('a directory past PATH_MAX is a warning that says its files were not scanned, not silence (glob skipped it)', async () => {
    // 2,200 levels of `d/` made with relative steps (a full path that long cannot be passed to mkdir):
    // past Linux's 4,096-byte PATH_MAX, readdir of the deepest directories fails with ENAMETOOLONG.
    const deep = mkdtempSync(join(tmpdir(), 'ag-walk-deep-'))
    const cwd = process.cwd()
    const LEVELS = 2200
    try {
      process.chdir(deep)
      for (let i = 0; i < LEVELS; i++) {
        mkdirSync('d')
        process.chdir('d')
      }
      writeFileSync('adapter_model.bin', 'not reached')
      process.chdir(cwd)
      const { files, findings } = await discover({ root: deep })
      expect(files).toEqual([])
      const f = findings.filter(x => x.ruleId === 'file-unreadable')
      expect(f.length).toBe(1)
      expect(f[0].severity).toBe('warning')
      expect(f[0].message).toMatch(/could not be listed \(ENAMETOOLONG\): the files in it were not scanned/)
    } finally {
      // Removed bottom-up with relative steps too (rmSync's full paths would be too long).
      process.chdir(deep)
      let depth = 0
      while (depth < LEVELS) {
        try {
          process.chdir('d')
          depth++
        } catch {
          break
        }
      }
      rmSync('adapter_model.bin', { force: true })
      for (; depth > 0; depth--) {
        process.chdir('..')
        rmSync('d', { recursive: true, force: true })
      }
      process.chdir(cwd)
      rmSync(deep, { recursive: true, force: true })
    }
  })
})
