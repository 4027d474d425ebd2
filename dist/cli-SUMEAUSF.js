import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  OutputRefused,
  Progress,
  writeContained
} from "./cli-SVXTN4IG.js";
import {
  renderReport,
  renderText
} from "./cli-3F6473VO.js";
import {
  escapeTerminal
} from "./cli-57UHG5ZU.js";
import {
  INPUT_DEFAULTS
} from "./cli-H57AJEFD.js";
import {
  DEFAULT_EXCLUDE,
  FileSource,
  HTTP_NO_RANGE_LIMIT,
  HttpRangeSource,
  LOCAL_COPIES,
  MAX_HUB_FILES,
  RemoteError,
  VERSION,
  downloadHubFile,
  hubEndpoint,
  hubFileSource,
  hubPath,
  hubToken,
  isHubSpec,
  isInside,
  minimatch,
  parseHubSpec,
  parseShard,
  realRootSync,
  resolveHubRepo,
  resolvesInside,
  scan,
  worthOpening
} from "./cli-MEKRLMLU.js";
import "./cli-25SYHE7W.js";
import "./cli-PNJLUOG7.js";
import {
  RULES,
  finding
} from "./cli-V52KP4TN.js";
import "./cli-XKIFUZST.js";

// src/cli.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/commands.ts
function lazy(load) {
  return async (args, io) => (await load())(args, io);
}
var COMMANDS = {
  convert: lazy(async () => (await import("./cli-QHXRWGFI.js")).convertCommand),
  merge: lazy(async () => (await import("./cli-3XD37HMT.js")).mergeCommand)
};

// src/remote/targets.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function rangeIgnoredFindings(path, src) {
  if (!(src instanceof HttpRangeSource) || !src.rangeIgnored) return [];
  return [
    finding("remote-range-ignored", {
      path,
      message: `The server ignored Range requests and answered with the whole file: ${src.bytesRead} bytes were read from its start (at most ${HTTP_NO_RANGE_LIMIT} per file) and the rest was not downloaded.`
    })
  ];
}
async function planRemoteScan(specs, opts) {
  const plan = await planHubScan(specs, opts);
  if (!opts.deep) return plan;
  const dir = await mkdtemp(join(opts.tempDir ?? tmpdir(), "adapter-guard-hub-"));
  const registered = [];
  plan.cleanup = async () => {
    for (const r of registered) LOCAL_COPIES.delete(r);
    await rm(dir, { recursive: true, force: true });
  };
  const byRel = /* @__PURE__ */ new Map();
  for (const r of plan.repos) for (const f of r.files) byRel.set(hubPath(r, f.path), { repo: r, file: f });
  let n = 0;
  plan.sources = plan.sources.map((c) => {
    const hit = byRel.get(c.rel);
    if (!hit) return c;
    const dest = join(dir, String(n++), hit.file.path.slice(hit.file.path.lastIndexOf("/") + 1));
    let got;
    return {
      rel: c.rel,
      open: async () => {
        got ??= downloadHubFile(hit.repo, hit.file, dest, opts).then(() => {
          LOCAL_COPIES.set(c.rel, dest);
          registered.push(c.rel);
        });
        await got;
        return FileSource.open(dest);
      }
    };
  });
  return plan;
}
async function planHubScan(specs, opts) {
  const plan = { sources: [], findings: [], repos: [], cleanup: async () => void 0 };
  const seen = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const t = parseHubSpec(spec);
    if (!t) {
      plan.findings.push(finding("remote-unreadable", { path: spec, message: `"${spec}" is not a Hub target: write hf://OWNER/REPO[@REVISION][/PATH] (a revision holding "/" percent-encoded, e.g. @refs%2Fpr%2F1).` }));
      continue;
    }
    let r;
    try {
      r = await resolveHubRepo(t, opts);
    } catch (e) {
      const message = e instanceof RemoteError ? e.message : `hf://${t.owner}/${t.repo} could not be read from the Hub: ${e.message}`;
      plan.findings.push(finding("remote-unreadable", { path: spec, message }));
      continue;
    }
    plan.repos.push(r);
    if (r.truncated) {
      plan.findings.push(finding("resource-limit", { path: hubPath(r, ""), message: `The repo lists more than ${MAX_HUB_FILES} files; only the first ${MAX_HUB_FILES} were considered.` }));
    }
    for (const f of r.files) {
      const explicit = t.path === f.path;
      if (!explicit && !worthOpening(f.path)) continue;
      if ((opts.exclude ?? []).some((g) => minimatch(f.path, g, { dot: true }))) continue;
      const rel = hubPath(r, f.path);
      if (seen.has(rel)) continue;
      seen.add(rel);
      let src;
      plan.sources.push({
        rel,
        open: async () => src ??= hubFileSource(r, f, opts),
        after: (src2) => rangeIgnoredFindings(rel, src2)
      });
    }
  }
  return plan;
}

