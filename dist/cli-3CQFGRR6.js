import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  Progress
} from "./cli-X2I6J36N.js";
import {
  renderReport,
  renderText
} from "./cli-YPBSZTZ5.js";
import {
  DEFAULT_EXCLUDE,
  VERSION,
  parseShard,
  scan
} from "./cli-5XLE6O7T.js";
import {
  escapeTerminal
} from "./cli-57UHG5ZU.js";
import {
  INPUT_DEFAULTS
} from "./cli-PWZAGBPO.js";
import "./cli-VTSTCDLG.js";

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
  convert: lazy(async () => (await import("./cli-GUVC7BM5.js")).convertCommand),
  merge: lazy(async () => (await import("./cli-UPCOTJ7X.js")).mergeCommand)
};

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
  --shard I/N                         scan only part I of N (balanced by bytes, directories whole);
                                      join the JSON reports with \`adapter-guard merge\`

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
        help: { type: "boolean", short: "h" },
        shard: { type: "string" }
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
  if (!values["no-config"]) {
    const shown = values.config ?? DEFAULT_CONFIG_FILE;
    const abs = resolve(io.cwd, shown);
    if (values.config !== void 0 && !existsSync(abs)) {
      io.stderr(`adapter-guard: config file ${escapeTerminal(shown)} does not exist
`);
      return 2;
    }
    if (existsSync(abs)) {
      try {
        const { readConfigFile } = await import("./cli-OSIIQQBU.js");
        file = readConfigFile(abs, shown);
      } catch (e) {
        io.stderr(`adapter-guard: ${escapeTerminal(e.message)}
`);
        return 2;
      }
    }
  }
  const listOf = (v) => v === void 0 ? void 0 : v.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
  const failOn = values["fail-on"] ?? file.values["fail-on"] ?? "error";
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
  const missing = positionals.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) {
    io.stderr(`adapter-guard: no such file or directory: ${missing.map((m) => escapeTerminal(m)).join(", ")}
`);
    return 2;
  }
  const deep = values.deep ?? file.values.deep === "true";
  const progress = new Progress(deep ? "deep scan" : "scan", { tty: io.stderrIsTTY === true, write: io.stderr });
  try {
    const { report } = await scan({
      root: io.cwd,
      targets: positionals.length > 0 ? positionals : ["."],
      paths: listOf(file.values.paths),
      exclude: values.exclude ?? listOf(file.values.exclude) ?? DEFAULT_EXCLUDE,
      deep,
      failOn,
      suppressions: file.suppressions,
      shard,
      onProgress: (p) => progress.update(p)
    });
    progress.done();
    const toFile = values.output !== void 0;
    const rendered = await renderReport(report, format, io.isTTY && !toFile && !io.env.NO_COLOR);
    if (toFile) {
      await writeFile(resolve(io.cwd, values.output), rendered);
      if (format !== "text") io.stdout(renderText(report, { color: io.isTTY && !io.env.NO_COLOR }));
    } else {
      io.stdout(rendered);
    }
    return report.summary.failed ? 1 : 0;
  } catch (e) {
    progress.done();
    io.stderr(`adapter-guard: internal error: ${e.stack ?? String(e)}
`);
    return 2;
  }
}
export {
  USAGE,
  main
};
