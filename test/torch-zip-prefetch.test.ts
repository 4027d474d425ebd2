// A small torch zip's members are read in one span (issue #13: a read per storage member made a
// 51-member adapter 34 reads; the floor reads two windows). The reading must be the same as without
// the span, member for member, and a span too large is not fetched at once.
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ByteSource } from '../src/types.js'
import { FileSource, PREFETCH_MAX_BYTES } from '../src/formats/source.js'
import { readZipDirectory } from '../src/formats/zip.js'
import { readTorchZip } from '../src/formats/torch-zip.js'
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js'

const OPTS = { maxPickleBytes: 32 << 20, maxMemberBytes: 32 << 20, reserveUnpacked: () => true }
const facts = (r: unknown) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : v))

function* binsUnder(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) yield* binsUnder(p)
    else if (e.isFile() && e.name.endsWith('.bin')) yield p
  }
}

async function read(path: string, withPrefetch: boolean): Promise<{ reading: string; reads: number }> {
  const src = await FileSource.open(path)
  try {
    // The same source without the hint: every member read on its own, as before.
    const view: ByteSource = withPrefetch ? src : { size: src.size, read: (o, n) => src.read(o, n), get bytesRead() { return src.bytesRead } }
    const dir = await readZipDirectory(view, 65_536)
    const reading = await readTorchZip(view, dir, OPTS)
    return { reading: facts(reading), reads: src.fetched.reads }
  } finally {
    await src.close()
  }
}

describe('torch zip member span', () => {
  it.skipIf(!HAS_CORPUS)('real adapters of the shared corpus: the same facts, in three reads at most (head, tail, span)', async () => {
    let zips = 0
    for (const p of binsUnder(CORPUS)) {
      const plain = await read(p, false).catch(() => undefined)
      if (!plain) continue // not a zip (an LFS pointer)
      const spanned = await read(p, true)
      expect(spanned.reading, p).toBe(plain.reading)
      if (plain.reads > 3) {
        zips++
        expect(spanned.reads, p).toBeLessThanOrEqual(3)
      }
    }
    expect(zips).toBeGreaterThan(0)
  })

  it('a span over PREFETCH_MAX_BYTES is not fetched at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-prefetch-'))
    const path = join(dir, 'big.bin')
    writeFileSync(path, Buffer.alloc(PREFETCH_MAX_BYTES + 4096, 7))
    const src = await FileSource.open(path)
    try {
      await src.prefetch(0, PREFETCH_MAX_BYTES + 1)
      expect(src.fetched.reads).toBe(0)
      await src.prefetch(0, 100)
      expect(src.fetched.reads).toBe(1)
      await src.read(10, 20)
      expect(src.fetched.reads).toBe(1)
      expect(src.bytesRead).toBe(20)
    } finally {
      await src.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
