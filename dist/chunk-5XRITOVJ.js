import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

export {
  renderJson
};
