// Progress of long work on stderr (never stdout, so `--format json|sarif` output stays clean). On a
// terminal one line is redrawn in place; in CI logs (no terminal) a plain line at most every few
// seconds. Nothing is shown for work that ends within the first second.

export interface ProgressState {
  filesDone: number
  filesTotal: number
  bytesDone: number
  bytesTotal: number
}

export interface ProgressOptions {
  /** stderr is a terminal: redraw in place. */
  tty: boolean
  write: (s: string) => void
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number
}

/** Nothing is shown before the work has run this long. */
export const PROGRESS_DELAY_MS = 1000
/** Terminal redraws at most this often. */
export const TTY_REDRAW_MS = 100
/** Without a terminal, one line at most this often (a CI log stays short). */
export const LOG_INTERVAL_MS = 5000

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']

export function formatBytes(n: number): string {
  let v = n
  let u = 0
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024
    u++
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${UNITS[u]}`
}

/** One progress line: `adapter-guard: scan 412/864 files, 1.2 GiB/3.4 GiB (35%)`. */
export function progressLine(label: string, p: ProgressState): string {
  const pct = p.bytesTotal > 0 ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : p.filesTotal > 0 ? Math.floor((100 * p.filesDone) / p.filesTotal) : 100
  const files = p.filesTotal > 0 ? `${p.filesDone}/${p.filesTotal} files, ` : ''
  return `adapter-guard: ${label} ${files}${formatBytes(p.bytesDone)}/${formatBytes(p.bytesTotal)} (${pct}%)`
}

export class Progress {
  private readonly start: number
  private last = -Infinity
  private drawn = false
  private readonly now: () => number
  constructor(
    private readonly label: string,
    private readonly opts: ProgressOptions
  ) {
    this.now = opts.now ?? (() => performance.now())
    this.start = this.now()
  }

  update(p: ProgressState): void {
    const t = this.now()
    if (t - this.start < PROGRESS_DELAY_MS) return
    const gap = this.opts.tty ? TTY_REDRAW_MS : LOG_INTERVAL_MS
    const finished = p.filesDone >= p.filesTotal && p.bytesDone >= p.bytesTotal
    // The last state is always drawn on a terminal (the line then reads 100%); in logs only on schedule.
    if (t - this.last < gap && !(this.opts.tty && finished)) return
    this.last = t
    const line = progressLine(this.label, p)
    if (this.opts.tty) this.opts.write(`\r\x1b[K${line}`)
    else this.opts.write(`${line}\n`)
    this.drawn = true
  }

  /** Erases the redrawn line, so the report that follows starts on a clean one. */
  done(): void {
    if (this.drawn && this.opts.tty) this.opts.write('\r\x1b[K')
    this.drawn = false
  }
}
