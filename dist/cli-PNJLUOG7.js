import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/checks/code/prefilter.ts
var PREFILTER_WORDS = [
  "torch",
  // torch.load, torch.save
  "add_adapter",
  // code-shared-tensor-save
  "safe",
  // safe_serialization=, use_safetensors=
  "_only",
  // bias="lora_only" / "boft_only"
  "pickle",
  "joblib",
  "lm_head",
  "embed"
  // embed_tokens, save_embedding_layers
];
function mentionsAny(text) {
  for (const w of PREFILTER_WORDS) if (text.includes(w)) return true;
  return false;
}

// src/checks/code/pins.ts
import { readdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
var MAX_PIN_FILE_BYTES = 1024 * 1024;
function parseVersion(v) {
  const parts = v.trim().replace(/^v/, "").split(".");
  const out = [];
  for (const p of parts) {
    const m = /^(\d+)/.exec(p);
    if (!m) break;
    out.push(Number(m[1]));
    if (m[1].length !== p.length) break;
  }
  return out.length > 0 ? out : void 0;
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function bumpLast(v) {
  return [...v.slice(0, -1), v[v.length - 1] + 1];
}
function upperBound(spec) {
  let best;
  const offer = (version, inclusive) => {
    if (!version) return;
    if (!best) best = { version, inclusive };
    else {
      const c = compareVersions(version, best.version);
      if (c < 0 || c === 0 && !inclusive) best = { version, inclusive };
    }
  };
  for (const raw of spec.split(/[,|]/)) {
    const clause = raw.trim();
    const m = /^(===|==|~=|<=|>=|!=|<|>|\^|~|=)?\s*([0-9][0-9A-Za-z.*+!-]*)/.exec(clause);
    if (!m) continue;
    const op = m[1] ?? "==";
    const text = m[2];
    const wildcard = text.endsWith(".*");
    const v = parseVersion(wildcard ? text.slice(0, -2) : text);
    if (!v) continue;
    if (op === "<") offer(v, false);
    else if (op === "<=") offer(v, true);
    else if ((op === "==" || op === "===") && !wildcard) offer(v, true);
    else if (op === "==" || op === "=") offer(bumpLast(v), false);
    else if (op === "~=") offer(v.length > 1 ? bumpLast(v.slice(0, -1)) : void 0, false);
    else if (op === "^") {
      const i = v.findIndex((x) => x !== 0);
      const idx = i < 0 ? v.length - 1 : i;
      offer([...v.slice(0, idx), v[idx] + 1], false);
    } else if (op === "~") offer(v.length > 1 ? bumpLast(v.slice(0, 2)) : bumpLast(v), false);
  }
  return best;
}
function newestBelow(pin, limit) {
  if (!pin.upper) return false;
  const c = compareVersions(pin.upper.version, limit);
  return pin.upper.inclusive ? c < 0 : c <= 0;
}
function newestAtLeast(pin, floor) {
  if (!pin.upper) return true;
  const c = compareVersions(pin.upper.version, floor);
  return pin.upper.inclusive ? c >= 0 : c > 0;
}
function requirementFor(line, names) {
  const m = /^\s*(?:-\s+)?["']?([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(line);
  if (!m) return void 0;
  const name = m[1].toLowerCase().replace(/_/g, "-");
  if (!names.includes(name)) return void 0;
  let rest = m[3];
  const stop = rest.search(/[;#"']/);
  if (stop >= 0) rest = rest.slice(0, stop);
  rest = rest.trim();
  if (rest.startsWith("@")) return "";
  return rest;
}
function poetryFor(line, names) {
  const m = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=\s*(.*)$/.exec(line);
  if (!m || !names.includes(m[1].toLowerCase().replace(/_/g, "-"))) return void 0;
  const v = /^["']([^"']*)["']/.exec(m[2]) ?? /version\s*=\s*["']([^"']*)["']/.exec(m[2]);
  return v ? v[1] : "";
}
function pinIn(f, names) {
  const lines = f.text.split(/\r?\n/);
  let inDependencies = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (f.kind === "environment" && /^[^\s#-]/.test(line)) inDependencies = /^dependencies\s*:/.test(line);
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    let spec;
    if (f.kind === "requirements") {
      if (trimmed.startsWith("-")) continue;
      spec = requirementFor(trimmed, names);
    } else if (f.kind === "pyproject") {
      spec = poetryFor(trimmed, names);
      if (spec === void 0 && !/^[A-Za-z0-9_.-]+\s*=\s*[^[\s]/.test(trimmed)) {
        for (const q of trimmed.matchAll(/["']([^"']+)["']/g)) {
          spec = requirementFor(q[1], names);
          if (spec !== void 0) break;
        }
      }
    } else if (f.kind === "setup.cfg") {
      spec = requirementFor(trimmed.replace(/^install_requires\s*=\s*/, ""), names);
    } else {
      if (!inDependencies || !trimmed.startsWith("-")) continue;
      const item = trimmed.replace(/^-\s*/, "").replace(/^["']|["']$/g, "");
      const conda = /^([A-Za-z0-9._-]+)\s*(=[^=].*|==.*|[<>~!].*)?$/.exec(item);
      if (conda && names.includes(conda[1].toLowerCase().replace(/^.*::/, ""))) {
        spec = (conda[2] ?? "").replace(/^=([^=][^=]*)=.*$/, "=$1");
      }
    }
    if (spec === void 0) continue;
    return { spec: trimmed.replace(/^-\s*/, "").replace(/\s+#.*$/, ""), file: f.rel, line: i + 1, upper: spec === "" ? void 0 : upperBound(spec) };
  }
  return void 0;
}
var ProjectPins = class {
  constructor(root) {
    this.root = root;
  }
  root;
  files = /* @__PURE__ */ new Map();
  async filesIn(dir) {
    let p = this.files.get(dir);
    if (!p) {
      p = this.readDir(dir);
      this.files.set(dir, p);
    }
    return p;
  }
  async readDir(dir) {
    let names;
    try {
      names = await readdir(join(this.root, dir));
    } catch {
      return [];
    }
    const out = [];
    for (const name of names.sort()) {
      const lower = name.toLowerCase();
      const kind = lower.startsWith("requirements") && lower.endsWith(".txt") ? "requirements" : lower === "pyproject.toml" ? "pyproject" : lower === "setup.cfg" ? "setup.cfg" : lower === "environment.yml" || lower === "environment.yaml" ? "environment" : void 0;
      if (!kind) continue;
      try {
        const buf = await readFile(join(this.root, dir, name));
        if (buf.length > MAX_PIN_FILE_BYTES) continue;
        out.push({ rel: dir === "." ? name : `${dir}/${name}`, text: buf.toString("utf8"), kind });
      } catch {
      }
    }
    return out;
  }
  /** The pin of `pkg` that applies to a file in `dir` (relative to the root), or undefined when nothing names it. */
  async pinFor(dir, pkg) {
    const names = pkg === "torch" ? ["torch", "pytorch"] : ["peft"];
    for (let d = dir; ; d = posix.dirname(d)) {
      for (const f of await this.filesIn(d)) {
        const pin = pinIn(f, names);
        if (pin) return pin;
      }
      if (d === "." || d === "" || d === "/") return void 0;
    }
  }
};

export {
  newestBelow,
  newestAtLeast,
  ProjectPins,
  PREFILTER_WORDS,
  mentionsAny
};
