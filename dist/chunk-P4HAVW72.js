import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  BY_FILE_ROWS,
  renderMarkdown,
  totalsLine
} from "./chunk-UDALNIRU.js";
import "./chunk-ASMKHUOL.js";
import "./chunk-OGICJPFH.js";
export {
  BY_FILE_ROWS,
  renderMarkdown,
  totalsLine
};
