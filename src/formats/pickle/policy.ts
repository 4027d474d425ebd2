// The import policy as data: what a state-dict pickle may import, what runs code, and why, in
// plain words. Allow list first (anything not exactly allowed is at least `unknown`); the deny
// list follows picklescan's `_unsafe_globals` and fickling's UNSAFE_IMPORTS, widened per
// /work/shared/docs/pickle-and-torch.md §5 (items 11, 13, 15).

export type ImportVerdict = 'allowed' | 'code-execution' | 'unknown'

export interface Judgement {
  verdict: ImportVerdict
  description: string
}

const TORCH_STORAGES = [
  'Float', 'Double', 'Half', 'BFloat16', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool',
  'ComplexFloat', 'ComplexDouble', 'QUInt8', 'QInt8', 'QInt32', 'QUInt4x2', 'QUInt2x4', 'Untyped'
]

// torch dtype objects pickle as GLOBAL torch <name> (torch/_tensor.py, dtype.__reduce__).
const TORCH_DTYPES = [
  'float16', 'float32', 'float64', 'bfloat16', 'half', 'float', 'double', 'int8', 'int16', 'int32',
  'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'short', 'int', 'long', 'bool', 'complex64',
  'complex128', 'cfloat', 'cdouble', 'float8_e4m3fn', 'float8_e5m2', 'float8_e4m3fnuz', 'float8_e5m2fnuz'
]

/** Exactly these (module, name) pairs are what a state dict needs; nothing else is silently allowed. */
export const ALLOWED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  collections: {
    OrderedDict: 'the ordered dict a state dict is made of',
    // defaultdict only stores its factory; the factory is a separate import judged on its own.
    defaultdict: 'a dict with a default factory (the factory is judged separately)'
  },
  'torch._utils': {
    _rebuild_tensor_v2: 'rebuilds a tensor from a storage, offset, size and stride',
    _rebuild_tensor: 'rebuilds a tensor from a storage, offset, size and stride (old form)',
    _rebuild_parameter: 'wraps a tensor as an nn.Parameter',
    _rebuild_parameter_with_state: 'wraps a tensor as an nn.Parameter with saved attributes'
  },
  torch: {
    ...Object.fromEntries(TORCH_STORAGES.map(s => [`${s}Storage`, 'a typed tensor storage class'])),
    ...Object.fromEntries(TORCH_DTYPES.map(d => [d, 'a torch dtype'])),
    // The torch ≤ 0.1.10 tar container names each tensor's type class in its `tensors` records.
    ...Object.fromEntries(TORCH_STORAGES.filter(s => !s.startsWith('Q') && s !== 'Untyped').map(s => [`${s}Tensor`, 'a legacy typed tensor class (old tar checkpoints)'])),
    Size: 'a tensor shape',
    device: 'a device name such as cpu or cuda:0'
  },
  _codecs: { encode: 'turns a str into bytes (how protocol 2 pickles bytes)' },
  numpy: { dtype: 'a numpy dtype', ndarray: 'a numpy array class' },
  'numpy.core.multiarray': {
    _reconstruct: 'rebuilds a numpy array',
    scalar: 'rebuilds a numpy scalar'
  },
  'numpy._core.multiarray': {
    _reconstruct: 'rebuilds a numpy array',
    scalar: 'rebuilds a numpy scalar'
  }
}

