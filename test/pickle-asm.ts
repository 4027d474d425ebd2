// A tiny pickle assembler for tests: opcodes by name with their bytes written out by hand
// (from CPython's Lib/pickle.py constants, independent of src/formats/pickle/opcodes.ts).

export const OP = {
  MARK: 0x28, STOP: 0x2e, POP: 0x30, POP_MARK: 0x31, DUP: 0x32, FLOAT: 0x46, INT: 0x49, BININT: 0x4a,
  BININT1: 0x4b, LONG: 0x4c, BININT2: 0x4d, NONE: 0x4e, PERSID: 0x50, BINPERSID: 0x51, REDUCE: 0x52,
  STRING: 0x53, BINSTRING: 0x54, SHORT_BINSTRING: 0x55, UNICODE: 0x56, BINUNICODE: 0x58, APPEND: 0x61,
  BUILD: 0x62, GLOBAL: 0x63, DICT: 0x64, EMPTY_DICT: 0x7d, APPENDS: 0x65, GET: 0x67, BINGET: 0x68,
  INST: 0x69, LONG_BINGET: 0x6a, LIST: 0x6c, EMPTY_LIST: 0x5d, OBJ: 0x6f, PUT: 0x70, BINPUT: 0x71,
  LONG_BINPUT: 0x72, SETITEM: 0x73, TUPLE: 0x74, EMPTY_TUPLE: 0x29, SETITEMS: 0x75, BINFLOAT: 0x47,
  PROTO: 0x80, NEWOBJ: 0x81, EXT1: 0x82, EXT2: 0x83, EXT4: 0x84, TUPLE1: 0x85, TUPLE2: 0x86, TUPLE3: 0x87,
  NEWTRUE: 0x88, NEWFALSE: 0x89, LONG1: 0x8a, LONG4: 0x8b, BINBYTES: 0x42, SHORT_BINBYTES: 0x43,
  SHORT_BINUNICODE: 0x8c, BINUNICODE8: 0x8d, BINBYTES8: 0x8e, EMPTY_SET: 0x8f, ADDITEMS: 0x90,
  FROZENSET: 0x91, NEWOBJ_EX: 0x92, STACK_GLOBAL: 0x93, MEMOIZE: 0x94, FRAME: 0x95, BYTEARRAY8: 0x96,
  NEXT_BUFFER: 0x97, READONLY_BUFFER: 0x98
} as const

export type Part = number | string | Uint8Array | number[]

/** Concatenates parts: a number is one byte, a string is its latin-1 bytes (opcode text), arrays are bytes. */
export function pk(...parts: Part[]): Uint8Array {
  return pkAll(parts)
}

/** pk for a long list of parts (no argument spreading). */
export function pkAll(parts: Part[]): Uint8Array {
  const out: number[] = []
  for (const p of parts) {
    if (typeof p === 'number') out.push(p & 0xff)
    else if (typeof p === 'string') for (let i = 0; i < p.length; i++) out.push(p.charCodeAt(i) & 0xff)
    else for (const b of p) out.push(b)
  }
  return Uint8Array.from(out)
}

export function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff]
}
export function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]
}
export function u64(n: number): number[] {
  return [...u32(n % 0x100000000), ...u32(Math.floor(n / 0x100000000))]
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** SHORT_BINUNICODE s */
export function sbu(s: string): Uint8Array {
  const b = utf8(s)
  return pk(OP.SHORT_BINUNICODE, b.length, b)
}
/** BINUNICODE s */
export function bu(s: string): Uint8Array {
  const b = utf8(s)
  return pk(OP.BINUNICODE, u32(b.length), b)
}
/** GLOBAL module name */
export function glob(module: string, name: string): Uint8Array {
  return pk(OP.GLOBAL, `${module}\n${name}\n`)
}
/** BININT1 / BININT for small non-negative ints */
export function int(n: number): Uint8Array {
  return n < 256 && n >= 0 ? pk(OP.BININT1, n) : pk(OP.BININT, u32(n))
}
export function fromHex(h: string): Uint8Array {
  return Uint8Array.from(h.match(/../g)!.map(x => parseInt(x, 16)))
}

/** The classic payload: GLOBAL module name; arg; TUPLE1; REDUCE; STOP. */
export function reducePayload(module = 'os', name = 'system', arg = 'true', proto = 2): Uint8Array {
  return pk(OP.PROTO, proto, glob(module, name), bu(arg), OP.TUPLE1, OP.REDUCE, OP.STOP)
}

/**
 * A zip-format torch state dict (data.pkl only), as torch 1.13 writes it with protocol 2:
 * each entry is [name, storageKey, storageClass, storageNumel, offset, size, stride]. A string in
 * place of the entry aliases the tensor of that earlier name through the memo (tied weights).
 */
export type TensorSpec = [string, string, string, number, number, number[], number[]] | [string, { alias: string }]

export function torchStateDict(entries: TensorSpec[]): Uint8Array {
  const parts: Part[] = [OP.PROTO, 2, glob('collections', 'OrderedDict'), OP.BINPUT, 0, OP.EMPTY_TUPLE, OP.REDUCE, OP.BINPUT, 1, OP.MARK]
  let memo = 2
  const tensorMemo = new Map<string, number>()
  for (const e of entries) {
    parts.push(bu(e[0]))
    if (e.length === 2) {
      parts.push(OP.LONG_BINGET, u32(tensorMemo.get(e[1].alias)!))
      continue
    }
    const [name, key, cls, numel, offset, size, stride] = e
    const tup = (xs: number[]): Part[] => [OP.MARK, ...xs.map(int), OP.TUPLE]
    parts.push(
      glob('torch._utils', '_rebuild_tensor_v2'),
      OP.MARK,
      OP.MARK, bu('storage'), glob('torch', cls), bu(key), bu('cpu'), int(numel), OP.TUPLE,
      OP.BINPERSID,
      int(offset),
      ...tup(size),
      ...tup(stride),
      OP.NEWFALSE,
      glob('collections', 'OrderedDict'), OP.EMPTY_TUPLE, OP.REDUCE,
      OP.TUPLE, OP.REDUCE,
      OP.LONG_BINPUT, u32(memo)
    )
    tensorMemo.set(name, memo++)
  }
  parts.push(OP.SETITEMS, OP.STOP)
  return pkAll(parts)
}
