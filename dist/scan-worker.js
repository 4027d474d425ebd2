import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  scan
} from "./cli-MEKRLMLU.js";
import "./cli-25SYHE7W.js";
import "./cli-PNJLUOG7.js";
import "./cli-V52KP4TN.js";
import "./cli-XKIFUZST.js";

// src/engine/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var input = workerData;
var post = (m) => parentPort?.postMessage(m);
var files = 0;
var bytes = 0;
var last = 0;
var latest = { filesDone: 0, bytesDone: 0 };
var flush = () => {
  if (latest.filesDone === files && latest.bytesDone === bytes) return;
  post({ kind: "progress", files: latest.filesDone - files, bytes: latest.bytesDone - bytes });
  files = latest.filesDone;
  bytes = latest.bytesDone;
};
scan({
  root: input.root,
  ...input.targets ? { targets: input.targets } : {},
  candidates: input.candidates,
  deep: input.deep,
  code: input.code,
  failOn: input.failOn,
  limits: input.limits,
  bytesInFlight: input.bytesInFlight,
  suppressions: input.suppressions,
  unsuppressible: input.unsuppressible,
  ...input.base ? { base: input.base } : {},
  workers: 0,
  onProgress: (p) => {
    latest = p;
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    flush();
  }
}).then(
  ({ report }) => {
    flush();
    post({ kind: "done", report });
  },
  (e) => post({ kind: "failed", message: e.stack ?? String(e) })
);
