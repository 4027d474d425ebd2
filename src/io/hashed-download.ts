// A response body streamed to a file that did not exist ('wx': never overwrite, never follow a planted
// link), counted against a byte limit and hashed with SHA-256 on the way (release assets, Hub files).
import { createHash } from 'node:crypto'
import { open, rm } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

/** Signed storage URLs expire after about 5 minutes; a download may take longer, but not forever. */
export const DOWNLOAD_TIMEOUT_MS = 30 * 60 * 1000

/**
 * Writes `body` to `dest`; past `maxBytes` the stream fails with "`what` is over the limit". A partial
 * file is removed on any failure, so nothing half-written is ever scanned.
 */
export async function streamHashed(body: ReadableStream<Uint8Array>, dest: string, maxBytes: number, what: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      if (bytes > maxBytes) return done(new Error(`${what} is over the ${maxBytes}-byte limit`))
      hash.update(chunk)
      done(null, chunk)
    }
  })
  const file = await open(dest, 'wx').catch(async (e: unknown) => {
    await body.cancel().catch(() => undefined)
    throw e
  })
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), meter, file.createWriteStream())
  } catch (e) {
    await file.close().catch(() => undefined)
    await rm(dest, { force: true })
    throw e
  }
  return { bytes, sha256: hash.digest('hex') }
}
