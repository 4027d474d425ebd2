// Gzip (RFC 1952) inflated as a stream from a ByteSource, never more than a byte budget in memory:
// a small `.tar.gz` that unpacks to terabytes is stopped as soon as it passes the budget.
import { createGunzip } from 'node:zlib'
import type { ByteSource } from '../types.js'
import { ChunkedSource } from './source.js'

/** Compressed bytes read from the source per step. */
const READ_CHUNK_BYTES = 1024 * 1024

export interface GunzipResult {
  /** Everything inflated before the end, an error or the budget. */
  source: ByteSource
  bytes: number
  /** True when the output passed `maxBytes` and inflating stopped. */
  overLimit: boolean
  /** Set when the stream is corrupt or truncated (zlib's message). */
  error?: string
}

/** Inflates a gzip stream (several members are concatenated, as gzip(1) does) into at most `maxBytes`. */
export async function gunzipBounded(src: ByteSource, maxBytes: number): Promise<GunzipResult> {
  const gunzip = createGunzip()
  const chunks: Buffer[] = []
  let total = 0
  let overLimit = false
  let error: string | undefined
  const done = new Promise<void>(resolve => {
    gunzip.on('data', (chunk: Buffer) => {
      if (overLimit) return
      if (total + chunk.length > maxBytes) {
        overLimit = true
        chunks.push(chunk.subarray(0, maxBytes - total))
        total = maxBytes
        gunzip.destroy()
        resolve()
        return
      }
      chunks.push(chunk)
      total += chunk.length
    })
    gunzip.on('error', (e: Error) => {
      error = e.message
      resolve()
    })
    gunzip.on('end', () => resolve())
    gunzip.on('close', () => resolve())
  })
  for (let off = 0; off < src.size && !overLimit && error === undefined; off += READ_CHUNK_BYTES) {
    const chunk = await src.read(off, READ_CHUNK_BYTES)
    if (chunk.length === 0) break
    // Wait for zlib to drain before feeding more, so memory stays bounded by the output budget.
    if (!gunzip.write(chunk)) await new Promise<void>(r => gunzip.once('drain', r).once('close', r))
  }
  if (!overLimit && error === undefined) gunzip.end()
  await done
  // Chunks are served as one source without concatenating them: one copy of the output in memory.
  return { source: new ChunkedSource(chunks), bytes: total, overLimit, ...(error !== undefined ? { error } : {}) }
}
