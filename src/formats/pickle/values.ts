// The objects the static pickle machine puts on its stack besides plain data. Nothing here is
// ever called: a "call" is only recorded (CPython Lib/pickle.py `_Unpickler` is the model).

/** A global the pickle imported (GLOBAL, STACK_GLOBAL, INST, EXT*); `resolved` false when it could not be named. */
export class GlobalRef {
  constructor(
    readonly module: string,
    readonly name: string,
    readonly resolved: boolean = true
  ) {}
  toString(): string {
    return `${this.module}.${this.name}`
  }
}

/** What a REDUCE/NEWOBJ/NEWOBJ_EX/OBJ/INST would have produced: the callee and its arguments, never run. */
export class CallResult {
  /** Set by BUILD (`__setstate__`). */
  state: unknown = undefined
  constructor(
    readonly callee: unknown,
    readonly args: unknown,
    readonly opcode: string,
    readonly offset: number
  ) {}
}

/** A persistent id the loader's `persistent_load` resolves (torch: storages) that this reader did not recognise. */
export class PersistentRef {
  constructor(readonly pid: unknown) {}
}

/** Stand-in for a value the machine could not know (missing memo key, popped past the bottom...). */
export class Unknown {
  constructor(readonly reason: string) {}
}

/** Pickle tuples and lists are both JS arrays; a tuple is a frozen one (immutable, as in Python). */
export function makeTuple(items: unknown[]): unknown[] {
  return Object.freeze(items) as unknown[]
}

export function isTuple(v: unknown): boolean {
  return Array.isArray(v) && Object.isFrozen(v)
}

/** Short plain-words type of a stack value, for messages. */
export function describeValue(v: unknown): string {
  if (v === null) return 'None'
  if (typeof v === 'string') return 'str'
  if (typeof v === 'number' || typeof v === 'bigint') return 'number'
  if (typeof v === 'boolean') return 'bool'
  if (v instanceof Uint8Array) return 'bytes'
  if (Array.isArray(v)) return isTuple(v) ? 'tuple' : 'list'
  if (v instanceof Map) return 'dict'
  if (v instanceof Set) return 'set'
  if (v instanceof GlobalRef) return `global ${v.toString()}`
  if (v instanceof CallResult) return 'call result'
  if (v instanceof Unknown) return `unknown value (${v.reason})`
  return 'object'
}