// src/cli.ts
var DEFAULT_CONFIG_FILE = INPUT_DEFAULTS["config-file"];
var FORMATS = ["text", "json", "sarif", "markdown"];
var FAIL_ON = ["critical", "error", "warning", "note", "never"];
var USAGE = `adapter-guard ${VERSION}: scan adapter checkpoints before they are merged or released

Usage:
  adapter-guard scan [PATH...] [options]
  adapter-guard convert PATH [--out FILE] [--dedupe] [--force]
  adapter-guard merge REPORT.json... [--format F] [--output FILE] [--fail-on S]
  adapter-guard --help | --version

Scan options:
  --format text|json|sarif|markdown   report format (default: text)
  --output FILE                       write the report to FILE instead of stdout
  --fail-on critical|error|warning|note|never
                                      exit 1 when a finding reaches this severity (default: error)
  --deep                              also read tensor data (NaN/Inf, untrained adapters)
  --exclude GLOB                      skip files matching GLOB (repeatable; default .git/** node_modules/**)
  --config FILE                       settings and suppressions (default: .adapter-guard.yml if present)
  --no-config                         ignore .adapter-guard.yml
  --suppress RULE:GLOB                suppress RULE (or *) for paths matching GLOB, anchored at the
                                      scan root (repeatable); the only way to suppress a critical
                                      finding: a config file in the scanned tree cannot
  --no-code                           do not lint Python files and notebooks (the code-* rules)
  --sarif-category NAME               code scanning category for --format sarif (automationDetails.id;
                                      default adapter-guard/<workflow>/<job> in GitHub Actions, else adapter-guard)
  --base PATH|hf://OWNER/REPO[@REV]   check adapters against this base model (adapter-base-mismatch)
  --remote-base                       without --base, read a Hub base_model_name_or_path from the Hub
  --shard I/N                         scan only part I of N (balanced by bytes, directories whole);
                                      join the JSON reports with \`adapter-guard merge\`
  --workers N|auto                    threads for the per-file work (default 0: none; auto: half the
                                      cores, up to 4, from 4 cores and 1,500 files); same report

PATH may be hf://OWNER/REPO[@REVISION][/PATH]: a Hugging Face Hub repo, read by range (headers only;
token from HF_TOKEN, sent only to the Hub; HF_ENDPOINT points at another Hub or mirror).

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or internal error.
Rules: https://github.com/adapter-guard/adapter-guard/blob/main/docs/rules.md
`;
async function main(argv, io) {
  const [cmd, ...rest] = argv;
  if (cmd === void 0 || cmd === "--help" || cmd === "-h" || cmd === "help") {
    io.stdout(USAGE);
    return cmd === void 0 ? 2 : 0;
  }
  if (cmd === "--version" || cmd === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const extra = COMMANDS[cmd];
  if (extra) return extra(rest, io);
  if (cmd !== "scan") {
    io.stderr(`adapter-guard: unknown command "${cmd}"

${USAGE}`);
    return 2;
  }
  let values;
  let positionals;
  try {
    ;
    ({ values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        deep: { type: "boolean" },
        exclude: { type: "string", multiple: true },
        config: { type: "string" },
        "no-config": { type: "boolean" },
        suppress: { type: "string", multiple: true },
        "no-code": { type: "boolean" },
        base: { type: "string" },
        "remote-base": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        "sarif-category": { type: "string" },
        shard: { type: "string" },
        workers: { type: "string" }
      }
    }));
  } catch (e) {
    io.stderr(`adapter-guard: ${e.message}

${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    io.stderr(`adapter-guard: --format must be one of ${FORMATS.join(", ")}, not "${format}"
`);
    return 2;
  }
  let file = { values: {}, suppressions: [] };
  let configApplied;
  if (!values["no-config"]) {
    const shown = values.config ?? DEFAULT_CONFIG_FILE;
    const abs = resolve(io.cwd, shown);
    if (values.config !== void 0 && !existsSync(abs)) {
      io.stderr(`adapter-guard: config file ${escapeTerminal(shown)} does not exist
`);
      return 2;
    }
    if (values.config === void 0 && existsSync(abs) && !resolvesInside(realRootSync(io.cwd), abs)) {
      io.stderr(`adapter-guard: config file ${escapeTerminal(shown)} resolves outside ${escapeTerminal(io.cwd)} (a symlink); not read. Pass --config FILE or --no-config.
`);
      return 2;
    }
    if (existsSync(abs)) {
      configApplied = shown;
      try {
        const { readConfigFile } = await import("./cli-G4YDPFKQ.js");
        file = readConfigFile(abs, shown);
      } catch (e) {
        io.stderr(`adapter-guard: ${escapeTerminal(e.message)}
`);
        return 2;
      }
    }
  }
  const listOf = (v) => v === void 0 ? void 0 : v.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
  const cliSuppressions = [];
  for (const spec of values.suppress ?? []) {
    const i = spec.indexOf(":");
    const rule = i > 0 ? spec.slice(0, i).trim() : "";
    const path = i > 0 ? spec.slice(i + 1).trim() : "";
    if (!rule || !path || rule !== "*" && !RULES.has(rule)) {
      io.stderr(`adapter-guard: --suppress takes RULE:GLOB with a known rule id or *, e.g. pickle-unknown-global:legacy/**; got "${escapeTerminal(spec)}"
`);
      return 2;
    }
    cliSuppressions.push({ rule, path, reason: `--suppress ${spec} on the command line`, commandLine: true });
  }
  let failOn = values["fail-on"] ?? file.values["fail-on"] ?? "error";
  let configNote;
  if (values["fail-on"] === void 0 && failOn === "never") {
    failOn = "critical";
    configNote = `fail-on: never from ${configApplied ?? "the config file"} was read as critical: only --fail-on never on the command line lets critical findings pass`;
  }
  if (!FAIL_ON.includes(failOn)) {
    io.stderr(`adapter-guard: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${failOn}"
`);
    return 2;
  }
  let shard;
  try {
    shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
  } catch (e) {
    io.stderr(`adapter-guard: --${e.message}
`);
    return 2;
  }
  let workers = 0;
  if (values.workers === "auto") workers = "auto";
  else if (values.workers !== void 0) {
    if (!/^\d+$/.test(values.workers) || Number(values.workers) > 64) {
      io.stderr(`adapter-guard: --workers must be a number from 0 to 64 or auto, not "${escapeTerminal(values.workers)}"
`);
      return 2;
    }
    workers = Number(values.workers);
  }
  const hubSpecs = positionals.filter(isHubSpec);
  const localTargets = positionals.filter((p) => !isHubSpec(p));
  const missing = localTargets.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) {
    io.stderr(`adapter-guard: no such file or directory: ${missing.map((m) => escapeTerminal(m)).join(", ")}
`);
    return 2;
  }
  const configLine = configApplied ? `Config: ${configApplied} (its suppressions never apply to critical findings; use --suppress)${configNote ? `; ${configNote}` : ""}.` : `Config: none${values["no-config"] ? " (--no-config)" : ""}.`;
  const deep = values.deep ?? file.values.deep === "true";
  const progress = new Progress(deep ? "deep scan" : "scan", { tty: io.stderrIsTTY === true, write: io.stderr });
  try {
    const exclude = values.exclude ?? listOf(file.values.exclude) ?? DEFAULT_EXCLUDE;
    const hub = { endpoint: hubEndpoint(io.env), token: hubToken(io.env) };
    const remote = hubSpecs.length > 0 ? await planRemoteScan(hubSpecs, { ...hub, exclude, deep }) : void 0;
    const { report } = await scan({
      root: io.cwd,
      targets: localTargets.length > 0 ? localTargets : hubSpecs.length > 0 ? [] : ["."],
      paths: listOf(file.values.paths),
      exclude,
      deep,
      code: values["no-code"] ? false : file.values.code !== "false",
      failOn,
      suppressions: [...cliSuppressions, ...file.suppressions],
      unsuppressible: ["critical"],
      ...remote ? { sources: remote.sources, findings: remote.findings } : {},
      ...values.base !== void 0 || values["remote-base"] ? { base: { spec: values.base, remote: values["remote-base"] === true, hub } } : {},
      shard,
      workers,
      onProgress: (p) => progress.update(p)
    });
    progress.done();
    await remote?.cleanup();
    const toFile = values.output !== void 0;
    const rendered = await renderReport(report, format, {
      color: io.isTTY && !toFile && !io.env.NO_COLOR,
      config: configLine,
      ...values["sarif-category"] !== void 0 ? { sarifCategory: values["sarif-category"] } : {},
      cwd: io.cwd,
      env: io.env
    });
    if (toFile) {
      const dest = resolve(io.cwd, values.output);
      if (isInside(io.cwd, dest)) await writeContained(dest, rendered, { allowed: [io.cwd], what: "--output" });
      else await writeFile(dest, rendered);
      if (format !== "text") io.stdout(renderText(report, { color: io.isTTY && !io.env.NO_COLOR, config: configLine }));
    } else {
      io.stdout(rendered);
    }
    return report.summary.failed ? 1 : 0;
  } catch (e) {
    progress.done();
    if (e instanceof OutputRefused) {
      io.stderr(`adapter-guard: ${escapeTerminal(e.message)}
`);
      return 2;
    }
    io.stderr(`adapter-guard: internal error: ${e.stack ?? String(e)}
`);
    return 2;
  }
}
export {
  USAGE,
  main
};
