import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/report/escape.ts
function escapeTerminal(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function escapeMarkdown(s) {
  return escapeTerminal(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+\-.!|~"']/g, (c) => `\\${c}`).replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function markdownCode(s) {
  const clean = escapeTerminal(s).replace(/\r?\n/g, " ").replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs}\\|`);
  const ticks = clean.match(/`+/g);
  const fence = "`".repeat(Math.max(0, ...(ticks ?? []).map((t) => t.length)) + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean.replace(/</g, "&lt;")}${pad}${fence}`;
}

export {
  escapeTerminal,
  escapeMarkdown,
  markdownCode
};
