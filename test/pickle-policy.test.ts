// Import policy and findings on hand-assembled bypass pickles (pickle-and-torch.md §5, items 8-16)
// and on the committed malicious fixtures. Nothing here is ever unpickled.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { judgeGlobal, scanPickles } from '../src/formats/pickle/index.js'
import { pickleCheckpointFinding, pickleFindings } from '../src/checks/pickle-imports.js'
import { OP, bu, glob, int, pk, reducePayload, sbu, u32 } from './pickle-asm.js'

const imports = (data: Uint8Array): string[] => scanPickles(data).imports.map(i => `${i.module}.${i.name}:${i.verdict}`)

describe('import policy (allow list first)', () => {
  it('allows exactly what a state dict needs', () => {
    for (const [m, n] of [
      ['collections', 'OrderedDict'],
      ['torch._utils', '_rebuild_tensor_v2'],
      ['torch._utils', '_rebuild_tensor'],
      ['torch._utils', '_rebuild_parameter'],
      ['torch._utils', '_rebuild_parameter_with_state'],
      ['torch', 'FloatStorage'],
      ['torch', 'BFloat16Storage'],
      ['torch', 'QUInt2x4Storage'],
      ['torch', 'UntypedStorage'],
      ['torch', 'Size'],
      ['torch', 'device'],
      ['torch', 'bfloat16'],
      ['_codecs', 'encode'],
      ['numpy', 'dtype'],
      ['numpy', 'ndarray'],
      ['numpy.core.multiarray', '_reconstruct'],
      ['numpy._core.multiarray', '_reconstruct'],
      ['numpy.core.multiarray', 'scalar']
    ]) {
      expect(judgeGlobal(m!, n!).verdict, `${m}.${n}`).toBe('allowed')
    }
  })

  it('judges code-running globals as code execution, with a plain-words reason', () => {
    for (const [m, n] of [
      ['os', 'system'], ['posix', 'system'], ['nt', 'system'], ['subprocess', 'Popen'], ['builtins', 'eval'],
      ['builtins', 'exec'], ['builtins', '__import__'], ['builtins', 'getattr'], ['__builtin__', 'eval'],
      ['runpy', '_run_code'], ['importlib', 'import_module'], ['marshal', 'loads'], ['pickle', 'loads'],
      ['_pickle', 'loads'], ['dill', 'loads'], ['joblib', 'load'], ['torch', 'load'], ['torch.serialization', 'load'],
      ['torch.storage', '_load_from_bytes'], ['webbrowser', 'open'], ['socket', 'create_connection'], ['shutil', 'rmtree'],
      ['pty', 'spawn'], ['sys', 'exit'], ['ctypes', 'CDLL'], ['types', 'CodeType'], ['types', 'FunctionType'],
      ['operator', 'attrgetter'], ['_operator', 'methodcaller'], ['functools', 'partial'], ['pkgutil', 'resolve_name'],
      ['asyncio.unix_events', '_UnixSubprocessTransport'], ['aiohttp.client', 'ClientSession'], ['requests.api', 'get'],
      ['urllib.request', 'urlopen'], ['pydoc', 'pipepager'], ['pdb', 'run'], ['timeit', 'timeit'], ['cProfile', 'run'],
      ['doctest', 'debug_script'], ['idlelib.pyshell', 'ModifiedInterpreter'], ['ensurepip', '_run_pip'], ['pip', 'main'],
      ['venv', 'create'], ['_io', 'FileIO'], ['logging', 'FileHandler'], ['uuid', '_get_command_stdout'],
      ['imaplib', 'IMAP4_stream'], ['numpy.f2py', 'compile'], ['numpy.testing._private.utils', 'runstring'],
      ['torch.utils.collect_env', 'run'], ['torch._dynamo.guards', 'GuardBuilder'], ['torch._inductor.codecache', 'compile_file'],
      ['torch.jit.unsupported_tensor_ops', 'execWrapper'], ['torch.fx.experimental.symbolic_shapes', 'ShapeEnv'],
      ['mailcap', 'findmatch'], ['code', 'InteractiveInterpreter'], ['multiprocessing.util', 'spawnv_passfds'],
      ['_osx_support', '_read_output'], ['test.support.script_helper', 'assert_python_ok'], ['zipimport', 'zipimporter']
    ]) {
      const j = judgeGlobal(m!, n!)
      expect(j.verdict, `${m}.${n}`).toBe('code-execution')
      expect(j.description.length).toBeGreaterThan(10)
    }
  })

  it('any dotted attribute path not on the allow list is code execution', () => {
    expect(judgeGlobal('builtins', 'print.__class__.__base__.__subclasses__').verdict).toBe('code-execution')
    expect(judgeGlobal('numpy', 'prod.a').verdict).toBe('code-execution')
    expect(judgeGlobal('collections', 'OrderedDict.fromkeys').verdict).toBe('code-execution')
  })

  it('spelling tricks do not help: whitespace and Python 2 module names', () => {
    expect(judgeGlobal('os\r', 'system').verdict).toBe('code-execution')
    expect(judgeGlobal('__builtin__', 'exec').verdict).toBe('code-execution')
    expect(judgeGlobal('torch ', 'FloatStorage').verdict).toBe('unknown')
    expect(judgeGlobal('commands', 'getoutput').verdict).toBe('code-execution')
  })

  it('everything else is unknown; _rebuild_from_type_v2 is never silently allowed', () => {
    expect(judgeGlobal('builtins', 'print').verdict).toBe('unknown')
    expect(judgeGlobal('transformers.training_args', 'TrainingArguments').verdict).toBe('unknown')
    const j = judgeGlobal('torch._tensor', '_rebuild_from_type_v2')
    expect(j.verdict).toBe('unknown')
    expect(j.description).toMatch(/calls whatever function/)
  })
})

