import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  asReport,
  mergeReports,
  missingMessage
} from "./chunk-EFO3KTWU.js";
import {
  renderReport,
  renderText
} from "./chunk-6SFFWFJK.js";
import "./chunk-5XRITOVJ.js";
import "./chunk-2HY3VYI3.js";
import {
  escapeTerminal
} from "./chunk-ASMKHUOL.js";
import "./chunk-OGICJPFH.js";

// src/commands/merge.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
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
    await writeFile(resolve(io.cwd, values.output), await renderReport(report, format, false));
    if (format !== "text") io.stdout(renderText(report, { color }));
  } else {
    io.stdout(await renderReport(report, format, color));
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
