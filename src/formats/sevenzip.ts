// 7z archives, read with 7-Zip itself compiled to WASM (the `7z-wasm` package: no native binary).
// Each command runs in a fresh instance (7-Zip throws C++ exceptions through callMain on some
// archives, which leaves an instance unusable) from one compiled module. Nothing is written to disk:
// the archive goes into the instance's in-memory file system, members come back as bytes.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import * as sevenZipPackage from '7z-wasm'
import type { SevenZipModuleFactory } from '7z-wasm'

// The package is UMD for Node's resolver and ESM for bundlers: its factory is the default export either way.
const SevenZip = ((sevenZipPackage as unknown as { default?: SevenZipModuleFactory }).default ?? sevenZipPackage) as unknown as SevenZipModuleFactory

/** The WebAssembly API (the DOM lib is not in this project's tsconfig). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>
  instantiate(module: object, imports: object): Promise<object>
}
const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

/** One member as `7z l -slt` lists it. */
export interface SevenZipEntry {
  name: string
  size: number
  encrypted: boolean
  directory: boolean
}

export type SevenZipListing = { ok: true; entries: SevenZipEntry[] } | { ok: false; encrypted: boolean; message: string }

let compiled: Promise<object> | undefined

/** The .wasm beside the bundle (dist/7zz.wasm, copied by scripts/build.mjs), else the installed package's. */
function wasmPath(): string {
  const here = new URL('./7zz.wasm', import.meta.url)
  if (here.protocol === 'file:' && existsSync(fileURLToPath(here))) return fileURLToPath(here)
  return createRequire(import.meta.url).resolve('7z-wasm/7zz.wasm')
}

function wasmModule(): Promise<object> {
  compiled ??= WA.compile(readFileSync(wasmPath()))
  return compiled
}

interface RunResult {
  code: number
  output: string
  files: Map<string, Uint8Array | undefined>
}

/** Runs one 7-Zip command on `archive` in a fresh instance; reads back `outputs` from its file system. */
async function run7z(archive: Uint8Array, args: string[], outputs: string[] = []): Promise<RunResult> {
  const mod = await wasmModule()
  const lines: string[] = []
  const z = await SevenZip({
    noExitRuntime: true,
    // The default quit sets process.exitCode: a failing 7z command must not change ours.
    quit: (_code: number, status: unknown) => {
      throw status
    },
    print: (s: string) => lines.push(s),
    printErr: (s: string) => lines.push(s),
    instantiateWasm: (imports: object, ok: (i: object) => void) => {
      void WA.instantiate(mod, imports).then(ok)
      return {}
    }
  } as never)
  z.FS.writeFile('/archive.7z', archive)
  let code: number
  try {
    code = (z.callMain(args) as unknown as number | undefined) ?? 0
  } catch (e) {
    code = typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : 2
    lines.push(`7-Zip stopped: ${e instanceof Error ? e.message : String(e)}`)
  }
  const files = new Map<string, Uint8Array | undefined>()
  for (const p of outputs) {
    try {
      files.set(p, z.FS.readFile(p) as Uint8Array)
    } catch {
      files.set(p, undefined)
    }
  }
  return { code, output: lines.join('\n'), files }
}

/** `7z l -slt`: the members with their sizes and encryption flags. A dummy password: 7-Zip never prompts. */
export async function list7z(archive: Uint8Array): Promise<SevenZipListing> {
  const r = await run7z(archive, ['l', '-slt', '-pX', '-t7z', '/archive.7z'])
  const sep = r.output.indexOf('\n----------')
  if (r.code !== 0 || sep < 0) {
    const encrypted = /encrypted|Wrong password/i.test(r.output) || headersEncrypted(archive)
    const why = r.output.split('\n').map(s => s.trim()).filter(s => /ERROR|Error|Cannot|Can not|Is not|Unexpected|Wrong/.test(s)).slice(0, 2).join('; ')
    return { ok: false, encrypted, message: why || `7-Zip could not list the archive (exit code ${r.code})` }
  }
  const entries: SevenZipEntry[] = []
  for (const block of r.output.slice(sep + 11).split(/\n\s*\n/)) {
    const fields = new Map<string, string>()
    for (const line of block.split('\n')) {
      const i = line.indexOf(' = ')
      if (i > 0) fields.set(line.slice(0, i).trim(), line.slice(i + 3))
    }
    const name = fields.get('Path')
    if (name === undefined) continue
    entries.push({
      name,
      size: Number(fields.get('Size') || 0),
      encrypted: fields.get('Encrypted') === '+',
      directory: fields.get('Folder') === '+' || (fields.get('Attributes') ?? '').startsWith('D')
    })
  }
  return { ok: true, entries }
}

/** 7-Zip's AES-256 + SHA-256 coder id (7zFormat.txt, "06F10701"). */
const AES_CODER = [0x06, 0xf1, 0x07, 0x01]

/**
 * Whether the archive's header is itself encrypted (`7z a -mhe=on`): the start header points at an
 * encoded header (kEncodedHeader, 0x17) whose coders include AES (7zFormat.txt). 7-Zip (WASM) stops
 * on such archives with an exception and no message, so this is read from the bytes, narrowly: any
 * other listing failure is a malformed archive, never "encrypted".
 */
export function headersEncrypted(archive: Uint8Array): boolean {
  if (archive.length < 32) return false
  const dv = new DataView(archive.buffer, archive.byteOffset, archive.byteLength)
  const offset = 32 + Number(dv.getBigUint64(12, true))
  const size = Number(dv.getBigUint64(20, true))
  if (offset >= archive.length || size <= 0 || offset + size > archive.length || size > 1 << 20) return false
  if (archive[offset] !== 0x17) return false
  const header = archive.subarray(offset, offset + size)
  for (let i = 0; i + AES_CODER.length <= header.length; i++) {
    if (AES_CODER.every((b, k) => header[i + k] === b)) return true
  }
  return false
}

/** Extracts the named members (full paths kept, `-spd`: names are literal, not wildcards). */
export async function extract7z(archive: Uint8Array, names: string[]): Promise<{ members: Map<string, Uint8Array | undefined>; output: string }> {
  const r = await run7z(archive, ['x', '/archive.7z', '-o/out', '-y', '-pX', '-t7z', '-spd', '--', ...names], names.map(n => `/out/${n}`))
  const members = new Map<string, Uint8Array | undefined>()
  for (const n of names) members.set(n, r.files.get(`/out/${n}`))
  return { members, output: r.output }
}