describe('bypass classes', () => {
  it('GLOBAL/INST/STACK_GLOBAL/REDUCE payloads in protocols 0-5', () => {
    const p0 = pk(glob('os', 'system'), OP.MARK, OP.STRING, "'true'\n", OP.TUPLE, OP.REDUCE, OP.STOP)
    const inst = pk(OP.MARK, OP.STRING, "'true'\n", OP.INST, 'os\nsystem\n', OP.STOP)
    const p4 = pk(OP.PROTO, 4, sbu('os'), OP.MEMOIZE, sbu('system'), OP.MEMOIZE, OP.STACK_GLOBAL, sbu('true'), OP.TUPLE1, OP.REDUCE, OP.STOP)
    for (const p of [0, 1, 2, 3, 5]) expect(imports(reducePayload('os', 'system', 'true', p))).toEqual(['os.system:code-execution'])
    expect(imports(p0)).toEqual(['os.system:code-execution'])
    expect(imports(inst)).toEqual(['os.system:code-execution'])
    expect(imports(p4)).toEqual(['os.system:code-execution'])
  })

  it('memo stores the stack top: MEMOIZE after POP and BINPUT/BINGET decoys', () => {
    const afterPop = pk(OP.PROTO, 4, sbu('os'), sbu('collections'), OP.POP, OP.MEMOIZE, sbu('system'), OP.MEMOIZE, OP.POP, OP.POP, OP.BINGET, 0, OP.BINGET, 1, OP.STACK_GLOBAL, OP.STOP)
    expect(imports(afterPop)).toEqual(['os.system:code-execution'])
    const decoy = pk(OP.PROTO, 4, sbu('os'), OP.BINPUT, 7, OP.POP, sbu('collections'), OP.BINPUT, 8, OP.POP, OP.BINGET, 7, sbu('system'), OP.STACK_GLOBAL, OP.STOP)
    expect(imports(decoy)).toEqual(['os.system:code-execution'])
  })

  it('STACK_GLOBAL takes every string opcode as operand (GHSA-9gvj)', () => {
    const viaString = pk(OP.PROTO, 4, OP.STRING, "'os'\n", OP.BINSTRING, u32(6), 'system', OP.STACK_GLOBAL, OP.STOP)
    const viaShort = pk(OP.PROTO, 4, OP.SHORT_BINSTRING, 2, 'os', OP.UNICODE, 'system\n', OP.STACK_GLOBAL, OP.STOP)
    expect(imports(viaString)).toEqual(['os.system:code-execution'])
    expect(imports(viaShort)).toEqual(['os.system:code-execution'])
  })

  it('STACK_GLOBAL with a non-str operand fails closed', () => {
    const withInt = pk(OP.PROTO, 4, int(5), sbu('system'), OP.STACK_GLOBAL, OP.STOP)
    const withBytes = pk(OP.PROTO, 4, sbu('os'), OP.SHORT_BINBYTES, 6, 'system', OP.STACK_GLOBAL, OP.STOP)
    const withMissing = pk(OP.PROTO, 4, OP.BINGET, 3, sbu('system'), OP.STACK_GLOBAL, OP.STOP)
    const withArray = pk(OP.PROTO, 4, sbu('os'), OP.SHORT_BINBYTES, 6, 'system', OP.BYTEARRAY8, [0, 0, 0, 0, 0, 0, 0, 0], OP.POP, OP.STACK_GLOBAL, OP.STOP)
    for (const data of [withInt, withBytes, withMissing, withArray]) {
      const run = scanPickles(data)
      expect(run.imports.map(i => i.verdict)).toEqual(['code-execution'])
      expect(run.imports[0]!.description).toMatch(/not a string/)
    }
    expect(scanPickles(withBytes).imports[0]!.name).toBe('<bytes>')
  })

  it('dotted names through GLOBAL and STACK_GLOBAL', () => {
    expect(imports(pk(OP.PROTO, 2, glob('builtins', 'print.__class__.__base__'), OP.STOP))).toEqual(['builtins.print.__class__.__base__:code-execution'])
    expect(imports(pk(OP.PROTO, 4, sbu('numpy'), sbu('prod.a'), OP.STACK_GLOBAL, OP.STOP))).toEqual(['numpy.prod.a:code-execution'])
  })

  it('EXT1/EXT2/EXT4 cannot be resolved statically and fail closed', () => {
    for (const ext of [[OP.EXT1, 1], [OP.EXT2, 0x34, 0x12], [OP.EXT4, ...u32(99999)]]) {
      const run = scanPickles(pk(OP.PROTO, 2, ext, bu('true'), OP.TUPLE1, OP.REDUCE, OP.STOP))
      expect(run.problems).toEqual([])
      expect(run.imports).toHaveLength(1)
      expect(run.imports[0]!.verdict).toBe('code-execution')
      expect(run.imports[0]!.description).toMatch(/extension code/)
    }
  })

  it('BUILD on an imported class or module is reported as setattr on it', () => {
    const run = scanPickles(pk(OP.PROTO, 2, glob('collections', 'OrderedDict'), OP.EMPTY_DICT, bu('x'), int(1), OP.SETITEM, OP.BUILD, OP.STOP))
    expect(run.imports.map(i => `${i.opcode}:${i.verdict}`)).toEqual(['GLOBAL:allowed', 'BUILD:code-execution'])
    const f = pickleFindings('m.pkl', run)
    expect(f.map(x => x.ruleId)).toEqual(['pickle-code-execution'])
    expect(f[0]!.message).toMatch(/BUILD changes `collections.OrderedDict`/)
    // BUILD on an instance (a call result) is ordinary __setstate__.
    const ok = scanPickles(pk(OP.PROTO, 2, glob('collections', 'OrderedDict'), OP.EMPTY_TUPLE, OP.REDUCE, OP.EMPTY_DICT, OP.BUILD, OP.STOP))
    expect(pickleFindings('m.pkl', ok)).toEqual([])
  })

  it('nested loads: the loader is code execution and literal bytes are scanned too', () => {
    const inner = reducePayload('os', 'system')
    const direct = scanPickles(pk(OP.PROTO, 3, glob('pickle', 'loads'), OP.BINBYTES, u32(inner.length), inner, OP.TUPLE1, OP.REDUCE, OP.STOP))
    expect(direct.imports.map(i => `${i.module}.${i.name}:${i.verdict}`)).toEqual(['pickle.loads:code-execution', 'os.system:code-execution'])
    expect(direct.imports[1]!.description).toMatch(/inside the pickle passed to pickle.loads/)
    // Protocol 2 writes bytes as _codecs.encode(str, 'latin1'); torch.load takes io.BytesIO(bytes).
    let latin = ''
    for (const b of inner) latin += String.fromCharCode(b)
    const viaCodecs = pk(
      OP.PROTO, 2, glob('torch', 'load'),
      glob('_io', 'BytesIO'), glob('_codecs', 'encode'), bu(latin), bu('latin1'), OP.TUPLE2, OP.REDUCE, OP.TUPLE1, OP.REDUCE,
      OP.TUPLE1, OP.REDUCE, OP.STOP
    )
    const r = scanPickles(viaCodecs)
    expect(r.imports.map(i => `${i.module}.${i.name}:${i.verdict}`)).toEqual([
      'torch.load:code-execution', '_io.BytesIO:unknown', '_codecs.encode:allowed', 'os.system:code-execution'
    ])
  })

  it('nesting deeper than the limit is a limit problem, the outer loader is still flagged', () => {
    let data = reducePayload('os', 'system', 'true', 3)
    for (let i = 0; i < 6; i++) data = pk(OP.PROTO, 3, glob('pickle', 'loads'), OP.BINBYTES, u32(data.length), data, OP.TUPLE1, OP.REDUCE, OP.STOP)
    const run = scanPickles(data)
    expect(run.imports[0]!.verdict).toBe('code-execution')
    expect(run.problems.map(p => p.code)).toContain('limit')
  })

  it('a payload followed by a parse error keeps the payload finding', () => {
    const run = scanPickles(pk(reducePayload().subarray(0, -1), 0xff))
    const f = pickleFindings('x.pkl', run)
    expect(f.map(x => x.ruleId)).toEqual(['pickle-code-execution', 'pickle-malformed'])
  })
})

