import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  escapeTerminal,
  markdownCode
} from "./cli-57UHG5ZU.js";
import {
  SEVERITY_RANK
} from "./cli-25SYHE7W.js";
import {
  RULES,
  ruleHelpUri
} from "./cli-V52KP4TN.js";
import "./cli-XKIFUZST.js";

// src/report/message.ts
function safeHref(href) {
  if (!/^https?:\/\//i.test(href)) return "#";
  return encodeURI(href).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function inlineMarkdown(s) {
  const flat = s.replace(/\r?\n/g, " ");
  const pieces = flat.split("`");
  let out = "";
  for (let i = 0; i < pieces.length; i++) {
    const opened = i % 2 === 1;
    const closed = i < pieces.length - 1;
    if (opened && closed) out += pieces[i] === "" ? "" : markdownCode(pieces[i]);
    else out += escapeMarkdown(opened ? "`" + pieces[i] : pieces[i]);
  }
  return out;
}
function byteLength(s) {
  return Buffer.byteLength(s, "utf8");
}
function cutChars(s, max) {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 55296 && c <= 56319) end--;
  return s.slice(0, end) + "\u2026";
}

// src/report/markdown.ts
var ICON = { critical: "\u{1F6D1}", error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
var ROW_MESSAGE_CHARS = 2e3;
var ROW_FIX_CHARS = 1e3;
var ROW_NAME_CHARS = 200;
var BY_FILE_SHARE = 0.2;
var COUNTS_ROOM = 128;
function totalsLine(report) {
  const s = report.summary;
  const parts = ["critical", "error", "warning", "note"].map((k) => `${ICON[k]} ${s.bySeverity[k]} ${k}`);
  if (s.suppressed > 0) parts.push(`\u{1F515} ${s.suppressed} suppressed`);
  return parts.join(" \xB7 ");
}
function worstFirst(findings) {
  return findings.map((f, i) => ({ f, i })).sort(
    (a, b) => Number(!!a.f.suppressed) - Number(!!b.f.suppressed) || SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) || (a.f.ruleId < b.f.ruleId ? -1 : a.f.ruleId > b.f.ruleId ? 1 : 0) || a.i - b.i
  ).map((x) => x.f);
}
function htmlCode(s) {
  const clean = escapeTerminal(cutChars(s, ROW_NAME_CHARS * 2)).replace(/\r?\n/g, " ");
  return `<code>${clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</code>`;
}
function messageCell(f, withLine) {
  const line = withLine && f.line !== void 0 ? `line ${f.line}: ` : "";
  const shown = f.tensors?.slice(0, 6) ?? [];
  const tensors = shown.length > 0 ? `<br>tensors: ${shown.map((t) => markdownCode(cutChars(t, ROW_NAME_CHARS))).join(", ")}${(f.tensors?.length ?? 0) > 6 ? ` and ${(f.tensors?.length ?? 0) - 6} more` : ""}` : "";
  const sup = f.suppressed ? `<br>\u{1F515} suppressed: ${escapeMarkdown(cutChars(f.suppressed.reason, ROW_FIX_CHARS))}` : "";
  const fix = f.fix !== RULES.get(f.ruleId)?.fix ? `<br>**Fix:** ${inlineMarkdown(cutChars(f.fix, ROW_FIX_CHARS))}` : "";
  return `${line}${inlineMarkdown(cutChars(f.message, ROW_MESSAGE_CHARS))}${tensors}${fix}${sup}`;
}
function where(f) {
  const p = markdownCode(cutChars(f.path, ROW_NAME_CHARS * 2));
  return f.line !== void 0 ? `${p}:${f.line}${f.column !== void 0 ? `:${f.column}` : ""}` : p;
}
var ruleCell = (f) => `[${f.ruleId}](${ruleHelpUri(f.ruleId)})`;
var sevCell = (f) => `${ICON[f.severity]} ${f.severity}`;
var FULL_HEADER = ["| Severity | Rule | File | Message |", "|---|---|---|---|"];
var GROUP_HEADER = ["| Severity | Rule | Message |", "|---|---|---|"];
function fullRow(f) {
  return `| ${sevCell(f)} | ${ruleCell(f)} | ${where(f)} | ${messageCell(f, false)} |`;
}
function groupRow(f) {
  return `| ${sevCell(f)} | ${ruleCell(f)} | ${messageCell(f, true)} |`;
}
var zero = () => ({ critical: 0, error: 0, warning: 0, note: 0 });
function countsText(c, suppressed) {
  const parts = ["critical", "error", "warning", "note"].filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  return parts.join(" \xB7 ");
}
function groupOpen(path, c, suppressed) {
  const worst = ["critical", "error", "warning", "note"].find((k) => c[k] > 0);
  const icon = worst ? ICON[worst] : "\u{1F515}";
  const open = c.critical + c.error > 0 ? " open" : "";
  return [`<details${open}>`, `<summary>${icon} ${htmlCode(path)}: ${countsText(c, suppressed)}</summary>`, "", ...GROUP_HEADER];
}
var GROUP_CLOSE = ["", "</details>", ""];
function byFileTable(sorted, budget) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    if (f.suppressed) continue;
    const c = counts.get(f.path) ?? zero();
    c[f.severity]++;
    counts.set(f.path, c);
  }
  if (counts.size < 2) return [];
  const head = ["### By file", "", `| File | ${ICON.critical} critical | ${ICON.error} error | ${ICON.warning} warning | ${ICON.note} note |`, "|---|---:|---:|---:|---:|"];
  const moreRow = (n) => `| and ${n} more file(s) | | | | |`;
  let used = byteLength(head.join("\n")) + 64;
  const rows = [];
  let i = 0;
  for (const [path, c] of counts) {
    const r = `| ${markdownCode(cutChars(path, ROW_NAME_CHARS * 2))} | ${c.critical || ""} | ${c.error || ""} | ${c.warning || ""} | ${c.note || ""} |`;
    if (used + byteLength(r) + 1 > budget) break;
    used += byteLength(r) + 1;
    rows.push(r);
    i++;
  }
  if (rows.length === 0) return [];
  return [...head, ...rows, ...i < counts.size ? [moreRow(counts.size - i)] : [], ""];
}
function join(lines) {
  return lines.length ? lines.join("\n") + "\n" : "";
}
function renderMarkdown(report, opts = {}) {
  const max = opts.maxLength ?? Number.POSITIVE_INFINITY;
  const s = report.summary;
  const verdict = s.failed ? `**Failed**: findings at or above \`${s.failOn}\`.` : s.findings === 0 ? "**Passed**: no findings." : `**Passed**: nothing at or above \`${s.failOn}\`.`;
  const skipped = s.notScanned ?? [];
  const notScanned = skipped.length > 0 ? [`**Not scanned** (${skipped.length}): ${skipped.slice(0, 5).map((n) => `${markdownCode(cutChars(n.path, ROW_NAME_CHARS * 2))} (${escapeMarkdown(cutChars(n.reason.split(". ")[0] ?? n.reason, ROW_FIX_CHARS))})`).join("; ")}${skipped.length > 5 ? `; and ${skipped.length - 5} more` : ""}.`, ""] : [];
  const rules = [...new Set(report.findings.map((f) => f.ruleId))];
  const fixes = [];
  if (rules.length > 0) {
    fixes.push("### How to fix", "");
    for (const id of rules) {
      const r = RULES.get(id);
      if (r) fixes.push(`- [\`${id}\`](${ruleHelpUri(id)}): ${inlineMarkdown(r.fix)}`);
    }
    fixes.push("");
  }
  let preamble = opts.preamble ?? [];
  let appendix = opts.appendix ?? [];
  const headOf = () => [`## ${opts.title ?? "Adapter Guard"}`, "", ...preamble.flatMap((p) => [p, ""]), `${verdict} Scanned ${s.files} file(s).`, "", ...notScanned, totalsLine(report), ""];
  const tailOf = () => appendix.length ? ["---", "", ...appendix.flatMap((p) => [p, ""])] : [];
  const reserve = 600 + byteLength(opts.fullReportUrl ?? "") + byteLength(opts.fullReportText ?? "");
  const fixedSize = () => byteLength(join(headOf())) + byteLength(join(fixes)) + byteLength(join(tailOf())) + reserve;
  if (fixedSize() > max) appendix = ["_Run notes left out to fit; they are in the log._"];
  if (fixedSize() > max) preamble = ["_Notes left out to fit; they are in the log._"];
  const sorted = worstFirst(report.findings);
  let room = max - fixedSize();
  const single = sorted.length === 1;
  const byFile = single ? [] : byFileTable(sorted, Number.isFinite(room) ? Math.floor(room * BY_FILE_SHARE) : Number.POSITIVE_INFINITY);
  room -= byteLength(join(byFile));
  const body = [];
  let shown = 0;
  if (sorted.length > 0) {
    const title = ["### Findings", "", ...single ? FULL_HEADER : []];
    room -= byteLength(join(title));
    if (single) {
      const r = fullRow(sorted[0]);
      if (byteLength(r) + 1 <= room) {
        body.push(...title, r, "");
        shown = 1;
      }
    } else {
      const groups = /* @__PURE__ */ new Map();
      let used = 0;
      for (const f of sorted) {
        const g = groups.get(f.path);
        const rowSize = byteLength(groupRow(f)) + 1;
        const open = g ? 0 : byteLength(join(groupOpen(f.path, zero(), 0))) + COUNTS_ROOM + byteLength(join(GROUP_CLOSE));
        if (used + rowSize + open > room) break;
        used += rowSize + open;
        const group = g ?? { findings: [], counts: zero(), suppressed: 0 };
        group.findings.push(f);
        if (f.suppressed) group.suppressed++;
        else group.counts[f.severity]++;
        groups.set(f.path, group);
        shown++;
      }
      if (shown > 0) {
        body.push(...title);
        for (const [path, g] of groups) body.push(...groupOpen(path, g.counts, g.suppressed), ...g.findings.map(groupRow), ...GROUP_CLOSE);
      }
    }
  }
  let out = join(headOf()) + join(byFile) + join(body);
  if (shown < sorted.length) {
    const hidden = sorted.slice(shown).filter((f) => !f.suppressed);
    const crit = hidden.filter((f) => f.severity === "critical").length;
    const where2 = opts.fullReportUrl ? ` Every finding is in the [full report](${safeHref(opts.fullReportUrl)}).` : opts.fullReportText ? ` ${opts.fullReportText}` : "";
    out += `_Showing ${shown} of ${sorted.length} findings, worst first; the rest did not fit${crit > 0 ? ` (${crit} critical among them)` : ""}.${where2}_

`;
  }
  out += join(fixes) + join(tailOf());
  return out;
}
export {
  ROW_FIX_CHARS,
  ROW_MESSAGE_CHARS,
  ROW_NAME_CHARS,
  renderMarkdown,
  totalsLine,
  worstFirst
};
