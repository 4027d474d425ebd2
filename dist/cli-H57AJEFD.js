import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/github/input-defaults.ts
var INPUT_DEFAULTS = {
  "github-token": "${{ github.token }}",
  paths: "**",
  exclude: ".git/**\nnode_modules/**\n",
  "fail-on": "error",
  deep: "false",
  scope: "changed",
  comment: "on-findings",
  "sarif-file": "",
  "report-file": "",
  "config-file": ".adapter-guard.yml",
  "release-tag": "",
  "on-unsafe-release": "fail",
  annotations: "true",
  "check-run": "auto",
  convert: "false",
  "convert-dir": "",
  "convert-dedupe": "false",
  code: "true",
  "sarif-category": "",
  "hub-repos": "",
  "hub-token": "",
  "base-model": "",
  shard: "",
  "merge-reports": ""
};
var WORKFLOW_ONLY = /* @__PURE__ */ new Set(["shard", "merge-reports"]);
var CONFIG_KEYS = Object.keys(INPUT_DEFAULTS).filter((k) => k !== "github-token" && k !== "hub-token" && k !== "config-file" && !WORKFLOW_ONLY.has(k));

export {
  INPUT_DEFAULTS,
  CONFIG_KEYS
};