/** Whole modules (and every submodule) whose globals can run code, touch files or the network. */
export const DENIED_MODULES: Readonly<Record<string, string>> = {
  os: 'os runs shell commands (os.system), starts processes and deletes files',
  posix: 'posix is os on Linux/macOS: it runs shell commands and starts processes',
  nt: 'nt is os on Windows: it runs shell commands and starts processes',
  subprocess: 'subprocess starts programs',
  _posixsubprocess: 'starts programs',
  commands: 'commands (Python 2) runs shell commands',
  pty: 'pty spawns a shell',
  sys: 'sys changes the interpreter (modules, hooks, exit)',
  runpy: 'runpy runs Python modules and files',
  importlib: 'importlib imports any module by name',
  imp: 'imp imports and loads any module or file',
  zipimport: 'zipimport imports code from archives',
  pkgutil: 'pkgutil resolves any dotted name to any object (a universal import)',
  marshal: 'marshal turns bytes into code objects',
  pickle: 'pickle loads a nested pickle, which can run anything',
  _pickle: 'pickle loads a nested pickle, which can run anything',
  cPickle: 'pickle loads a nested pickle, which can run anything',
  dill: 'dill loads nested pickles and rebuilds functions from code',
  cloudpickle: 'cloudpickle rebuilds functions from code',
  joblib: 'joblib loads nested pickles',
  shelve: 'shelve loads pickles from a file',
  webbrowser: 'webbrowser opens URLs and starts a browser program',
  socket: 'socket opens network connections',
  ssl: 'ssl opens network connections',
  socketserver: 'socketserver opens network servers',
  shutil: 'shutil copies, moves and deletes files and runs archive tools',
  tempfile: 'tempfile creates files',
  glob: 'glob lists the file system',
  fileinput: 'fileinput reads files',
  code: 'code runs Python source',
  codeop: 'codeop compiles Python source',
  ctypes: 'ctypes calls native code directly',
  _ctypes: 'ctypes calls native code directly',
  asyncio: 'asyncio starts subprocesses and network connections',
  multiprocessing: 'multiprocessing starts processes',
  requests: 'requests makes network requests',
  urllib: 'urllib makes network requests',
  urllib2: 'urllib2 makes network requests',
  http: 'http makes network requests and runs servers',
  httplib: 'httplib makes network requests',
  aiohttp: 'aiohttp makes network requests',
  ftplib: 'ftplib makes network requests',
  smtplib: 'smtplib sends mail',
  telnetlib: 'telnetlib opens network connections',
  xmlrpc: 'xmlrpc makes remote calls',
  pydoc: 'pydoc runs pagers (shell commands) and imports modules',
  pdb: 'pdb runs Python code under the debugger',
  bdb: 'bdb runs Python code under the debugger',
  timeit: 'timeit runs Python source',
  trace: 'trace runs Python code',
  profile: 'profile runs Python code',
  cProfile: 'cProfile runs Python code',
  doctest: 'doctest runs Python source',
  idlelib: 'idlelib runs Python code',
  lib2to3: 'lib2to3 evaluates grammar data',
  ensurepip: 'ensurepip runs pip',
  pip: 'pip installs and runs packages',
  venv: 'venv creates environments and runs programs',
  distutils: 'distutils runs build commands and writes files',
  setuptools: 'setuptools runs build commands',
  uuid: 'uuid runs system programs to find a MAC address',
  imaplib: 'imaplib can start a program (IMAP4_stream)',
  mailcap: 'mailcap runs shell commands (findmatch)',
  _osx_support: 'runs compiler commands',
  _aix_support: 'runs system commands',
  _pyrepl: 'runs Python code in a REPL',
  test: 'the test package runs arbitrary helpers',
  unittest: 'unittest runs code',
  gc: 'gc reaches every live object',
  site: 'site runs .pth files and changes import paths',
  signal: 'signal installs handlers that run code',
  _signal: 'signal installs handlers that run code',
  threading: 'threading starts threads running any function',
  _thread: 'starts threads running any function',
  thread: 'starts threads running any function',
  atexit: 'atexit registers functions to run at exit',
  sqlite3: 'sqlite3 opens and writes database files',
  _sqlite3: 'sqlite3 opens and writes database files',
  inspect: 'inspect reaches any object and frame',
  types: 'types builds functions and code objects from bytes',
  tarfile: 'tarfile writes files',
  zipfile: 'zipfile writes files',
  'logging.config': 'logging.config can listen on a socket and eval configuration',
  'logging.handlers': 'logging handlers open files, sockets and mail connections',
  operator: 'operator attrgetter/methodcaller reach and call any attribute',
  _operator: 'operator attrgetter/methodcaller reach and call any attribute',
  functools: 'functools.partial binds arguments to any callable, hiding what is called',
  platform: 'platform runs system commands',
  select: 'select waits on sockets',
  pexpect: 'pexpect spawns programs',
  'numpy.f2py': 'numpy.f2py compiles and runs Fortran/C builds',
  'numpy.testing._private.utils': 'numpy.testing runs Python source (runstring)',
  'numpy.distutils': 'numpy.distutils runs build commands',
  'torch.hub': 'torch.hub downloads and runs code from GitHub',
  'torch._dynamo': 'torch._dynamo evaluates guard expressions (Python source)',
  'torch._inductor': 'torch._inductor compiles and loads native code',
  'torch.jit': 'torch.jit compiles and runs TorchScript and Python source',
  'torch.fx.experimental.symbolic_shapes': 'evaluates guard expressions (Python source)',
  'torch.utils.bottleneck': 'torch.utils.bottleneck runs a script under the profiler',
  'torch.utils.collect_env': 'torch.utils.collect_env runs shell commands',
  'torch.utils._config_module': 'loads pickled configuration (nested pickle)',
  'torch.utils.data.datapipes.utils.decoder': 'decoders that load pickles and files',
  'torch.distributed': 'torch.distributed opens network connections and runs remote calls',
  'torch.compile': 'compiles code',
  'torch.package': 'torch.package imports code from archives'
}

