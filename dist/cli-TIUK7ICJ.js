import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  SEVERITY_RANK
} from "./cli-25SYHE7W.js";
import {
  allRules,
  ruleHelpUri
} from "./cli-V52KP4TN.js";
import "./cli-XKIFUZST.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL = { critical: "error", error: "error", warning: "warning", note: "note" };
var SECURITY_SEVERITY = { critical: "9.5", error: "7.5", warning: "5.0", note: "2.0" };
var MAX_SARIF_RESULTS = 25e3;
function isSecurityRule(id) {
  return /^(pickle-|zip-|archive-|sevenz-|7z-|tar-)/.test(id) || /hidden|disguised|payload|sniff/.test(id);
}
function fingerprint(f) {
  const key = [f.ruleId, f.path, [...f.tensors ?? []].sort().join(","), `${f.line ?? ""}${f.column !== void 0 ? `:${f.column}` : ""}`].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function defaultSarifCategory(env) {
  const wf = env.GITHUB_WORKFLOW?.trim();
  const job = env.GITHUB_JOB?.trim();
  return wf && job ? `adapter-guard/${wf}/${job}` : "adapter-guard";
}
function findRepoRoot(dir, env = {}) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) break;
  }
  const ws = env.GITHUB_WORKSPACE;
  if (ws && isAbsolute(ws) && !relative(ws, dir).startsWith("..")) return ws;
  return dir;
}
function encodePath(p) {
  return p.split("/").map(encodeURIComponent).join("/");
}
function fullDescription(r) {
  const kind = isSecurityRule(r.id) ? "It is a security rule: a checkpoint or archive can carry code that runs when the file is loaded." : "It is a correctness rule: the checkpoint would fail to load or behave differently than intended.";
  return `${r.title}. Adapter Guard reports this as ${r.severity} by default. ${kind} How to fix: ${r.fix} Details: ${ruleHelpUri(r.id)}`;
}
function renderSarif(report, opts = {}) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const repoRoot = opts.repoRoot ?? report.root;
  const rel = isAbsolute(report.root) && isAbsolute(repoRoot) ? relative(repoRoot, report.root) : "";
  const prefix = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") + "/" : "";
  const results = report.findings.slice(0, MAX_SARIF_RESULTS).map((f) => {
    const bang = f.path.indexOf("!/");
    const file = bang >= 0 ? f.path.slice(0, bang) : f.path;
    const member = bang >= 0 ? ` (in archive member ${f.path.slice(bang + 2)})` : "";
    const asset = opts.release?.assets.get(file);
    const artifactLocation = asset ? { uri: asset.url } : { uri: encodePath(prefix + file), uriBaseId: "%SRCROOT%" };
    const where = asset ? ` (release asset ${asset.name} of ${opts.release?.url})` : "";
    const security = isSecurityRule(f.ruleId);
    const result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${member}${where} Fix: ${f.fix}` },
      locations: [{ physicalLocation: { artifactLocation, region: { startLine: f.line ?? 1, ...f.column !== void 0 ? { startColumn: f.column } : {} } } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint(f), "adapterGuard/v1": fingerprint(f) },
      // The result's own severity (a finding may be raised above or below its rule's default).
      properties: { severity: f.severity, ...security ? { "security-severity": SECURITY_SEVERITY[f.severity] } : {}, ...f.tensors ? { tensors: f.tensors } : {} }
    };
    if (f.suppressed) result.suppressions = [{ kind: "external", justification: f.suppressed.reason }];
    return result;
  });
  const effective = /* @__PURE__ */ new Map();
  for (const f of report.findings.slice(0, MAX_SARIF_RESULTS)) {
    if (f.suppressed) continue;
    const cur = effective.get(f.ruleId);
    if (!cur || SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur]) effective.set(f.ruleId, f.severity);
  }
  const category = (opts.category ?? "adapter-guard").trim() || "adapter-guard";
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/adapter-guard/adapter-guard",
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: fullDescription(r) },
              help: { text: `${r.title}. Fix: ${r.fix} See ${ruleHelpUri(r.id)}`, markdown: `**${r.title}**

Fix: ${r.fix}

[Documentation](${ruleHelpUri(r.id)})` },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: isSecurityRule(r.id) ? { "security-severity": SECURITY_SEVERITY[effective.get(r.id) ?? r.severity], tags: ["security", "ml-checkpoint"], precision: "high" } : { tags: ["correctness", "ml-checkpoint"], precision: "high" }
            }))
          }
        },
        automationDetails: { id: category.endsWith("/") ? category : `${category}/` },
        ...isAbsolute(repoRoot) ? { originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(repoRoot).href.replace(/\/?$/, "/") } } } : {},
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
export {
  MAX_SARIF_RESULTS,
  defaultSarifCategory,
  findRepoRoot,
  fingerprint,
  isSecurityRule,
  renderSarif
};