describe('findings', () => {
  it('one finding per distinct global, with offset, count and plain words', () => {
    const data = pk(OP.PROTO, 2, OP.MARK, glob('os', 'system'), glob('os', 'system'), glob('builtins', 'print'), glob('collections', 'OrderedDict'), OP.TUPLE, OP.STOP)
    const f = pickleFindings('dir/a.bin', scanPickles(data))
    expect(f.map(x => [x.ruleId, x.severity])).toEqual([
      ['pickle-code-execution', 'critical'],
      ['pickle-unknown-global', 'error']
    ])
    expect(f[0]!.message).toContain('`os.system` 2 times, first at byte offset 3 (GLOBAL)')
    expect(f[0]!.message).toContain('shell commands')
    expect(f[0]!.path).toBe('dir/a.bin')
    expect(f[1]!.message).toContain('`builtins.print`')
  })

  it('bytes after STOP are a pickle-malformed warning, not an error', () => {
    const f = pickleFindings('t.pkl', scanPickles(pk(reducePayload(), 'trailing')))
    expect(f.map(x => [x.ruleId, x.severity])).toEqual([
      ['pickle-code-execution', 'critical'],
      ['pickle-malformed', 'warning']
    ])
    expect(f[1]!.message).toMatch(/after the STOP at offset/)
  })

  it('a clean state dict gives no finding; limits give resource-limit', () => {
    const ok = pk(OP.PROTO, 2, glob('collections', 'OrderedDict'), OP.EMPTY_TUPLE, OP.REDUCE, OP.STOP)
    expect(pickleFindings('a.bin', scanPickles(ok))).toEqual([])
    const big = scanPickles(pk(OP.NONE, OP.POP, OP.NONE, OP.POP, OP.NONE, OP.STOP), { limits: { maxOpcodes: 2 } })
    expect(pickleFindings('a.bin', big).map(x => x.ruleId)).toEqual(['resource-limit'])
  })

  it('pickleCheckpointFinding is a warning that says why', () => {
    const f = pickleCheckpointFinding('adapter_model.bin')
    expect(f.ruleId).toBe('pickle-checkpoint')
    expect(f.severity).toBe('warning')
    expect(f.message).toMatch(/safetensors/)
  })
})

