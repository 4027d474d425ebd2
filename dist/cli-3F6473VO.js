import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  escapeTerminal
} from "./cli-57UHG5ZU.js";
import {
  groupDigits
} from "./cli-MEKRLMLU.js";

// src/report/text.ts
var COLOURS = { critical: "\x1B[1;35m", error: "\x1B[31m", warning: "\x1B[33m", note: "\x1B[36m" };
var RESET = "\x1B[0m";
var DIM = "\x1B[2m";
var BOLD = "\x1B[1m";
function renderText(report, opts) {
  const c = (code, s2) => opts.color ? `${code}${s2}${RESET}` : s2;
  const lines = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  for (const [path, list] of byPath) {
    lines.push(c(BOLD, escapeTerminal(path)));
    for (const f of list) {
      const where = f.line !== void 0 ? `:${f.line}${f.column !== void 0 ? `:${f.column}` : ""}` : "";
      const sup = f.suppressed ? c(DIM, ` (suppressed: ${escapeTerminal(f.suppressed.reason)})`) : "";
      lines.push(`  ${c(COLOURS[f.severity], f.severity.padEnd(8))} ${f.ruleId}${where}${sup}`);
      lines.push(`    ${escapeTerminal(f.message)}`);
      lines.push(`    ${c(DIM, "fix:")} ${escapeTerminal(f.fix)}`);
      lines.push(`    ${c(DIM, f.helpUri)}`);
    }
    lines.push("");
  }
  const s = report.summary;
  const counts = ["critical", "error", "warning", "note"].map((k) => `${s.bySeverity[k]} ${k}`).join(", ");
  const supp = s.suppressed > 0 ? `, ${s.suppressed} suppressed` : "";
  if (opts.config) lines.push(escapeTerminal(opts.config));
  if (report.shard) lines.push(`Shard ${report.shard.index}/${report.shard.count} of a sharded scan: \`adapter-guard merge\` joins the shards' JSON reports.`);
  if (report.merged) {
    const m = report.merged;
    lines.push(`Merged ${m.shards.length} of ${m.count} shard report(s)${m.missing.length > 0 ? `; MISSING ${m.missing.map((i) => `${i}/${m.count}`).join(", ")}: their files were not scanned` : ""}.`);
  }
  lines.push(`Scanned ${s.files} file(s), read ${groupDigits(s.bytesRead)} bytes: ${s.findings} finding(s) (${counts}${supp}).`);
  const skipped = s.notScanned ?? [];
  if (skipped.length > 0) {
    lines.push(`Not scanned (${skipped.length}):`);
    for (const n of skipped.slice(0, 10)) lines.push(`  ${escapeTerminal(n.path)}: ${escapeTerminal(n.reason)}`);
    if (skipped.length > 10) lines.push(`  and ${skipped.length - 10} more (see the findings).`);
  }
  const verdict = s.failed ? c(COLOURS.error, `FAIL: findings at or above "${s.failOn}".`) : c("\x1B[32m", s.failOn === "never" ? "PASS (fail-on: never)." : `PASS: nothing at or above "${s.failOn}".`);
  lines.push(verdict);
  return lines.join("\n") + "\n";
}

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/report/render.ts
async function renderReport(report, format, opts) {
  if (format === "json") return renderJson(report);
  if (format === "sarif") {
    const { defaultSarifCategory, findRepoRoot, renderSarif } = await import("./cli-TIUK7ICJ.js");
    const env = opts.env ?? {};
    return renderSarif(report, { category: opts.sarifCategory ?? defaultSarifCategory(env), repoRoot: findRepoRoot(opts.cwd ?? ".", env) });
  }
  if (format === "markdown") return (await import("./cli-QP4DZ2UC.js")).renderMarkdown(report);
  return renderText(report, { color: opts.color, ...opts.config !== void 0 ? { config: opts.config } : {} });
}

export {
  renderText,
  renderReport
};
