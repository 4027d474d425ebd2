import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/types.ts
var SEVERITIES = ["critical", "error", "warning", "note"];
var SEVERITY_RANK = { critical: 4, error: 3, warning: 2, note: 1 };

export {
  SEVERITIES,
  SEVERITY_RANK
};
