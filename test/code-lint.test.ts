// The `code` rules on the committed fixtures (test/fixtures/code: .py files and .ipynb notebooks,
// sound and unsound, whose premises generate_premises.py confirmed with torch/transformers/peft and
// recorded in premises.json). Exact line and column per finding; look-alikes stay silent.
import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { scan } from '../src/engine/scan.js'
import { lintNotebook, lintPython, mentionsAny } from '../src/checks/code/index.js'
import { readNotebook, decodeJsonString } from '../src/checks/code/notebook.js'
import { PyModule } from '../src/checks/code/python.js'
import { ProjectPins, newestAtLeast, newestBelow, upperBound, type Pin } from '../src/checks/code/pins.js'
import { filesToScan } from '../src/discover/changed.js'
import { renderSarif } from '../src/report/sarif.js'
import { annotationOf } from '../src/github/annotations.js'
import { checkAnnotation } from '../src/github/check-run.js'
import type { Finding } from '../src/types.js'

const ROOT = resolve(__dirname, 'fixtures', 'code')
const premises = JSON.parse(readFileSync(join(ROOT, 'premises.json'), 'utf8'))
const CODE_RULES = ['code-shared-tensor-save', 'code-unsafe-save', 'code-unsafe-load', 'code-bias-dropped', 'code-embeddings-saved']

const brief = (f: Finding) => `${f.path}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`

/** 1-based line and column of the first occurrence of `needle` in a fixture file (the expected place). */
function locate(rel: string, needle: string, nth = 0): string {
  const text = readFileSync(join(ROOT, rel), 'utf8')
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1)
  if (at < 0) throw new Error(`${needle} not in ${rel}`)
  const before = text.slice(0, at)
  const line = before.split('\n').length
  return `${rel}:${line}:${at - before.lastIndexOf('\n')}`
}

async function scanFixtures(targets: string[]) {
  const { report } = await scan({ root: ROOT, targets, failOn: 'error' })
  return report
}

describe('the premises were confirmed with the real libraries (premises.json)', () => {
  it('records the versions and the seed error text', () => {
    expect(premises.versions).toEqual({ torch: '2.13.0+cpu', transformers: '5.17.0', peft: '0.21.0' })
    const seed = premises['code-shared-tensor-save']['seed bias=all + modules_to_save']
    for (const k of ['add_adapter save safe_serialization=True', 'add_adapter save safe_serialization=False']) {
      expect(seed[k].ok).toBe(false)
      // A Python set: the two names come in either order.
      expect(seed[k].message).toMatch(/^The weights trying to be saved contained shared tensors \[\{'base_model\.model\.classifier\.(modules_to_save\.)?bias', 'base_model\.model\.classifier\.(modules_to_save\.)?bias'\}\]/)
      expect(seed[k].message).toContain("'base_model.model.classifier.modules_to_save.bias'")
    }
    expect(seed['get_peft_model save safe_serialization=True'].ok).toBe(true)
    expect(seed['inject_adapter_in_model + model.save_pretrained'].ok).toBe(true)
  })
  it('the combinations the rule reports are exactly the ones that failed', () => {
    const failing = Object.entries(premises['code-shared-tensor-save'] as Record<string, Record<string, { ok?: boolean }>>)
      .filter(([, v]) => v['add_adapter save safe_serialization=True']?.ok === false)
      .map(([k]) => k)
    expect(failing.sort()).toEqual(['bias=all + modules_to_save=[pooler.dense]', 'seed bias=all + modules_to_save'])
  })
  it('lora_only: 0.20.0 drops base_layer.bias, 0.21.0 keeps it', () => {
    const b = premises['code-bias-dropped']
    const old = Object.entries(b).find(([k]) => k !== 'installed')?.[1] as Record<string, { peft: string; saved: string[] }>
    const lora = 'LoraConfig(bias="lora_only")'
    expect(b.installed[lora].saved).toContain('base_model.model.proj.base_layer.bias')
    expect(old[lora].peft).toBe('0.20.0')
    expect(old[lora].saved).not.toContain('base_model.model.proj.base_layer.bias')
  })
  it('torch.load: 2.13 refuses the payload by default and runs it with weights_only=False', () => {
    const l = premises['code-unsafe-load']
    expect(l['torch.load(path) default (torch >= 2.6: weights_only=True)'].message).toContain('In PyTorch 2.6, we changed the default value of the `weights_only` argument')
    expect(l['torch.load(path, weights_only=False)']['loaded x (os.getpid() ran)']).toBe(true)
  })
})

