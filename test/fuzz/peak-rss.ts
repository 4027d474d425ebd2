// Runs a command as a child process and reads its peak RSS: `/usr/bin/time -v` when present, else a
// wrapper that prints process.resourceUsage().maxRSS at exit (Node only). No heap flags are passed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const GNU_TIME = '/usr/bin/time'
/** Reports bigger than this are not kept in memory by the parent. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024

export interface Measured {
  status: number | null
  stdout: string
  stderr: string
  /** Peak resident set size of the child, in bytes. */
  peakRss: number
  wallMs: number
}

const WRAPPER = "import{pathToFileURL}from'node:url';import{resolve}from'node:path';process.on('exit',()=>process.stderr.write(`\\nAG_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));await import(pathToFileURL(resolve(process.argv[1])).href)"

/** Runs `node script ...args` in `cwd` and measures it. */
export function measureNode(script: string, args: string[], cwd: string): Measured {
  const t0 = performance.now()
  const gnu = existsSync(GNU_TIME)
  const r = gnu
    ? spawnSync(GNU_TIME, ['-v', process.execPath, script, ...args], { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES })
    : spawnSync(process.execPath, ['--input-type=module', '-e', WRAPPER, '--', script, ...args], { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES })
  const wallMs = performance.now() - t0
  const kb = gnu ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] : /AG_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1]
  if (kb === undefined) throw new Error(`no peak RSS in the child's stderr: ${r.stderr.slice(-500)}`)
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakRss: Number(kb) * 1024, wallMs }
}