/** Single names in otherwise unlisted modules that run code when called. */
export const DENIED_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  builtins: {
    eval: 'builtins.eval runs Python source given as a string',
    exec: 'builtins.exec runs Python source given as a string',
    execfile: 'execfile runs a Python file',
    compile: 'builtins.compile turns source into code to run',
    getattr: 'builtins.getattr reaches any attribute of any object (e.g. os.system)',
    setattr: 'builtins.setattr overwrites attributes of modules and classes',
    delattr: 'builtins.delattr removes attributes of modules and classes',
    __import__: 'builtins.__import__ imports any module',
    open: 'builtins.open opens, reads and overwrites files',
    file: 'file (Python 2) opens files',
    apply: 'apply (Python 2) calls any function',
    breakpoint: 'builtins.breakpoint starts a debugger',
    input: 'builtins.input evaluates (Python 2) or reads console input',
    globals: 'builtins.globals exposes the loader\'s variables',
    locals: 'builtins.locals exposes the loader\'s variables',
    vars: 'builtins.vars exposes any object\'s variables',
    exit: 'builtins.exit stops the process',
    quit: 'builtins.quit stops the process',
    reload: 'reload re-runs a module'
  },
  torch: {
    load: 'torch.load loads a nested checkpoint, which can run anything',
    compile: 'torch.compile compiles code'
  },
  'torch.serialization': {
    load: 'torch.serialization.load loads a nested checkpoint, which can run anything',
    _load: 'loads a nested checkpoint, which can run anything',
    _legacy_load: 'loads a nested checkpoint, which can run anything'
  },
  'torch.storage': {
    _load_from_bytes: 'torch.storage._load_from_bytes loads a nested checkpoint (torch.load) from bytes'
  },
  _io: { FileIO: '_io.FileIO opens and overwrites files', open: '_io.open opens and overwrites files', open_code: 'opens files' },
  io: { FileIO: 'io.FileIO opens and overwrites files', open: 'io.open opens and overwrites files', open_code: 'opens files' },
  logging: { FileHandler: 'logging.FileHandler creates and writes files' },
  numpy: {
    load: 'numpy.load can unpickle object arrays from a nested file',
    loads: 'numpy.loads unpickles bytes',
    fromfile: 'numpy.fromfile reads files'
  },
  'numpy.lib.npyio': { load: 'numpy.load can unpickle object arrays' },
  'numpy.core.numeric': { loads: 'unpickles bytes' },
  copyreg: { _reconstructor: 'copyreg._reconstructor builds any object of any class' },
  copy_reg: { _reconstructor: 'copyreg._reconstructor builds any object of any class' }
}

/** Loader functions: a bytes literal passed to one of these is a nested pickle, scanned recursively. */
export const NESTED_LOADERS: ReadonlySet<string> = new Set([
  'pickle.loads', 'pickle.load', '_pickle.loads', '_pickle.load', 'cPickle.loads', 'dill.loads', 'dill.load',
  'cloudpickle.loads', 'joblib.load', 'torch.load', 'torch.serialization.load', 'torch.storage._load_from_bytes',
  'numpy.load', 'numpy.loads', 'torch.utils._config_module.ConfigModule.load_config'
])