describe('code rules on the fixture files', () => {
  it('the seed exactly as reported in peft#1876: error on the bias="all" line', async () => {
    const r = await scanFixtures(['unsound/seed_peft1876.py'])
    expect(r.findings.map(brief)).toEqual([`${locate('unsound/seed_peft1876.py', 'bias="all"')} code-shared-tensor-save error`])
    const f = r.findings[0]
    expect(f.message).toContain('model.add_adapter(...) on line 12')
    expect(f.message).toContain('contained shared tensors')
    expect(f.fix).toContain('get_peft_model')
    expect(r.summary.failed).toBe(true)
  })

  it('the one-line seed of issue 15 inside a function', async () => {
    const r = await scanFixtures(['unsound/train_seed_inline.py'])
    expect(r.findings.map(brief)).toEqual([`${locate('unsound/train_seed_inline.py', 'bias="all"')} code-shared-tensor-save error`])
  })

  it('constants, aliases and every other rule, each at its argument', async () => {
    const p = 'unsound/constants_and_aliases.py'
    const r = await scanFixtures([p])
    expect(r.findings.map(brief).sort()).toEqual(
      [
        `${locate(p, 'bias=BIAS')} code-shared-tensor-save error`,
        `${locate(p, '"lm_head"')} code-embeddings-saved note`,
        `${locate(p, 'safe_serialization=False')} code-unsafe-save warning`,
        `${locate(p, 'safe_serialization=False', 1)} code-unsafe-save warning`,
        `${locate(p, 'save_embedding_layers=True')} code-embeddings-saved note`,
        `${locate(p, 'model.state_dict(), os.path')} code-unsafe-save warning`,
        `${locate(p, '{"model": sd')} code-unsafe-save warning`,
        `${locate(p, 'weights_only=False')} code-unsafe-load error`,
        `${locate(p, 'f)')} code-unsafe-load error`,
        `${locate(p, '"extra.joblib"')} code-unsafe-load error`,
        `${locate(p, 'use_safetensors=False')} code-unsafe-load error`
      ].sort()
    )
    const shared = r.findings.find(f => f.ruleId === 'code-shared-tensor-save') as Finding
    expect(shared.message).toContain('modules_to_save=["classifier", "pooler.dense"]')
    expect(r.findings.find(f => f.ruleId === 'code-unsafe-load' && f.message.startsWith('PeftModel.from_pretrained'))).toBeTruthy()
  })

  it('look-alikes stay silent: get_peft_model, bias="none", unresolvable or rebound bias, **cfg, words in comments and strings', async () => {
    const r = await scanFixtures(['sound'])
    expect(r.findings).toEqual([])
    expect(r.files.map(f => [f.path, f.format])).toEqual([
      ['sound/look_alikes.ipynb', 'notebook'],
      ['sound/look_alikes.py', 'python']
    ])
  })

  it('torch.load without weights_only: error under an old torch pin, note without a pin, nothing with torch>=2.6', async () => {
    const r = await scanFixtures(['pins-old', 'pins-new', 'nopin', 'pins-peft-old'])
    const at = locate('pins-old/train.py', 'torch.load').split(':').slice(1).join(':')
    const bias = locate('pins-old/train.py', 'bias="lora_only"').split(':').slice(1).join(':')
    expect(r.findings.map(brief)).toEqual([
      `nopin/train.py:${at} code-unsafe-load note`,
      `pins-old/train.py:${at} code-unsafe-load error`,
      `pins-old/train.py:${bias} code-bias-dropped warning`,
      `pins-peft-old/train.py:${at} code-unsafe-load error`,
      `pins-peft-old/train.py:${bias} code-bias-dropped warning`
    ])
    const old = r.findings.find(f => f.path === 'pins-old/train.py' && f.ruleId === 'code-unsafe-load') as Finding
    expect(old.message).toContain('`torch==2.3.0` in pins-old/requirements.txt:3')
    // conda's `pytorch=2.5.1=<build>` under dependencies (not the `- pytorch` channel).
    expect(r.findings.find(f => f.path === 'pins-peft-old/train.py' && f.ruleId === 'code-unsafe-load')?.message).toContain('`pytorch=2.5.1=py3.11_cuda12.1_cudnn9.1.0_0` in pins-peft-old/environment.yml:7')
    const peft = r.findings.find(f => f.path === 'pins-peft-old/train.py' && f.ruleId === 'code-bias-dropped') as Finding
    expect(peft.message).toContain('`peft==0.20.0` in pins-peft-old/environment.yml:10')
    expect(peft.fix).toContain('peft>=0.21.0')
  })

  it('a notebook: the finding is on the .ipynb line that holds the bias="all" source line, across cells', async () => {
    const p = 'unsound/seed_notebook.ipynb'
    const r = await scanFixtures([p])
    expect(r.findings.map(brief)).toEqual([`${locate(p, 'bias=\\"all\\",')} code-shared-tensor-save error`, `${locate(p, 'weights_only=False')} code-unsafe-load error`])
    expect(r.findings[0].message).toContain(`on line ${locate(p, 'model.add_adapter').split(':')[1]} (cell 4)`)
  })

  it('--no-code (scan option code: false) skips Python files and notebooks', async () => {
    const { report } = await scan({ root: ROOT, targets: ['unsound'], code: false })
    expect(report.findings).toEqual([])
    // Every file is still sniffed by content (a pickle named .py is scanned); the code is not linted.
    expect(report.files.every(f => f.status === 'skipped')).toBe(true)
  })
})

