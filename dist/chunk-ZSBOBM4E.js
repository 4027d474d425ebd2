import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  MAX_SARIF_RESULTS,
  fingerprint,
  renderSarif
} from "./chunk-SWYLYUOA.js";
import "./chunk-OGICJPFH.js";
export {
  MAX_SARIF_RESULTS,
  fingerprint,
  renderSarif
};
