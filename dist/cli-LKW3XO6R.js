import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  allRules,
  ruleHelpUri
} from "./cli-VTSTCDLG.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { critical: "error", error: "error", warning: "warning", note: "note" };
var SECURITY_SEVERITY = { critical: "9.5", error: "7.5", warning: "5.0", note: "2.0" };
var MAX_SARIF_RESULTS = 25e3;
function fingerprint(f) {
  const key = [f.ruleId, f.path, [...f.tensors ?? []].sort().join(","), f.line ?? ""].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function renderSarif(report) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.slice(0, MAX_SARIF_RESULTS).map((f) => {
    const bang = f.path.indexOf("!/");
    const file = bang >= 0 ? f.path.slice(0, bang) : f.path;
    const member = bang >= 0 ? ` (in archive member ${f.path.slice(bang + 2)})` : "";
    const result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${member} Fix: ${f.fix}` },
      locations: [
        {
          physicalLocation: {
            // Per segment: encodeURI would keep `#` and `?`, which turn the rest of a path into a fragment or query.
            artifactLocation: { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line ?? 1 }
          }
        }
      ],
      partialFingerprints: { "adapterGuard/v1": fingerprint(f) },
      properties: { severity: f.severity, ...f.tensors ? { tensors: f.tensors } : {} }
    };
    if (f.suppressed) result.suppressions = [{ kind: "external", justification: f.suppressed.reason }];
    return result;
  });
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
              fullDescription: { text: r.title },
              help: { text: `${r.title}. Fix: ${r.fix} See ${ruleHelpUri(r.id)}`, markdown: `**${r.title}**

Fix: ${r.fix}

[Documentation](${ruleHelpUri(r.id)})` },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { "security-severity": SECURITY_SEVERITY[r.severity], tags: ["security", "ml-checkpoint"], precision: "high" }
            }))
          }
        },
        automationDetails: { id: "adapter-guard/" },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
export {
  MAX_SARIF_RESULTS,
  fingerprint,
  renderSarif
};
