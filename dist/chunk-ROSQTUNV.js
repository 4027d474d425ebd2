import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  parseConfigText,
  readConfigFile
} from "./chunk-6N7DLUV7.js";
import "./chunk-CKXDVLUH.js";
import "./chunk-OGICJPFH.js";
export {
  MAX_CONFIG_BYTES,
  parseConfigText,
  readConfigFile
};
