import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  markdownCode
} from "./cli-57UHG5ZU.js";
import {
  RULES,
  ruleHelpUri
} from "./cli-VTSTCDLG.js";

// src/report/markdown.ts
var ICON = { critical: "\u{1F6D1}", error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function size(s, bytes) {
  return bytes ? Buffer.byteLength(s, "utf8") : s.length;
}
function totalsLine(report) {
  const s = report.summary;
  const parts = ["critical", "error", "warning", "note"].map((k) => `${ICON[k]} ${s.bySeverity[k]} ${k}`);
  if (s.suppressed > 0) parts.push(`\u{1F515} ${s.suppressed} suppressed`);
  return parts.join(" \xB7 ");
}
function row(f) {
  const where = f.line !== void 0 ? `${markdownCode(f.path)}:${f.line}` : markdownCode(f.path);
  const tensors = f.tensors && f.tensors.length > 0 ? `<br>tensors: ${f.tensors.slice(0, 6).map(markdownCode).join(", ")}${f.tensors.length > 6 ? ` and ${f.tensors.length - 6} more` : ""}` : "";
  const sup = f.suppressed ? `<br>\u{1F515} suppressed: ${escapeMarkdown(f.suppressed.reason)}` : "";
  const fix = f.fix !== RULES.get(f.ruleId)?.fix ? `<br>**Fix:** ${escapeMarkdown(f.fix)}` : "";
  return `| ${ICON[f.severity]} ${f.severity} | [${f.ruleId}](${ruleHelpUri(f.ruleId)}) | ${where} | ${escapeMarkdown(f.message)}${tensors}${fix}${sup} |`;
}
var BY_FILE_ROWS = 50;
function byFileTable(report) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const c = counts.get(f.path) ?? { critical: 0, error: 0, warning: 0, note: 0 };
    c[f.severity]++;
    counts.set(f.path, c);
  }
  if (counts.size === 0) return [];
  const rows = [...counts].slice(0, BY_FILE_ROWS).map(([path, c]) => `| ${markdownCode(path)} | ${c.critical || ""} | ${c.error || ""} | ${c.warning || ""} | ${c.note || ""} |`);
  const more = counts.size > BY_FILE_ROWS ? [`| and ${counts.size - BY_FILE_ROWS} more file(s) | | | | |`] : [];
  return ["### By file", "", `| File | ${ICON.critical} critical | ${ICON.error} error | ${ICON.warning} warning | ${ICON.note} note |`, "|---|---:|---:|---:|---:|", ...rows, ...more, ""];
}
function renderMarkdown(report, opts = {}) {
  const bytes = opts.measureBytes ?? false;
  const max = opts.maxLength ?? Number.POSITIVE_INFINITY;
  const s = report.summary;
  const head = [];
  head.push(`## ${opts.title ?? "Adapter Guard"}`);
  head.push("");
  for (const p of opts.preamble ?? []) head.push(p, "");
  const verdict = s.failed ? `**Failed**: findings at or above \`${s.failOn}\`.` : s.findings === 0 ? "**Passed**: no findings." : `**Passed**: nothing at or above \`${s.failOn}\`.`;
  head.push(`${verdict} Scanned ${s.files} file(s).`);
  head.push("");
  head.push(totalsLine(report));
  head.push("");
  head.push(...byFileTable(report));
  const rules = [...new Set(report.findings.map((f) => f.ruleId))];
  const fixes = [];
  if (rules.length > 0) {
    fixes.push("### How to fix", "");
    for (const id of rules) {
      const r = RULES.get(id);
      if (r) fixes.push(`- [\`${id}\`](${ruleHelpUri(id)}): ${r.fix}`);
    }
    fixes.push("");
  }
  const table = [];
  if (report.findings.length > 0) {
    table.push("### Findings", "", "| Severity | Rule | File | Message |", "|---|---|---|---|");
  }
  const fixed = head.join("\n") + "\n" + fixes.join("\n") + "\n";
  const reserve = 400 + (opts.fullReportUrl?.length ?? 0);
  let body = table.join("\n") + (table.length ? "\n" : "");
  let shown = 0;
  for (const f of report.findings) {
    const r = row(f) + "\n";
    if (size(fixed, bytes) + size(body, bytes) + size(r, bytes) + reserve > max) break;
    body += r;
    shown++;
  }
  let out = head.join("\n") + "\n" + body;
  if (shown < report.findings.length) {
    const where = opts.fullReportUrl ? ` See the [full report](${opts.fullReportUrl}).` : "";
    out += `
_Showing ${shown} of ${report.findings.length} findings; the rest did not fit.${where}_
`;
  }
  out += "\n" + fixes.join("\n");
  return out;
}
export {
  BY_FILE_ROWS,
  renderMarkdown,
  totalsLine
};