describe('notebook line mapping', () => {
  /** Every character of the joined cells maps to the JSON character it was decoded from. */
  function checkMapping(json: string): void {
    const nb = readNotebook(json)
    const unit = nb.unit
    if (!unit) throw new Error('no unit')
    const lines = json.split('\n')
    for (let i = 0; i < unit.text.length; i++) {
      const c = unit.text[i]
      if (c === ' ' || c === '\n') continue
      const { line, column } = unit.position(i)
      const raw = lines[line - 1].slice(column - 1)
      // The raw text there is the character itself or the JSON escape of it.
      const decoded = decodeJsonString(`"${raw}`, 0, raw.length + 2).text
      expect(decoded[0], `offset ${i} → ${line}:${column}`).toBe(c)
    }
  }

  it('list sources and a single-string source map character by character', () => {
    checkMapping(readFileSync(join(ROOT, 'unsound/seed_notebook.ipynb'), 'utf8'))
    checkMapping(readFileSync(join(ROOT, 'sound/look_alikes.ipynb'), 'utf8'))
  })

  it('escapes, \\u sequences and a compact one-line notebook', () => {
    const nb = { cells: [{ cell_type: 'code', source: 'x = "\u00e9\\t"\nmodel.add_adapter(LoraConfig(bias="all", modules_to_save=["score"]))\n' }], nbformat: 4 }
    const compact = JSON.stringify(nb).replace('\u00e9', '\\u00e9')
    checkMapping(compact)
    const r = lintNotebook('n.ipynb', compact)
    expect(r.findings).toHaveLength(1)
    expect(r.findings[0].line).toBe(1)
    expect(compact.slice((r.findings[0].column as number) - 1).startsWith('bias=\\"all\\"')).toBe(true)
  })

  it('magics are blanked, markdown and raw cells are not code, broken JSON is one finding', () => {
    const nb = readNotebook(readFileSync(join(ROOT, 'sound/look_alikes.ipynb'), 'utf8'))
    expect(nb.codeCells).toBe(2)
    expect(nb.unit?.text).not.toContain('%%bash')
    expect(nb.unit?.text).toContain('get_peft_model(model, config)')
    const bad = lintNotebook('bad.ipynb', '{"cells": [ {"cell_type": "code", "source": "torch.load(p)"')
    expect(bad.findings.map(f => [f.ruleId, f.severity])).toEqual([['file-unreadable', 'warning']])
  })
})