describe('committed malicious fixtures (test/fixtures/malicious)', () => {
  const dir = join(import.meta.dirname, 'fixtures', 'malicious')
  interface Expected {
    container: string
    imports: string[]
    nested_imports?: string[]
    severity: 'code-execution' | 'unknown'
    parse_error: boolean
    rules: string[]
  }
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: Record<string, Expected> }
  const raw = Object.entries(expected.files).filter(([, e]) => ['pickle', 'raw-pickle-as-pytorch', 'legacy-torch'].includes(e.container))

  it('covers the raw-pickle fixtures', () => {
    expect(raw.length).toBeGreaterThanOrEqual(20)
  })

  for (const [file, e] of raw) {
    it(`${file}: ${e.imports.join(', ') || e.severity}`, () => {
      const run = scanPickles(new Uint8Array(readFileSync(join(dir, file))))
      const names = run.imports.map(i => `${i.module}.${i.name}`)
      for (const name of [...e.imports, ...(e.nested_imports ?? [])]) expect(names).toContain(name)
      const findings = pickleFindings(file, run)
      const rules = new Set(findings.map(f => f.ruleId))
      for (const rule of e.rules) {
        // Our policy may rank an import higher than the fixture's minimum (EXT codes fail closed as code execution).
        if (rule === 'pickle-unknown-global') expect(rules.has(rule) || rules.has('pickle-code-execution')).toBe(true)
        else expect(rules.has(rule), `${file} ${rule}`).toBe(true)
      }
      const malformedError = findings.some(f => f.ruleId === 'pickle-malformed' && f.severity === 'error')
      expect(malformedError).toBe(e.parse_error)
    })
  }
})
