// Baseline for "disk speed": copies a file with 8 MiB reads and writes, as convert's streaming does.
import { openSync, readSync, writeSync, closeSync, fstatSync } from 'node:fs'

const [from, to] = process.argv.slice(2)
const src = openSync(from, 'r')
const dst = openSync(to, 'w')
const buf = Buffer.alloc(8 * 1024 * 1024)
const size = fstatSync(src).size
for (let pos = 0; pos < size; ) {
  const n = readSync(src, buf, 0, buf.length, pos)
  if (n === 0) break
  writeSync(dst, buf, 0, n)
  pos += n
}
closeSync(src)
closeSync(dst)