describe('value resolution', () => {
  const bias = (src: string) => lintPython('t.py', `from peft import LoraConfig\n${src}`).findings.filter(f => f.ruleId === 'code-shared-tensor-save').length

  it('follows names bound once through function and module scopes, not class bodies or rebinding', () => {
    expect(bias('B = "all"\ndef f(m):\n    c = LoraConfig(bias=B, modules_to_save=["h"])\n    m.add_adapter(c)\n')).toBe(1)
    expect(bias('def f(m, B="all"):\n    m.add_adapter(LoraConfig(bias=B, modules_to_save=["h"]))\n')).toBe(0)
    expect(bias('class K:\n    B = "all"\n    def f(self, m):\n        m.add_adapter(LoraConfig(bias=B, modules_to_save=["h"]))\n')).toBe(0)
    expect(bias('B = "all"\nfor B in ["none"]:\n    pass\nm.add_adapter(LoraConfig(bias=B, modules_to_save=["h"]))\n')).toBe(0)
    expect(bias('B, C = "all", 1\nm.add_adapter(LoraConfig(bias=B, modules_to_save=["h"]))\n')).toBe(0)
    expect(bias('B = "all"\ndef f(m):\n    B = "none"\n    m.add_adapter(LoraConfig(bias=B, modules_to_save=["h"]))\n')).toBe(0)
    expect(bias('m.add_adapter(LoraConfig(bias="a" "ll", modules_to_save=("h",)))\n')).toBe(1)
    expect(bias('m.add_adapter(LoraConfig(bias=f"all", modules_to_save=["h"]))\n')).toBe(0)
    expect(bias('m.add_adapter(LoraConfig(bias="all", modules_to_save=[]))\n')).toBe(0)
    expect(bias('import peft\nm.add_adapter(peft.LoraConfig(bias="all", modules_to_save=["h"]))\n')).toBe(1)
    expect(bias('from other import LoraConfig\nm.add_adapter(LoraConfig(bias="all", modules_to_save=["h"]))\n')).toBe(0)
  })

  it('torch.save of optimizer or scheduler state is not model weights', () => {
    const saves = (src: string) => lintPython('t.py', `import torch\n${src}`).findings.filter(f => f.ruleId === 'code-unsafe-save').length
    expect(saves('torch.save(self.optimizer.state_dict(), "optimizer.pt")\ntorch.save(lr_scheduler.state_dict(), "scheduler.pt")\n')).toBe(0)
    expect(saves('torch.save(self.model.state_dict(), "model.pt")\ntorch.save(ema.state_dict(), "ema.pth")\n')).toBe(2)
  })

  it('import aliases and qualified names', () => {
    const m = new PyModule('import torch as T\nfrom pickle import load as pl\nT.load(p)\npl(f)\n')
    expect(m.calls.map(c => m.calleeName(c))).toEqual(['torch.load', 'pickle.load'])
  })

  it('the pre-filter only skips files no rule can match', () => {
    expect(mentionsAny('import numpy as np\nprint(np.zeros(3))\n')).toBe(false)
    expect(lintPython('a.py', 'def f():\n    return 1\n').parsed).toBe(false)
    expect(mentionsAny('model.add_adapter(cfg)')).toBe(true)
  })

  it('syntax errors do not stop the lint: what parses is still checked', () => {
    const r = lintPython('a.py', 'def broken(:\n  pass\nimport torch\nx = torch.load(p, weights_only=False)\n')
    expect(r.findings.map(f => [f.ruleId, f.line, f.column])).toEqual([['code-unsafe-load', 4, 19]])
  })
})

describe('version pins', () => {
  const pin = (spec: string): Pin => ({ spec, file: 'r.txt', line: 1, upper: upperBound(spec) })
  it('reduces specifiers to the newest version they admit', () => {
    for (const s of ['==2.3.0', '<2.6', '<=2.5.1', '~=2.5.0', '==2.5.*', '=2.5.1', '^1.13', '~2.5', '>=2.0,<2.6', '==2.5.1+cu121']) expect(newestBelow(pin(s), [2, 6]), s).toBe(true)
    for (const s of ['>=2.0', '==2.6.0', '<=2.6', '~=2.5', '^2.1', '>=2.6', '', '!=2.3']) expect(newestBelow(pin(s), [2, 6]), s).toBe(false)
  })
  it('reads setup.cfg, Poetry tables and requirements*.txt; the nearest directory naming the package wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-pins-'))
    try {
      mkdirSync(join(dir, 'a', 'b'), { recursive: true })
      mkdirSync(join(dir, 'p'))
      mkdirSync(join(dir, 'r'))
      writeFileSync(join(dir, 'setup.cfg'), '[metadata]\nname = x\n\n[options]\ninstall_requires =\n    numpy\n    torch>=1.13,<2.0\n')
      writeFileSync(join(dir, 'a', 'requirements-dev.txt'), '-r requirements.txt\npytest\n')
      writeFileSync(join(dir, 'a', 'b', 'requirements.txt'), '--extra-index-url https://download.pytorch.org/whl/cu121\ntorch[cuda]==2.6.0+cu121 ; python_version >= "3.9"\n')
      writeFileSync(join(dir, 'p', 'pyproject.toml'), '[tool.poetry.dependencies]\npython = "^3.10"\ntorch = { version = "~2.5", source = "pytorch" }\npeft = "^0.20.0"\n')
      writeFileSync(join(dir, 'r', 'requirements.txt'), 'torch @ https://example.com/torch-2.1.0.whl\n')
      const pins = new ProjectPins(dir)
      const torchAt = async (d: string) => pins.pinFor(d, 'torch')
      const root = await torchAt('.')
      expect([root?.file, root?.line, root?.spec, newestBelow(root as Pin, [2, 6])]).toEqual(['setup.cfg', 7, 'torch>=1.13,<2.0', true])
      expect((await torchAt('a'))?.file).toBe('setup.cfg') // a/ only has a dev requirements file without torch
      const ab = await torchAt('a/b')
      expect([ab?.file, newestBelow(ab as Pin, [2, 6])]).toEqual(['a/b/requirements.txt', false])
      const p = await torchAt('p')
      expect([p?.spec, newestBelow(p as Pin, [2, 6])]).toEqual(['torch = { version = "~2.5", source = "pytorch" }', true])
      const peft = await pins.pinFor('p', 'peft')
      expect(newestBelow(peft as Pin, [0, 21, 0])).toBe(true) // ^0.20.0 means <0.21.0
      const url = await torchAt('r')
      expect([url?.file, url?.upper]).toEqual(['r/requirements.txt', undefined]) // a URL pins no version range we can read
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the PEFT range 0.7.0 ≤ newest < 0.21.0', () => {
    const bad = (s: string) => newestBelow(pin(s), [0, 21, 0]) && newestAtLeast(pin(s), [0, 7, 0])
    expect(['==0.20.0', '<0.21', '>=0.10,<0.21', '==0.7.0', '~=0.19.1'].map(bad)).toEqual([true, true, true, true, true])
    expect(['==0.6.2', '<0.7', '>=0.21.0', '==0.21.0', '>=0.10'].map(bad)).toEqual([false, false, false, false, false])
  })
})