/** Unknown imports with a more precise plain-words reason than the generic one. */
export const UNKNOWN_NOTES: Readonly<Record<string, string>> = {
  'torch._tensor._rebuild_from_type_v2':
    'torch._tensor._rebuild_from_type_v2 calls whatever function is passed to it as its first argument (torch writes it for tensor subclasses); check that argument',
  'torch._utils._rebuild_qtensor': 'rebuilds a quantized tensor; not needed by an adapter state dict',
  'torch._utils._rebuild_meta_tensor_no_storage': 'rebuilds a meta tensor that holds no data',
  'torch.nn.parameter.Parameter': 'builds an nn.Parameter directly instead of through _rebuild_parameter',
  '_io.BytesIO': 'wraps bytes as a file, usually for a nested load'
}

/** Python 2 module names that CPython's unpickler maps for protocol < 3 (Lib/_compat_pickle.py). */
export const PY2_MODULES: Readonly<Record<string, string>> = {
  __builtin__: 'builtins',
  copy_reg: 'copyreg',
  cPickle: 'pickle',
  commands: 'subprocess',
  urllib2: 'urllib.request',
  httplib: 'http.client',
  thread: '_thread',
  exceptions: 'builtins',
  UserDict: 'collections',
  cStringIO: 'io',
  StringIO: 'io',
  SocketServer: 'socketserver',
  Queue: 'queue',
  _winreg: 'winreg',
  dummy_thread: '_dummy_thread'
}

const RANK: Record<ImportVerdict, number> = { allowed: 0, unknown: 1, 'code-execution': 2 }

function deniedModule(module: string): string | undefined {
  // Whole-module entries match every submodule: asyncio.unix_events is asyncio (picklescan 28a7b4e).
  const parts = module.split('.')
  for (let i = parts.length; i >= 1; i--) {
    const prefix = parts.slice(0, i).join('.')
    const d = DENIED_MODULES[prefix]
    if (d !== undefined) return d
  }
  return undefined
}

function judgeOne(module: string, name: string): Judgement {
  const allowed = ALLOWED[module]?.[name]
  if (allowed !== undefined) return { verdict: 'allowed', description: allowed }
  const byName = DENIED_NAMES[module]?.[name] ?? DENIED_NAMES[module]?.[name.split('.')[0] ?? '']
  if (byName !== undefined) return { verdict: 'code-execution', description: byName }
  const byModule = deniedModule(module)
  if (byModule !== undefined) return { verdict: 'code-execution', description: byModule }
  if (name.includes('.')) {
    // A dotted name walks attributes (print.__class__.__base__...): picklescan/modelscan #338 bypass class.
    return {
      verdict: 'code-execution',
      description: `the name "${name}" walks an attribute path from ${module}, which can reach any object (for example builtins through __class__/__globals__)`
    }
  }
  if (name.startsWith('__') && name.endsWith('__')) {
    return { verdict: 'code-execution', description: `the dunder attribute ${name} reaches interpreter internals` }
  }
  if (module.length === 0 || name.length === 0) {
    return { verdict: 'code-execution', description: 'an empty module or name cannot be a state-dict import' }
  }
  const note = UNKNOWN_NOTES[`${module}.${name}`]
  if (note !== undefined) return { verdict: 'unknown', description: note }
  return {
    verdict: 'unknown',
    description: `${module}.${name} is not something a tensor state dict needs; loading the file imports and may call it`
  }
}

/**
 * Judges one imported global. Checks the name as written, the name with surrounding whitespace
 * removed and the Python 3 name CPython maps it to (fix_imports); the worst verdict wins.
 */
export function judgeGlobal(module: string, name: string): Judgement {
  const candidates: Array<[string, string]> = [[module, name]]
  const tm = module.trim()
  const tn = name.trim()
  if (tm !== module || tn !== name) candidates.push([tm, tn])
  const mapped = PY2_MODULES[tm]
  if (mapped !== undefined) candidates.push([mapped, tn])
  let worst: Judgement | undefined
  for (const [m, n] of candidates) {
    const j = judgeOne(m, n)
    if (worst === undefined || RANK[j.verdict] > RANK[worst.verdict]) worst = j
  }
  return worst!
}

export function isNestedLoader(module: string, name: string): boolean {
  const m = PY2_MODULES[module] ?? module
  return NESTED_LOADERS.has(`${m}.${name}`)
}
