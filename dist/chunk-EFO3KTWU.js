import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  buildReport,
  compareFindings
} from "./chunk-2HY3VYI3.js";

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
  const report = buildReport(first.root, files.map((f) => ({ ...f, bytesRead: 0, findings: [] })), findings, threshold);
  report.tool = first.tool;
  report.summary.bytesRead = parts.reduce((n, r) => n + (r.summary.bytesRead ?? 0), 0);
  report.merged = { count, shards, missing };
  return { report, missing, problems };
}
function missingMessage(missing, count) {
  const list = missing.map((i) => `${i}/${count}`).join(", ");
  return `${missing.length} of ${count} shard report(s) missing (${list}): the files of ${missing.length === 1 ? "that shard were" : "those shards were"} not scanned, so this result is incomplete.`;
}

export {
  asReport,
  mergeReports,
  missingMessage
};
