#!/usr/bin/env node
import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

// src/bin.ts
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./cli-SUMEAUSF.js");
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`adapter-guard: internal error: ${String(e)}
`);
    process.exitCode = 2;
  }
);
