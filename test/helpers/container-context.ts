// A hand-built FileContext for container-handler tests: scanMember records every member and, when
// asked, sniffs it and dispatches to the container handlers like the engine does (depth + 1).
import { readFileSync } from 'node:fs'
import type { ByteSource, FileFormat, Finding } from '../../src/types.js'
import { DEFAULT_LIMITS, type FileContext, type HandlerResult, type ScanLimits } from '../../src/engine/context.js'
import { CONTAINER_HANDLERS } from '../../src/engine/container-handlers.js'
import { SNIFF_BYTES, sniff } from '../../src/discover/sniff.js'
import { MemorySource } from '../../src/formats/source.js'

export interface MemberCall {
  path: string
  size: number
  depth: number
  /** What the dispatched handler answered (only with `dispatch`). */
  result?: HandlerResult
  sniffed?: FileFormat
}

export interface Harness {
  members: MemberCall[]
  /** Total bytes reserved through reserveUnpacked. */
  unpacked: () => number
  /** Every finding: the top-level result's and each dispatched member's. */
  allFindings: (top: HandlerResult) => Finding[]
  run: (src: ByteSource, path: string) => Promise<HandlerResult>
}

export function harness(opts: { dispatch?: boolean; limits?: Partial<ScanLimits> } = {}): Harness {
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...opts.limits }
  const members: MemberCall[] = []
  let unpacked = 0
  const analyse = async (path: string, src: ByteSource, depth: number): Promise<HandlerResult> => {
    const ctx: FileContext = {
      path,
      name: path.slice(path.lastIndexOf('/') + 1),
      deep: false,
      depth,
      limits,
      scanMember: async (memberPath, memberSrc) => {
        const call: MemberCall = { path: memberPath, size: memberSrc.size, depth: depth + 1 }
        members.push(call)
        if (!opts.dispatch) return
        const head = await memberSrc.read(0, SNIFF_BYTES)
        call.sniffed = sniff(head, memberPath.slice(memberPath.lastIndexOf('/') + 1), memberSrc.size)
        if (CONTAINER_HANDLERS[call.sniffed]) call.result = await analyse(memberPath, memberSrc, depth + 1)
      },
      reserveUnpacked: bytes => {
        unpacked += bytes
        return unpacked <= limits.maxUnpackedBytes
      }
    }
    const head = await src.read(0, SNIFF_BYTES)
    const format = sniff(head, ctx.name, src.size)
    const handler = CONTAINER_HANDLERS[format]
    if (!handler) return { format, findings: [] }
    return handler(src, head, ctx)
  }
  return {
    members,
    unpacked: () => unpacked,
    allFindings: top => [...top.findings, ...members.flatMap(m => m.result?.findings ?? [])],
    run: (src, path) => analyse(path, src, 0)
  }
}

export function fixture(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${rel}`, import.meta.url)))
}

export function source(bytes: Uint8Array): MemorySource {
  return new MemorySource(bytes)
}

export function rules(findings: Finding[]): string[] {
  return [...new Set(findings.map(f => f.ruleId))].sort()
}
