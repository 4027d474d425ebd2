import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/report/progress.ts
var PROGRESS_DELAY_MS = 1e3;
var TTY_REDRAW_MS = 100;
var LOG_INTERVAL_MS = 5e3;
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
function formatBytes(n) {
  let v = n;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${UNITS[u]}`;
}
function progressLine(label, p) {
  const pct = p.bytesTotal > 0 ? Math.floor(100 * p.bytesDone / p.bytesTotal) : p.filesTotal > 0 ? Math.floor(100 * p.filesDone / p.filesTotal) : 100;
  const files = p.filesTotal > 0 ? `${p.filesDone}/${p.filesTotal} files, ` : "";
  return `adapter-guard: ${label} ${files}${formatBytes(p.bytesDone)}/${formatBytes(p.bytesTotal)} (${pct}%)`;
}
var Progress = class {
  constructor(label, opts) {
    this.label = label;
    this.opts = opts;
    this.now = opts.now ?? (() => performance.now());
    this.start = this.now();
  }
  label;
  opts;
  start;
  last = -Infinity;
  drawn = false;
  now;
  update(p) {
    const t = this.now();
    if (t - this.start < PROGRESS_DELAY_MS) return;
    const gap = this.opts.tty ? TTY_REDRAW_MS : LOG_INTERVAL_MS;
    const finished = p.filesDone >= p.filesTotal && p.bytesDone >= p.bytesTotal;
    if (t - this.last < gap && !(this.opts.tty && finished)) return;
    this.last = t;
    const line = progressLine(this.label, p);
    if (this.opts.tty) this.opts.write(`\r\x1B[K${line}`);
    else this.opts.write(`${line}
`);
    this.drawn = true;
  }
  /** Erases the redrawn line, so the report that follows starts on a clean one. */
  done() {
    if (this.drawn && this.opts.tty) this.opts.write("\r\x1B[K");
    this.drawn = false;
  }
};

export {
  Progress
};
