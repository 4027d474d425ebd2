import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  isInside
} from "./cli-MEKRLMLU.js";

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

// src/io/safe-write.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
var OutputRefused = class extends Error {
};
var EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
function shown(base, p) {
  const r = relative(base, p);
  return r === "" ? "." : r.split(sep).join("/");
}
async function makeDirNoFollow(base, dir, what) {
  const b = resolve(base);
  const d = resolve(dir);
  if (!isInside(b, d)) throw new OutputRefused(`${what}: ${d} is outside ${b}; refusing to write there.`);
  let cur = b;
  for (const part of relative(b, d).split(sep).filter(Boolean)) {
    cur = join(cur, part);
    const st = await lstat(cur).catch(() => void 0);
    if (!st) {
      await mkdir(cur).catch(async (e) => {
        if (e.code !== "EEXIST" || !(await lstat(cur)).isDirectory()) throw e;
      });
      continue;
    }
    if (st.isSymbolicLink()) throw new OutputRefused(`${what}: ${shown(b, cur)} is a symlink; refusing to write through it (it could lead anywhere).`);
    if (!st.isDirectory()) throw new OutputRefused(`${what}: ${shown(b, cur)} is not a directory.`);
  }
  const [realBase, realDir] = await Promise.all([realpath(b), realpath(d)]);
  if (!isInside(realBase, realDir)) throw new OutputRefused(`${what}: ${shown(b, d)} resolves outside ${b}; refusing to write there.`);
  return d;
}
async function createExclusiveTemp(dest) {
  const path = join(dirname(dest), `.${basename(dest)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const fh = await open(path, EXCLUSIVE, 420);
  return { path, fh };
}
async function checkDestination(dest, what, overwrite) {
  const st = await lstat(dest).catch(() => void 0);
  if (!st) return;
  if (st.isSymbolicLink()) throw new OutputRefused(`${what}: ${dest} is a symlink; refusing to write through it (remove it first).`);
  if (!st.isFile()) throw new OutputRefused(`${what}: ${dest} exists and is not a regular file.`);
  if (!overwrite) throw new OutputRefused(`${what}: ${dest} already exists.`);
}
async function writeContained(dest, data, opts) {
  const abs = resolve(dest);
  const base = opts.allowed.map((a) => resolve(a)).find((a) => isInside(a, abs) && a !== abs);
  if (!base) throw new OutputRefused(`${opts.what}: ${abs} is outside ${opts.allowed.map((a) => resolve(a)).join(" and ")}; refusing to write there.`);
  await makeDirNoFollow(base, dirname(abs), opts.what);
  await checkDestination(abs, opts.what, opts.overwrite ?? true);
  const tmp = await createExclusiveTemp(abs);
  try {
    await tmp.fh.writeFile(data);
    await tmp.fh.close();
    await rename(tmp.path, abs);
  } catch (e) {
    await tmp.fh.close().catch(() => void 0);
    await rm(tmp.path, { force: true });
    throw e;
  }
  return abs;
}

export {
  Progress,
  OutputRefused,
  createExclusiveTemp,
  writeContained
};
