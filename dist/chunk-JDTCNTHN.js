import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  parseConfigText,
  readConfigFile
} from "./chunk-BJ575L4Z.js";
import "./chunk-BPA3D3HL.js";
import "./chunk-OGICJPFH.js";
export {
  MAX_CONFIG_BYTES,
  parseConfigText,
  readConfigFile
};
