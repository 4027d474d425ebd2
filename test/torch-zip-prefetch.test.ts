// Over HTTP (Hub files, release assets), a small torch zip's local headers and member starts are
// one ranged request (ByteSource.prefetch; issue #13): a request per storage member cost a round
// trip each. The reading must be the same as without the hint, member for member. Served by a
// loopback server with Range support, from the real adapters of the shared corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import { readFileSync, readdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { ByteSource } from '../src/types.js'
import { HttpRangeSource } from '../src/remote/http-source.js'
import { PREFETCH_MAX_BYTES } from '../src/formats/source.js'
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

let server: Server
let base = ''
const files = new Map<string, Buffer>()

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = files.get(decodeURIComponent((req.url ?? '').slice(1)))
    if (!body) return void res.writeHead(404).end()
    const m = /^bytes=(\d+)-(\d+)?$/.exec(req.headers.range ?? '')
    if (!m) return void res.writeHead(200, { 'content-length': body.length }).end(body)
    const from = Number(m[1])
    const to = Math.min(body.length - 1, m[2] === undefined ? body.length - 1 : Number(m[2]))
    res.writeHead(206, { 'content-range': `bytes ${from}-${to}/${body.length}`, 'content-length': to - from + 1 }).end(body.subarray(from, to + 1))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise<void>(r => server.close(() => r())))

async function read(name: string, size: number, withPrefetch: boolean): Promise<{ reading: string; requests: number }> {
  const src = new HttpRangeSource({ url: base + encodeURIComponent(name), size, retryBaseMs: 5 })
  // The same source without the hint: every member asked for on its own, as before.
  const view: ByteSource = withPrefetch ? src : { size: src.size, read: (o, n) => src.read(o, n), get bytesRead() { return src.bytesRead } }
  const dir = await readZipDirectory(view, 65_536)
  const reading = await readTorchZip(view, dir, OPTS)
  return { reading: facts(reading), requests: src.requests }
}

describe('torch zip members over HTTP', () => {
  it.skipIf(!HAS_CORPUS)('real adapters of the shared corpus: the same facts, in a few ranged requests instead of one per member', async () => {
    let zips = 0
    for (const p of binsUnder(CORPUS)) {
      const body = readFileSync(p)
      if (body[0] !== 0x50 || body[1] !== 0x4b) continue // an LFS pointer, not a zip
      const name = `f${files.size}.bin`
      files.set(name, body)
      const plain = await read(name, body.length, false)
      const hinted = await read(name, body.length, true)
      expect(hinted.reading, p).toBe(plain.reading)
      expect(hinted.requests, p).toBeLessThanOrEqual(3)
      if (plain.requests > 3) zips++
    }
    expect(zips).toBeGreaterThan(0)
  })

  it('a span over PREFETCH_MAX_BYTES is not asked for at once', async () => {
    files.set('big.bin', Buffer.alloc(PREFETCH_MAX_BYTES + 4096, 7))
    const src = new HttpRangeSource({ url: `${base}big.bin`, size: PREFETCH_MAX_BYTES + 4096, retryBaseMs: 5 })
    await src.prefetch(0, PREFETCH_MAX_BYTES + 1)
    expect(src.requests).toBe(0)
    await src.prefetch(0, 100_000)
    expect(src.requests).toBe(1)
    await src.read(50_000, 20)
    expect(src.requests).toBe(1)
  })
})
