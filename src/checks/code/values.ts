// Value helpers shared by the code rules: what a path argument ends with, whether an expression is a
// model state dict, and which calls build a PEFT config.
import type { SyntaxNode } from '@lezer/common'
import { formatStringTail, type PyModule } from './python.js'

/** Extensions of pickle-based checkpoints (what torch.save, pickle and joblib write). */
export const PICKLE_CHECKPOINT_EXTENSIONS = ['.bin', '.pt', '.pth', '.ckpt', '.pkl', '.pickle', '.joblib', '.dill']
/** What torch.save of model weights is flagged for (the list). */
export const TORCH_SAVE_EXTENSIONS = ['.bin', '.pt', '.pth']

const PATH_JOINS = new Set(['os.path.join', 'posixpath.join', 'ntpath.join', 'pathlib.Path', 'pathlib.PurePath', 'Path', 'PurePath', 'str', 'os.fspath'])

/**
 * The literal text a path expression is known to end with: a string, the tail of an f-string, the
 * last part of os.path.join / Path(...) / `a / "b"` / `a + "b"`, through names bound once; undefined
 * when nothing is known.
 */
export function pathTail(mod: PyModule, node: SyntaxNode | undefined, depth = 0): string | undefined {
  if (!node || depth > 8) return undefined
  const n = mod.resolve(node)
  if (!n) return undefined
  const s = mod.stringValue(n)
  if (s !== undefined) return s
  if (n.name === 'FormatString') return formatStringTail(mod, n)
  if (n.name === 'BinaryExpression') {
    const op = n.getChild('ArithOp')
    const right = n.lastChild
    if (op && right && (mod.src(op) === '/' || mod.src(op) === '+')) return pathTail(mod, right, depth + 1)
    return undefined
  }
  if (n.name === 'CallExpression') {
    const name = mod.calleeName(n)
    if (name && (PATH_JOINS.has(name) || name.endsWith('.joinpath'))) {
      const a = mod.args(n)
      const last = a.positional[a.positional.length - 1]
      return last ? pathTail(mod, last.value, depth + 1) : undefined
    }
    if (name === 'open' || name === 'io.open' || name === 'builtins.open' || name?.endsWith('.open')) {
      const a = mod.args(n)
      const first = a.positional[0]?.value ?? a.keywords.get('file')?.value
      // `Path(p).open("rb")`: the path is the receiver.
      if (!first && n.firstChild?.name === 'MemberExpression') return pathTail(mod, n.firstChild.firstChild ?? undefined, depth + 1)
      return pathTail(mod, first, depth + 1)
    }
  }
  return undefined
}

export function endsWithAny(path: string | undefined, extensions: string[]): string | undefined {
  if (path === undefined) return undefined
  const lower = path.toLowerCase()
  return extensions.find(e => lower.endsWith(e))
}

/** Receivers of `.state_dict()` that hold training state rather than model weights. */
const NOT_WEIGHTS = ['optim', 'sched', 'scaler', 'sampler', 'loader', 'rng', 'generator', 'callback', 'accelerator', 'trainer_state']

const STATE_DICT_FUNCTIONS = new Set(['get_peft_model_state_dict', 'peft.get_peft_model_state_dict', 'peft.utils.get_peft_model_state_dict', 'peft.utils.save_and_load.get_peft_model_state_dict'])

/** `model.state_dict()`, `get_peft_model_state_dict(model)`, or a dict literal holding one: model weights. */
export function isStateDict(mod: PyModule, node: SyntaxNode | undefined, depth = 0): boolean {
  if (!node || depth > 4) return false
  const n = mod.resolve(node)
  if (!n) return false
  if (n.name === 'CallExpression') {
    const name = mod.calleeName(n)
    if (name === undefined) return false
    if (STATE_DICT_FUNCTIONS.has(name)) return true
    if (!name.endsWith('.state_dict')) return false
    // `optimizer.state_dict()`, `self.lr_scheduler.state_dict()`: training state, not model weights.
    const receiver = name.slice(0, -'.state_dict'.length)
    const last = receiver.slice(receiver.lastIndexOf('.') + 1).toLowerCase()
    return !NOT_WEIGHTS.some(w => last.includes(w))
  }
  if (n.name === 'DictionaryExpression') {
    for (let c = n.firstChild; c; c = c.nextSibling) if (isStateDict(mod, c, depth + 1)) return true
  }
  return false
}

/** PEFT config classes whose `bias` and `target_modules` the rules read. */
export const LORA_CONFIGS = new Set(['LoraConfig', 'AdaLoraConfig'])
export const BOFT_CONFIGS = new Set(['BOFTConfig'])

/** The last component of a callee when it names a PEFT config class of `classes` (bare, or under peft). */
export function configClass(mod: PyModule, call: SyntaxNode, classes: Set<string>): string | undefined {
  const name = mod.calleeName(call)
  if (!name) return undefined
  const last = name.slice(name.lastIndexOf('.') + 1)
  if (!classes.has(last)) return undefined
  // Bare `LoraConfig(...)` (star import or notebook) or anything under peft; not some other package's class of the same name.
  if (name !== last && !name.startsWith('peft.') && !name.startsWith('?.')) return undefined
  return last
}
