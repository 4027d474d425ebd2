import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  Progress,
  createExclusiveTemp
} from "./cli-SVXTN4IG.js";
import {
  escapeTerminal
} from "./cli-57UHG5ZU.js";
import {
  COPY_CHUNK_BYTES,
  FileSource,
  dtypeInfo,
  materialize,
  numel,
  readSafetensors,
  scan,
  sharedGroups
} from "./cli-MEKRLMLU.js";
import "./cli-25SYHE7W.js";
import "./cli-PNJLUOG7.js";
import "./cli-V52KP4TN.js";
import "./cli-XKIFUZST.js";

// src/commands/convert.ts
import { parseArgs } from "node:util";
import { resolve as resolve2 } from "node:path";

// src/convert/convert.ts
import { lstat, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
var REFUSE_RULES = /* @__PURE__ */ new Set(["pickle-code-execution", "pickle-unknown-global", "pickle-malformed", "zip-anomaly", "resource-limit", "file-unreadable"]);
function defaultOutput(input) {
  const dir = dirname(input);
  const base = basename(input);
  if (base === "pytorch_model.bin") return join(dir, "model.safetensors");
  const dot = base.lastIndexOf(".");
  return join(dir, `${dot > 0 ? base.slice(0, dot) : base}.safetensors`);
}
var STATE_DICT_PREFIX = "state_dict.";
function unwrapStateDict(tensors) {
  if (tensors.length === 0 || !tensors.every((t) => t.name.startsWith(STATE_DICT_PREFIX))) return tensors;
  return tensors.map((t) => ({ ...t, name: t.name.slice(STATE_DICT_PREFIX.length) }));
}
function planDedupe(tensors, dedupe) {
  const groups = sharedGroups(tensors);
  if (groups.length > 0 && !dedupe) {
    const list = groups.map((g) => `{${g.map((t) => t.name).join(", ")}}`).join("; ");
    return `Some tensors share memory, which safetensors refuses to save: ${list}. Re-run with --dedupe to keep one complete member per group (like safetensors' save_model) and record the dropped names in __metadata__.`;
  }
  const dropped = {};
  for (const g of groups) {
    const complete = g.filter((t) => t.storage && t.storage.offset === 0 && numel(t.shape) === t.storage.numel).map((t) => t.name);
    complete.sort();
    if (complete.length === 0) {
      return `Tensors {${g.map((t) => t.name).join(", ")}} share storage but none covers the entire storage, so there is no name to keep (safetensors refuses this too: "None is covering the entire storage"). Clone the views before saving.`;
    }
    for (const t of g) if (t.name !== complete[0]) dropped[t.name] = complete[0];
  }
  return { kept: tensors.filter((t) => !(t.name in dropped)), dropped };
}
function writerOrder(tensors) {
  return [...tensors].sort((a, b) => {
    const d = (dtypeInfo(b.dtype)?.order ?? 0) - (dtypeInfo(a.dtype)?.order ?? 0);
    return d !== 0 ? d : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
function buildHeader(tensors, metadata) {
  const sortedMeta = Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  const header = { __metadata__: sortedMeta };
  let offset = 0;
  const sizes = [];
  for (const t of tensors) {
    const size = numel(t.shape) * (dtypeInfo(t.dtype)?.bits ?? 8) / 8;
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + size] };
    sizes.push(size);
    offset += size;
  }
  let json = JSON.stringify(header);
  json += " ".repeat((8 - Buffer.byteLength(json) % 8) % 8);
  const body = Buffer.from(json, "utf8");
  const out = new Uint8Array(8 + body.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(body.length), true);
  out.set(body, 8);
  return { bytes: out, sizes };
}
function storagesOf(a) {
  const facts = a.facts;
  return facts?.storages;
}
async function convertCheckpoint(input, opts = {}) {
  const abs = resolve(input);
  const refuse = (message, findings = []) => ({ ok: false, input, message, findings });
  const { analyses, report } = await scan({ root: dirname(abs), targets: [basename(abs)] });
  const a = analyses.find((x) => x.path === basename(abs));
  if (!a) return refuse(`${input}: cannot read the file`, report.findings);
  const bad = report.findings.filter((f) => (f.path === a.path || f.path.startsWith(`${a.path}!/`)) && REFUSE_RULES.has(f.ruleId));
  if (bad.length > 0) {
    return refuse(`${input}: refusing to convert a file the scan does not trust (${[...new Set(bad.map((f) => f.ruleId))].join(", ")}).`, bad);
  }
  if (a.format !== "pytorch-zip" && a.format !== "pytorch-legacy") {
    return refuse(`${input}: not a PyTorch checkpoint (found ${a.format}); convert reads torch.save zip and legacy files.`);
  }
  const tensors = unwrapStateDict(a.tensors ?? []);
  const storages = storagesOf(a);
  if (!storages) return refuse(`${input}: the storages of this checkpoint could not be located.`);
  if (tensors.length === 0) return refuse(`${input}: the checkpoint holds no tensors; there is nothing to convert.`);
  for (const t of tensors) {
    const st = t.storage && storages[t.storage.key];
    if (!st) return refuse(`${input}: tensor ${t.name} has no storage in the file.`);
    if (st.method !== void 0 && st.method !== 0) return refuse(`${input}: storage ${t.storage.key} is compressed (method ${st.method}); torch.save never writes that.`);
    if (!dtypeInfo(t.dtype)) return refuse(`${input}: tensor ${t.name} has dtype ${t.dtype}, which safetensors cannot store.`);
  }
  const plan = planDedupe(tensors, opts.dedupe ?? false);
  if (typeof plan === "string") return refuse(`${input}: ${plan}`);
  const out = resolve(opts.out ?? defaultOutput(abs));
  const existing = await lstat(out).catch(() => void 0);
  if (existing?.isSymbolicLink()) return refuse(`${out} is a symlink; refusing to write through it (remove it first).`);
  if (existing && !existing.isFile()) return refuse(`${out} exists and is not a regular file.`);
  if (!opts.force && existing) return refuse(`${out} already exists; pass --force to overwrite it.`);
  const ordered = writerOrder(plan.kept);
  const metadata = { format: "pt", ...plan.dropped };
  const { bytes: header } = buildHeader(ordered, metadata);
  const src = await FileSource.open(abs);
  let written = 0;
  let tmp = "";
  const dataBytes = ordered.reduce((n, t) => n + t.shape.reduce((a2, b) => a2 * b, 1) * (t.storage?.itemsize ?? 0), 0);
  let moved = 0;
  const step = (n) => {
    moved += n;
    opts.onProgress?.(moved, 2 * dataBytes);
  };
  try {
    const created = await createExclusiveTemp(out);
    tmp = created.path;
    const fh = created.fh;
    try {
      await fh.write(header);
      written += header.length;
      for (const t of ordered) {
        written += await materialize(src, storages[t.storage.key], t, async (chunk) => {
          await fh.write(chunk);
          step(chunk.length);
        });
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    const verdict = await verify(tmp, src, ordered, storages, metadata, step);
    if (verdict) {
      await rm(tmp, { force: true });
      return { ok: false, input, message: `${input}: verification of the written file failed: ${verdict}`, findings: [] };
    }
    await rename(tmp, out);
  } catch (e) {
    if (tmp) await rm(tmp, { force: true });
    return { ok: false, input, message: `${input}: ${e.message}`, findings: [] };
  } finally {
    await src.close();
  }
  return { ok: true, input, out, message: `wrote ${out}`, findings: [], tensors: ordered.length, bytes: written, dropped: plan.dropped };
}
async function verify(file, src, ordered, storages, metadata, step) {
  const outSrc = await FileSource.open(file);
  try {
    const read = await readSafetensors(outSrc);
    if (!read.ok) return `${read.error.code}: ${read.error.message}`;
    const h = read.header;
    const sorted = (m) => JSON.stringify(Object.entries(m ?? {}).sort());
    if (sorted(h.metadata) !== sorted(metadata)) return "metadata differs";
    const byName = new Map(h.tensors.map((t) => [t.name, t]));
    const mine = new Uint8Array(COPY_CHUNK_BYTES);
    if (byName.size !== ordered.length) return `expected ${ordered.length} tensors, found ${byName.size}`;
    for (const t of ordered) {
      const w = byName.get(t.name);
      if (!w || w.dtype !== t.dtype || JSON.stringify(w.shape) !== JSON.stringify(t.shape)) return `tensor ${t.name} differs in name, dtype or shape`;
      let pos = h.dataStart + w.dataOffsets[0];
      let mismatch = false;
      await materialize(src, storages[t.storage.key], t, async (chunk) => {
        if (mismatch) return;
        const got = await outSrc.readInto(mine.subarray(0, chunk.length), pos);
        pos += chunk.length;
        if (!Buffer.from(got).equals(Buffer.from(chunk))) mismatch = true;
        step(chunk.length);
      });
      if (mismatch) return `bytes of tensor ${t.name} differ from the source`;
    }
    return void 0;
  } finally {
    await outSrc.close();
  }
}

// src/commands/convert.ts
var CONVERT_USAGE = `Usage:
  adapter-guard convert PATH [--out FILE] [--dedupe] [--force]

Converts a PyTorch checkpoint (torch.save zip or legacy format) to safetensors without executing it.
Refuses files with pickle-code-execution or pickle-unknown-global findings. The output is verified
byte for byte against the source before it is renamed into place.

  --out FILE   output path (default: beside PATH, adapter_model.bin -> adapter_model.safetensors)
  --dedupe     tensors sharing storage: keep one complete member per group (like safetensors'
               save_model) and record dropped -> kept in __metadata__, instead of refusing
  --force      overwrite an existing output file

Exit status: 0 converted, 1 refused or failed, 2 usage error.
`;
async function convertCommand(args, io) {
  let values;
  let positionals;
  try {
    ;
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: "string", short: "o" }, dedupe: { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } }
    }));
  } catch (e) {
    io.stderr(`adapter-guard convert: ${e.message}

${CONVERT_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`adapter-guard convert: give exactly one PATH

${CONVERT_USAGE}`);
    return 2;
  }
  const progress = new Progress("convert", { tty: io.stderrIsTTY === true, write: io.stderr });
  const r = await convertCheckpoint(resolve2(io.cwd, positionals[0]), {
    out: values.out === void 0 ? void 0 : resolve2(io.cwd, values.out),
    dedupe: values.dedupe ?? false,
    force: values.force ?? false,
    onProgress: (done, total) => progress.update({ filesDone: 0, filesTotal: 0, bytesDone: done, bytesTotal: total })
  });
  progress.done();
  if (!r.ok) {
    io.stderr(`adapter-guard convert: ${escapeTerminal(r.message)}
`);
    for (const f of r.findings) io.stderr(`  ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message)}
`);
    return 1;
  }
  const dropped = Object.entries(r.dropped ?? {});
  io.stdout(`${escapeTerminal(r.out ?? "")}: ${r.tensors} tensors, ${r.bytes} bytes, verified against the source
`);
  for (const [d, k] of dropped) io.stdout(`  dropped ${escapeTerminal(d)} (shares storage with ${escapeTerminal(k)})
`);
  return 0;
}
export {
  CONVERT_USAGE,
  convertCommand
};
