import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  renderReport,
  renderText
} from "./cli-3F6473VO.js";
import {
  escapeTerminal
} from "./cli-57UHG5ZU.js";
import {
  buildReport,
  compareFindings
} from "./cli-MEKRLMLU.js";
import "./cli-25SYHE7W.js";
import "./cli-PNJLUOG7.js";
import "./cli-V52KP4TN.js";
import "./cli-XKIFUZST.js";

// src/commands/merge.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/engine/merge.ts
function asReport(value, name) {
  const r = value;
  if (!r || typeof r !== "object" || !Array.isArray(r.files) || !Array.isArray(r.findings) || !r.summary || typeof r.summary !== "object" || !r.tool) {
    throw new Error(`${name} is not an adapter-guard JSON report (no files, findings and summary)`);
  }
  return r;
}
function mergeReports(reports, failOn) {
  const problems = [];
  if (reports.length === 0) throw new Error("no reports to merge");
  const counts = new Set(reports.map((r) => r.shard?.count ?? 1));
  if (counts.size > 1) problems.push(`the reports come from splits into different shard counts (${[...counts].sort((a, b) => a - b).join(", ")}): they are not one sharded scan`);
  const count = Math.max(...counts);
  const byIndex = /* @__PURE__ */ new Map();
  for (const r of reports) {
    const index = r.shard?.index ?? 1;
    if (byIndex.has(index)) {
      problems.push(`shard ${index}/${count} was given twice; its first report was used`);
      continue;
    }
    byIndex.set(index, r);
  }
  const versions = new Set(reports.map((r) => r.tool.version));
  if (versions.size > 1) problems.push(`the shards ran different adapter-guard versions (${[...versions].join(", ")})`);
  const roots = new Set(reports.map((r) => r.root));
  if (roots.size > 1) problems.push(`the shards scanned different roots (${[...roots].join(", ")}); paths are relative to each`);
  const shards = [...byIndex.keys()].sort((a, b) => a - b);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  const parts = shards.map((i) => byIndex.get(i));
  const files = parts.flatMap((r) => r.files).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const findings = parts.flatMap((r) => r.findings).sort(compareFindings);
  const first = parts[0];
  const threshold = failOn ?? first.summary.failOn;
  const report = buildReport(first.root, files.map((f) => ({ ...f, bytesRead: f.bytesRead ?? 0, findings: [] })), findings, threshold);
  report.tool = first.tool;
  report.summary.bytesRead = parts.reduce((n, r) => n + (r.summary.bytesRead ?? 0), 0);
  report.merged = { count, shards, missing };
  return { report, missing, problems };
}
function missingMessage(missing, count) {
  const list = missing.map((i) => `${i}/${count}`).join(", ");
  return `${missing.length} of ${count} shard report(s) missing (${list}): the files of ${missing.length === 1 ? "that shard were" : "those shards were"} not scanned, so this result is incomplete.`;
}

// src/commands/merge.ts
var MERGE_USAGE = `Usage:
  adapter-guard merge REPORT.json... [--format text|json|sarif|markdown] [--output FILE] [--fail-on S]

Joins the JSON reports of the shards of one scan (\`adapter-guard scan --shard I/N --format json\`)
into the report the unsharded scan gives: every file and finding once, the summary recounted.

  --format F     report format (default: text)
  --output FILE  write the report to FILE instead of stdout
  --fail-on S    critical|error|warning|note|never (default: the shards' own)

Exit status: 0 nothing reached --fail-on, 1 something did, 2 a shard report is missing or unreadable,
or a usage error.
`;
var FORMATS = ["text", "json", "sarif", "markdown"];
var FAIL_ON = ["critical", "error", "warning", "note", "never"];
async function mergeCommand(args, io) {
  let values;
  let positionals;
  try {
    ;
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: "string" }, output: { type: "string", short: "o" }, "fail-on": { type: "string" }, help: { type: "boolean", short: "h" } }
    }));
  } catch (e) {
    io.stderr(`adapter-guard merge: ${e.message}

${MERGE_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    io.stderr(`adapter-guard merge: --format must be one of ${FORMATS.join(", ")}, not "${escapeTerminal(format)}"
`);
    return 2;
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    io.stderr(`adapter-guard merge: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${escapeTerminal(failOn)}"
`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`adapter-guard merge: give the shards' JSON reports

${MERGE_USAGE}`);
    return 2;
  }
  const reports = [];
  for (const p of positionals) {
    try {
      reports.push(asReport(JSON.parse(await readFile(resolve(io.cwd, p), "utf8")), p));
    } catch (e) {
      io.stderr(`adapter-guard merge: ${escapeTerminal(p)}: ${escapeTerminal(e.message)}
`);
      return 2;
    }
  }
  const { report, missing, problems } = mergeReports(reports, failOn);
  for (const p of problems) io.stderr(`adapter-guard merge: ${escapeTerminal(p)}
`);
  const color = io.isTTY && !io.env.NO_COLOR;
  if (values.output !== void 0) {
    await writeFile(resolve(io.cwd, values.output), await renderReport(report, format, { color: false, cwd: io.cwd, env: io.env }));
    if (format !== "text") io.stdout(renderText(report, { color }));
  } else {
    io.stdout(await renderReport(report, format, { color, cwd: io.cwd, env: io.env }));
  }
  if (missing.length > 0) {
    io.stderr(`adapter-guard merge: ${missingMessage(missing, report.merged?.count ?? 0)}
`);
    return 2;
  }
  return report.summary.failed ? 1 : 0;
}
export {
  MERGE_USAGE,
  mergeCommand
};