describe('reports carry the column', () => {
  it('SARIF region, workflow annotation and check-run annotation', async () => {
    const r = await scanFixtures(['unsound/seed_peft1876.py'])
    const f = r.findings[0]
    const sarif = JSON.parse(renderSarif(r))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: f.line, startColumn: f.column })
    expect(annotationOf(f).props).toMatchObject({ file: 'unsound/seed_peft1876.py', startLine: 9, startColumn: 5 })
    expect(checkAnnotation(f)).toMatchObject({ start_line: 9, end_line: 9, start_column: 5, end_column: 5 })
  })
})

describe('pull requests: changed Python files and notebooks are linted', () => {
  it('filesToScan adds changed .py/.ipynb files (not their directories), and not with code: false', () => {
    const ws = mkdtempSync(join(tmpdir(), 'ag-code-pr-'))
    try {
      mkdirSync(join(ws, 'src'))
      writeFileSync(join(ws, 'src', 'train.py'), 'x = 1\n')
      writeFileSync(join(ws, 'src', 'other.py'), 'x = 1\n')
      writeFileSync(join(ws, 'nb.ipynb'), '{}')
      const changed = [
        { filename: 'src/train.py', status: 'modified' },
        { filename: 'nb.ipynb', status: 'added' },
        { filename: 'gone.py', status: 'removed' },
        { filename: 'README.md', status: 'modified' }
      ]
      const filter = { paths: ['**'], exclude: [] }
      expect(filesToScan(changed, ws, filter)).toEqual({ files: ['nb.ipynb', 'src/train.py'], directories: [], code: ['nb.ipynb', 'src/train.py'] })
      expect(filesToScan(changed, ws, filter, { code: false })).toEqual({ files: [], directories: [] })
      expect(filesToScan(changed, ws, { paths: ['**'], exclude: ['src/**'] }).files).toEqual(['nb.ipynb'])
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})

describe('CLI', () => {
  const CLI = resolve(__dirname, '..', 'dist', 'cli.js')
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  it('lints code by default (line:column in the text report); --no-code turns it off', () => {
    const on = run(['scan', 'unsound/seed_peft1876.py'])
    expect(on.status).toBe(1)
    expect(on.stdout).toContain('error    code-shared-tensor-save:9:5')
    const off = run(['scan', 'unsound', '--no-code'])
    expect(off.status).toBe(0)
    expect(off.stdout).toContain(': 0 finding(s)')
  })
  it('`code: false` in .adapter-guard.yml turns it off too; the flag is not needed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-code-cfg-'))
    try {
      writeFileSync(join(dir, 'train.py'), readFileSync(join(ROOT, 'unsound', 'seed_peft1876.py')))
      const inDir = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
      expect(inDir(['scan']).status).toBe(1)
      writeFileSync(join(dir, '.adapter-guard.yml'), 'code: false\n')
      const off = inDir(['scan'])
      expect(off.stdout).toContain(': 0 finding(s)')
      expect(off.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('every code rule is in the JSON report with its column', () => {
    const r = run(['scan', 'unsound', 'pins-old', 'nopin', '--format', 'json', '--fail-on', 'never'])
    const rep = JSON.parse(r.stdout) as { findings: Finding[] }
    expect([...new Set(rep.findings.map(f => f.ruleId))].sort()).toEqual([...CODE_RULES].sort())
    for (const f of rep.findings) expect(f.column, brief(f)).toBeGreaterThan(0)
  })
})
