import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  SEVERITIES,
  SEVERITY_RANK
} from "./cli-25SYHE7W.js";
import {
  PREFILTER_WORDS,
  ProjectPins
} from "./cli-PNJLUOG7.js";
import {
  finding
} from "./cli-V52KP4TN.js";

// src/discover/contain.ts
import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
function isInside(root, p) {
  const r = relative(root, p);
  return r === "" || r !== ".." && !r.startsWith(`..${sep}`) && !r.startsWith("/") && !/^[A-Za-z]:/.test(r);
}
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function containment(root, realRoot, abs) {
  const real = nativeRealpath(abs);
  if (real !== void 0 && isInside(realRoot, real)) return { kind: "inside", real };
  const parts = toPosix(relative(root, abs)).split("/").filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const step = resolve(root, ...parts.slice(0, i));
    const r = nativeRealpath(step);
    const via = parts.slice(0, i).join("/");
    if (r === void 0) return { kind: "missing", via };
    if (!isInside(realRoot, r)) return { kind: "outside", via };
  }
  return real === void 0 ? { kind: "missing", via: toPosix(relative(root, abs)) } : { kind: "outside", via: toPosix(relative(root, abs)) };
}
function nativeRealpath(p) {
  try {
    return realpathSync.native(p);
  } catch {
    return void 0;
  }
}
function resolvesInside(realRoot, abs) {
  try {
    return isInside(realRoot, realpathSync.native(abs));
  } catch {
    return false;
  }
}
function realRootSync(root) {
  try {
    return realpathSync.native(root);
  } catch {
    return resolve(root);
  }
}
function outsideFinding(via) {
  return finding("path-outside-root", {
    path: via,
    message: "This path is a symlink (or goes through one) that resolves outside the scan root; it was not followed and nothing behind it was read or scanned, so what it points to is not known to be safe."
  });
}

// src/discover/files.ts
import { lstatSync as lstatSync2, statSync as statSync2 } from "node:fs";
import { relative as relative3, resolve as resolve3 } from "node:path";

// src/discover/walk.ts
import { lstatSync, readdirSync, realpathSync as realpathSync2, statSync } from "node:fs";
import { relative as relative2, resolve as resolve2, sep as sep3 } from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index);
  }
  #adopt(child2, index) {
    const gc = child2.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/formats/tar.ts
var TAR_BLOCK = 512;
var MAX_LONG_HEADER_BYTES = 1024 * 1024;
var REGULAR_TYPES = /* @__PURE__ */ new Set(["0", "\0", "7"]);
var GNU_LONGNAME = "L";
var GNU_LONGLINK = "K";
var PAX_LOCAL = "x";
var PAX_GLOBAL = "g";
var latin1 = new TextDecoder("latin1");
var utf8 = new TextDecoder("utf-8");
function cString(b, at, len) {
  const field2 = b.subarray(at, at + len);
  const nul = field2.indexOf(0);
  return utf8.decode(nul < 0 ? field2 : field2.subarray(0, nul));
}
function numeric2(b, at, len) {
  if (b[at] & 128) {
    let v2 = b[at] & 127;
    for (let i = 1; i < len; i++) v2 = v2 * 256 + b[at + i];
    return Number.isSafeInteger(v2) ? v2 : void 0;
  }
  const text = latin1.decode(b.subarray(at, at + len)).replace(/[\0 ]+$/, "").trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) return void 0;
  const v = parseInt(text, 8);
  return Number.isSafeInteger(v) ? v : void 0;
}
function checksumOk(h) {
  const stored = numeric2(h, 148, 8);
  if (stored === void 0) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < TAR_BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 32 : h[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return stored === unsigned || stored === signed;
}
function isZeroBlock(h) {
  for (let i = 0; i < h.length; i++) if (h[i] !== 0) return false;
  return true;
}
function looksLikeTar(head) {
  return head.length >= TAR_BLOCK && !isZeroBlock(head.subarray(0, TAR_BLOCK)) && checksumOk(head.subarray(0, TAR_BLOCK));
}
function paxRecords(body) {
  const out = /* @__PURE__ */ new Map();
  const text = utf8.decode(body);
  let p = 0;
  while (p < text.length) {
    const m = /^(\d+) /.exec(text.slice(p, p + 24));
    if (!m) break;
    const len = Number(m[1]);
    if (len <= m[0].length) break;
    const rec = text.slice(p + m[0].length, p + len).replace(/\n$/, "");
    const eq = rec.indexOf("=");
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    p += len;
  }
  return out;
}
function roundUp(n) {
  return Math.ceil(n / TAR_BLOCK) * TAR_BLOCK;
}
async function readTarEntries(src, maxEntries) {
  const listing = { files: [], others: [], problems: [] };
  let pos = 0;
  let longName;
  let pax = /* @__PURE__ */ new Map();
  let globalPax = /* @__PURE__ */ new Map();
  while (pos + TAR_BLOCK <= src.size) {
    const h = await src.read(pos, TAR_BLOCK);
    if (isZeroBlock(h)) return listing;
    if (!checksumOk(h)) {
      listing.problems.push({ kind: "malformed", message: `tar header at offset ${pos} has a bad checksum: the archive is corrupt or not a tar` });
      return listing;
    }
    const size = numeric2(h, 124, 12);
    if (size === void 0) {
      listing.problems.push({ kind: "malformed", message: `tar header at offset ${pos} has an unreadable size field` });
      return listing;
    }
    const type = String.fromCharCode(h[156]);
    const dataStart = pos + TAR_BLOCK;
    if (dataStart + size > src.size) {
      listing.problems.push({ kind: "malformed", message: `tar member at offset ${pos} declares ${size} bytes but the file ends first: truncated` });
      return listing;
    }
    pos = dataStart + roundUp(size);
    if (type === GNU_LONGNAME || type === GNU_LONGLINK || type === PAX_LOCAL || type === PAX_GLOBAL) {
      if (size > MAX_LONG_HEADER_BYTES) {
        listing.problems.push({ kind: "limit", message: `tar extended header of ${size} bytes at offset ${dataStart - TAR_BLOCK} is over the ${MAX_LONG_HEADER_BYTES}-byte limit` });
        return listing;
      }
      const body = await src.read(dataStart, size);
      if (type === GNU_LONGNAME) longName = cString(body, 0, body.length);
      else if (type === PAX_LOCAL) pax = paxRecords(body);
      else if (type === PAX_GLOBAL) globalPax = new Map([...globalPax, ...paxRecords(body)]);
      continue;
    }
    const magic = latin1.decode(h.subarray(257, 263));
    const prefix = magic.startsWith("ustar") && magic !== "ustar " ? cString(h, 345, 155) : "";
    const headerName = prefix ? `${prefix}/${cString(h, 0, 100)}` : cString(h, 0, 100);
    const name = pax.get("path") ?? longName ?? globalPax.get("path") ?? headerName;
    const paxSize = pax.get("size");
    const realSize = paxSize !== void 0 && /^\d+$/.test(paxSize) ? Number(paxSize) : size;
    if (realSize !== size) {
      if (dataStart + realSize > src.size) {
        listing.problems.push({ kind: "malformed", message: `tar member \`${name}\` declares ${realSize} bytes (pax size) but the file ends first: truncated` });
        return listing;
      }
      pos = dataStart + roundUp(realSize);
    }
    longName = void 0;
    pax = /* @__PURE__ */ new Map();
    const entry = { name, type, size: realSize, dataStart };
    if (listing.files.length + listing.others.length >= maxEntries) {
      listing.problems.push({ kind: "limit", message: `tar lists more than ${maxEntries} members; only the first ${maxEntries} were scanned` });
      return listing;
    }
    if (REGULAR_TYPES.has(type)) listing.files.push(entry);
    else listing.others.push(entry);
  }
  if (pos < src.size) {
    listing.problems.push({ kind: "malformed", message: `tar ends inside a header block at offset ${pos}: truncated` });
  }
  return listing;
}

// src/discover/sniff.ts
var SNIFF_BYTES = 512;
var LFS_MAGIC = "version https://git-lfs.github.com/spec/v1";
var LEGACY_TORCH_PREFIX = [128, 2, 138, 10, 108, 252, 156, 70, 249, 32, 106, 168, 80, 25];
var PICKLE_EXTENSIONS = /* @__PURE__ */ new Set([".pkl", ".pickle", ".joblib", ".dill", ".bin", ".pt", ".pth", ".ckpt", ".model"]);
var WORTH_OPENING = /* @__PURE__ */ new Set([
  ".safetensors",
  ".bin",
  ".pt",
  ".pth",
  ".ckpt",
  ".pkl",
  ".pickle",
  ".joblib",
  ".dill",
  ".dat",
  ".data",
  ".model",
  ".npy",
  ".npz",
  ".zip",
  ".tar",
  ".tgz",
  ".gz",
  ".7z",
  ".json",
  ".h5",
  ".msgpack",
  ".pb",
  ".onnx"
]);
function extname(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const i = base.lastIndexOf(".");
  return i <= 0 ? "" : base.slice(i).toLowerCase();
}
function worthOpening(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const ext2 = extname(base);
  if (ext2 === ".json") return isAdapterJson(base);
  if (WORTH_OPENING.has(ext2)) return true;
  return ext2 === "" && !base.startsWith(".") && /^(adapter_model|pytorch_model|model|weights|checkpoint|data)/i.test(base);
}
function isAdapterJson(base) {
  return base === "adapter_config.json" || base.endsWith(".index.json") || base === "config.json";
}
var MAGIC_BYTES = /* @__PURE__ */ new Map();
function startsWith(head, bytes, at = 0) {
  let arr;
  if (typeof bytes === "string") {
    arr = MAGIC_BYTES.get(bytes) ?? Array.from(bytes, (c) => c.charCodeAt(0));
    MAGIC_BYTES.set(bytes, arr);
  } else arr = bytes;
  if (head.length < at + arr.length) return false;
  for (let i = 0; i < arr.length; i++) if (head[at + i] !== arr[i]) return false;
  return true;
}
function isLfsPointer(head) {
  return startsWith(head, LFS_MAGIC);
}
function looksLikeSafetensors(head) {
  if (head.length < 9) return false;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const n = dv.getBigUint64(0, true);
  if (n < 2n || n > 100000000n) return false;
  for (let i = 8; i < head.length; i++) {
    const c = head[i];
    if (c === 123) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return false;
}
var PROTO01_FIRST = new Set("(cdl}]I)N.SVFLJKMGTUXhjqr".split("").map((c) => c.charCodeAt(0)));
function sniff(head, name, _size) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const ext2 = extname(base);
  if (isLfsPointer(head)) return "lfs-pointer";
  if (startsWith(head, "PK") || startsWith(head, "PK")) return "zip";
  if (startsWith(head, "ustar", 257) || looksLikeTar(head)) return "tar";
  if (startsWith(head, [31, 139])) return "gzip";
  if (startsWith(head, [55, 122, 188, 175, 39, 28])) return "7z";
  if (startsWith(head, "\x93NUMPY")) return "npy";
  if (startsWith(head, LEGACY_TORCH_PREFIX)) return "pytorch-legacy";
  if (ext2 === ".safetensors" && looksLikeSafetensors(head)) return "safetensors";
  if (head.length >= 2 && head[0] === 128 && head[1] >= 1 && head[1] <= 5) return "pickle";
  if (ext2 === ".safetensors") return "safetensors";
  if (looksLikeSafetensors(head)) return "safetensors";
  if (ext2 === ".json") return isAdapterJson(base) ? "json" : "unknown";
  if (head.length > 0 && PICKLE_EXTENSIONS.has(ext2) && PROTO01_FIRST.has(head[0])) return "pickle";
  if (ext2 === ".py") return "python";
  if (ext2 === ".ipynb") return "notebook";
  return "unknown";
}

// src/discover/walk.ts
function toPosix2(p) {
  return sep3 === "/" ? p : p.split(sep3).join("/");
}
var Collector = class {
  constructor(root, allFiles) {
    this.root = root;
    this.allFiles = allFiles;
  }
  root;
  allFiles;
  files = [];
  findings = [];
  /** Relative paths already considered (targets may overlap). */
  seen = /* @__PURE__ */ new Set();
  /** Links that lead out are reported once each, by their name inside the root (issue #10). */
  outside = /* @__PURE__ */ new Set();
  /** Whether discovery would open this file (a link out with such a name is news; `.venv/bin/python` is not). */
  relevant(rel) {
    return this.allFiles || worthOpening(rel);
  }
  reportOutside(via) {
    if (this.outside.has(via)) return;
    this.outside.add(via);
    this.findings.push(outsideFinding(via));
  }
  /** First sight of `rel` (true), or a repeat from an overlapping target or pattern. */
  first(rel) {
    if (this.seen.has(rel)) return false;
    this.seen.add(rel);
    return true;
  }
  unreadable(rel, e) {
    this.findings.push(finding("file-unreadable", { path: rel, message: `Cannot read the file: ${e.message}.` }));
  }
  unlistable(rel, e) {
    this.findings.push(
      finding("file-unreadable", {
        path: rel,
        severity: "warning",
        message: `This directory could not be listed (${e.code ?? e.message}): the files in it were not scanned and are not known to be safe.`
      })
    );
  }
  dangling(rel) {
    this.findings.push(finding("file-unreadable", { path: rel, severity: "warning", message: "Dangling symlink: it points to a file that does not exist; not scanned." }));
  }
  /** A symlink matched as a file: resolved once, taken if it is a file inside `baseReal`. */
  link(abs, rel, baseReal) {
    const real = realpathOf(abs);
    if (real !== void 0 && !isInside(baseReal, real)) {
      if (this.relevant(rel) || statOf(real)?.isDirectory()) this.reportOutside(rel);
      return;
    }
    if (!this.first(rel) || hasGitPart(rel)) return;
    if (real === void 0) return this.dangling(rel);
    const st = statOf(real);
    if (st?.isFile()) this.files.push({ abs, rel, size: st.size });
  }
  /** A regular file below directories already known to lie inside: no realpath, one lstat for the size. */
  plain(abs, rel) {
    if (!this.first(rel) || hasGitPart(rel)) return;
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      return this.unreadable(rel, e);
    }
    if (st.isFile()) this.files.push({ abs, rel, size: st.size });
  }
  /**
   * A path reached without walking its directories (an explicit target, a pattern of literal
   * segments): every component is checked. `base` is the real directory it must resolve into
   * (undefined: an explicit file target outside the root, trusted itself).
   */
  path(abs, explicit, base) {
    const rel = toPosix2(relative2(this.root, abs)) || toPosix2(abs);
    if (!this.first(rel)) return;
    if (!explicit && hasGitPart(rel)) return;
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      return this.unreadable(rel, e);
    }
    if (base) {
      const where2 = containment(base.root, base.real, abs);
      if (where2.kind === "outside") {
        if (explicit || worthOpening(rel)) this.reportOutside(toPosix2(relative2(this.root, resolve2(base.root, where2.via))));
        return;
      }
      if (where2.kind === "missing") return this.dangling(rel);
      if (st.isSymbolicLink()) {
        const tst = statOf(where2.real);
        if (tst?.isFile()) this.files.push({ abs, rel, size: tst.size });
        return;
      }
      if (st.isFile()) this.files.push({ abs, rel, size: st.size });
      return;
    }
    if (st.isFile()) this.files.push({ abs, rel, size: st.size });
    else if (st.isSymbolicLink()) {
      const tst = statOf(abs);
      if (tst?.isFile()) this.files.push({ abs, rel, size: st.size });
    }
  }
};
function hasGitPart(rel) {
  return rel === ".git" || rel.startsWith(".git/") || rel.endsWith("/.git") || rel.includes("/.git/");
}
function lstatOf(p) {
  try {
    return lstatSync(p);
  } catch {
    return void 0;
  }
}
function statOf(p) {
  try {
    return statSync(p);
  } catch {
    return void 0;
  }
}
function realpathOf(p) {
  try {
    return realpathSync2.native(p);
  } catch {
    return void 0;
  }
}
var NOCASE = process.platform === "darwin" || process.platform === "win32";
var PATTERN_OPTS = { dot: true, nocase: NOCASE, nocaseMagicOnly: NOCASE, nocomment: true, nonegate: true, optimizationLevel: 2, platform: process.platform };
var EXCLUDE_OPTS = { dot: true, nocomment: true, nonegate: true, optimizationLevel: 2, platform: process.platform };
var Exclude = class {
  /** Literal `dir/**` patterns, by `dir`: pruned by a string compare (the defaults `.git/**`, `node_modules/**`). */
  prefixes = [];
  /** Every other pattern; `children` also prunes directories. */
  other = [];
  constructor(patterns) {
    for (const ign of patterns) {
      const mm = new Minimatch(ign, EXCLUDE_OPTS);
      for (let i = 0; i < mm.set.length; i++) {
        const globParts = [...mm.globParts[i]];
        while (globParts[0] === "." && globParts.length > 1) globParts.shift();
        const m = new Minimatch(globParts.join("/"), EXCLUDE_OPTS);
        const children = globParts[globParts.length - 1] === "**";
        const absolute = globParts[0] === "" && globParts.length > 1;
        const parts = m.set.length === 1 ? m.set[0] : void 0;
        const lead = parts?.slice(0, -1);
        if (children && !absolute && parts && lead && lead.length > 0 && parts[parts.length - 1] === GLOBSTAR && lead.every((p) => typeof p === "string" && p !== "" && p !== "." && p !== "..")) {
          this.prefixes.push({ dir: lead.join("/"), m });
        } else this.other.push({ m, absolute, children });
      }
    }
  }
  /** glob's Ignore.ignored: `sub` is relative to the target directory. */
  ignored(sub, abs) {
    for (const { dir, m } of this.prefixes) {
      if ((sub === dir || sub.startsWith(dir) && sub[dir.length] === "/") && (m.match(sub) || m.match(`${sub}/`))) return true;
    }
    for (const { m, absolute } of this.other) {
      const p = absolute ? toPosix2(abs) : sub;
      if (m.match(p) || m.match(`${p}/`)) return true;
    }
    return false;
  }
  /** glob's Ignore.childrenIgnored: never list this directory. */
  childrenIgnored(sub, abs) {
    for (const { dir, m } of this.prefixes) if ((sub === dir || sub.startsWith(dir) && sub[dir.length] === "/") && m.match(`${sub}/`)) return true;
    for (const { m, absolute, children } of this.other) if (children && m.match(`${absolute ? toPosix2(abs) : sub}/`)) return true;
    return false;
  }
};
function join(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function child(d, name) {
  return { abs: d.abs.endsWith(sep3) ? d.abs + name : d.abs + sep3 + name, sub: join(d.sub, name), rel: join(d.rel, name) };
}
function walk(c, t) {
  const rel = toPosix2(relative2(c.root, t.abs));
  if (hasGitPart(rel)) return;
  const exclude = new Exclude(t.exclude);
  const top = { abs: t.abs, sub: "", rel };
  if (exclude.childrenIgnored(".", t.abs)) return;
  const sets = [];
  for (const p of t.patterns) for (const s of new Minimatch(p, PATTERN_OPTS).set) sets.push(s);
  if (sets.length === 1 && sets[0].length === 1 && sets[0][0] === GLOBSTAR) return walkAll(c, t, exclude, top);
  new PatternWalk(c, t, exclude, sets).run(top);
}
function readDir(c, d) {
  try {
    return readdirSync(d.abs, { withFileTypes: true });
  } catch (e) {
    const code = e.code;
    if (code !== "ENOENT" && code !== "ENOTDIR") c.unlistable(d.rel || ".", e);
    return [];
  }
}
function walkAll(c, t, exclude, d) {
  for (const e of readDir(c, d)) {
    const x = child(d, e.name);
    if (e.isDirectory()) {
      if (e.name !== ".git" && !exclude.childrenIgnored(x.sub, x.abs)) walkAll(c, t, exclude, x);
    } else if (e.isFile()) {
      if (!exclude.ignored(x.sub, x.abs)) c.plain(x.abs, x.rel);
    } else if (e.isSymbolicLink()) {
      if (!exclude.ignored(x.sub, x.abs)) c.link(x.abs, x.rel, t.baseReal);
    }
  }
}
var PatternWalk = class {
  constructor(c, t, exclude, sets) {
    this.c = c;
    this.t = t;
    this.exclude = exclude;
    this.sets = sets;
  }
  c;
  t;
  exclude;
  sets;
  run(top) {
    this.visit(
      top,
      this.sets.map((_, i) => [i, 0])
    );
  }
  same(name, p) {
    return NOCASE ? name.toLowerCase() === p.toLowerCase() : name === p;
  }
  /**
   * glob's Processor.processPatterns for directory `d`: literal segments are stepped over without
   * listing (then the directory reached is checked as a whole), a literal last segment is a path
   * to consider, and the rest need `d` listed.
   */
  visit(d, states) {
    const here = [];
    for (const [pi, start] of states) {
      const parts = this.sets[pi];
      let at = d;
      let i = start;
      if (i === 0 && parts[0] === "" && parts.length > 1) {
        at = { abs: resolve2("/"), sub: toPosix2(relative2(this.t.abs, resolve2("/"))), rel: toPosix2(relative2(this.c.root, resolve2("/"))) };
        i = 1;
      }
      while (typeof parts[i] === "string" && i < parts.length - 1) {
        const abs = resolve2(at.abs, parts[i]);
        at = { abs, sub: toPosix2(relative2(this.t.abs, abs)), rel: toPosix2(relative2(this.c.root, abs)) };
        i++;
      }
      const p = parts[i];
      if (typeof p === "string") {
        if (p !== "" && p !== "." && p !== "..") {
          const abs = resolve2(at.abs, p);
          const st = lstatOf(abs);
          if (st && !st.isDirectory() && !this.exclude.ignored(toPosix2(relative2(this.t.abs, abs)), abs)) {
            if (st.isSymbolicLink()) this.c.link(abs, toPosix2(relative2(this.c.root, abs)), this.t.baseReal);
            else this.c.path(abs, false, { root: this.t.baseRoot, real: this.t.baseReal });
          }
        }
        continue;
      }
      if (at === d) here.push([pi, i]);
      else if (this.enterLiteral(at)) this.visit(at, [[pi, i]]);
    }
    if (here.length > 0) this.list(d, here);
  }
  /** A directory reached by literal segments, never listed on the way: it must really lie inside. */
  enterLiteral(d) {
    if (hasGitPart(d.rel)) return false;
    if (this.exclude.childrenIgnored(d.sub, d.abs)) return false;
    const real = realpathOf(d.abs);
    if (real === void 0) return false;
    if (!isInside(this.t.baseReal, real)) {
      const where2 = containment(this.t.baseRoot, this.t.baseReal, d.abs);
      if (where2.kind === "outside") this.c.reportOutside(toPosix2(relative2(this.c.root, resolve2(this.t.baseRoot, where2.via))));
      return false;
    }
    return Boolean(statOf(real)?.isDirectory());
  }
  /** glob's Processor.filterEntries over `d`'s entries, then the walk into the subdirectories that can still match. */
  list(d, states) {
    for (const e of readDir(this.c, d)) {
      const name = e.name;
      const isDir = e.isDirectory();
      const isLink = !isDir && e.isSymbolicLink();
      const canList = isDir || isLink;
      let matched = false;
      const next = [];
      const add = (s) => {
        if (canList && !next.some((n) => n[0] === s[0] && n[1] === s[1])) next.push(s);
      };
      for (const [pi, i] of states) {
        const parts = this.sets[pi];
        const p = parts[i];
        const last = i === parts.length - 1;
        if (p === GLOBSTAR) {
          if (last) matched = true;
          if (isDir) add([pi, i]);
          else if (isLink && !last && i > 0) add([pi, i + 1]);
          if (!last) {
            const q = parts[i + 1];
            const hit = typeof q === "string" ? q !== "" && q !== "." && q !== ".." && this.same(name, q) : q instanceof RegExp && q.test(name);
            if (hit) {
              if (i + 1 === parts.length - 1) matched = true;
              else add([pi, i + 2]);
            }
          }
        } else if (typeof p === "string" ? this.same(name, p) : p.test(name)) {
          if (last) matched = true;
          else add([pi, i + 1]);
        }
      }
      if (!matched && next.length === 0) continue;
      const x = child(d, name);
      if (matched && !isDir && !this.exclude.ignored(x.sub, x.abs)) {
        if (e.isFile()) this.c.plain(x.abs, x.rel);
        else if (isLink) this.c.link(x.abs, x.rel, this.t.baseReal);
      }
      if (next.length === 0 || name === ".git" || this.exclude.childrenIgnored(x.sub, x.abs)) continue;
      if (isLink) {
        const real = realpathOf(x.abs);
        if (real === void 0) continue;
        if (!isInside(this.t.baseReal, real)) {
          this.c.reportOutside(x.rel);
          continue;
        }
        if (!statOf(real)?.isDirectory()) continue;
      }
      this.visit(x, next);
    }
  }
};

// src/discover/files.ts
var DEFAULT_PATHS = ["**"];
var DEFAULT_EXCLUDE = [".git/**", "node_modules/**"];
async function discover(opts) {
  const root = resolve3(opts.root);
  const realRoot = realRootSync(root);
  const targets = opts.targets && opts.targets.length > 0 ? opts.targets : ["."];
  const patterns = opts.paths && opts.paths.length > 0 ? opts.paths : DEFAULT_PATHS;
  const exclude = opts.exclude ?? DEFAULT_EXCLUDE;
  const c = new Collector(root, Boolean(opts.allFiles));
  for (const t of targets) {
    const abs = resolve3(root, t);
    let st;
    try {
      st = lstatSync2(abs);
    } catch (e) {
      c.findings.push(finding("file-unreadable", { path: toPosix2(relative3(root, abs)) || t, message: `Cannot read the path: ${e.message}.` }));
      continue;
    }
    let base = { root, real: realRoot };
    let isDir = st.isDirectory();
    if (!isInside(root, abs)) {
      isDir ||= st.isSymbolicLink() && resolvesDir(abs);
      base = isDir ? { root: abs, real: realRootSync(abs) } : void 0;
    } else if (abs !== root && !resolvesInside(realRoot, abs)) {
      const where2 = containment(root, realRoot, abs);
      if (where2.kind === "outside") {
        c.reportOutside(where2.via);
        continue;
      }
    }
    if (isDir && base) walk(c, { abs, baseRoot: base.root, baseReal: base.real, patterns, exclude });
    else c.path(abs, true, base);
  }
  c.files.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files: c.files, findings: c.findings };
}
function resolvesDir(abs) {
  try {
    return statSync2(abs).isDirectory();
  } catch {
    return false;
  }
}

// src/remote/hub.ts
import { mkdir, rm as rm2 } from "node:fs/promises";
import { dirname } from "node:path";

// src/io/hashed-download.ts
import { createHash } from "node:crypto";
import { open, rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var DOWNLOAD_TIMEOUT_MS = 30 * 60 * 1e3;
async function streamHashed(body, dest, maxBytes, what) {
  const hash = createHash("sha256");
  let bytes = 0;
  const meter = new Transform({
    transform(chunk, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new Error(`${what} is over the ${maxBytes}-byte limit`));
      hash.update(chunk);
      done(null, chunk);
    }
  });
  const file = await open(dest, "wx").catch(async (e) => {
    await body.cancel().catch(() => void 0);
    throw e;
  });
  try {
    await pipeline(Readable.fromWeb(body), meter, file.createWriteStream());
  } catch (e) {
    await file.close().catch(() => void 0);
    await rm(dest, { force: true });
    throw e;
  }
  return { bytes, sha256: hash.digest("hex") };
}

// src/formats/source.ts
import { closeSync, fstatSync, openSync, read as readCb, readSync } from "node:fs";
import { join as join2 } from "node:path";
var MemorySource = class {
  constructor(data) {
    this.data = data;
  }
  data;
  bytesRead = 0;
  get size() {
    return this.data.length;
  }
  async read(offset, length) {
    const start = Math.max(0, Math.min(offset, this.data.length));
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.data.length));
    this.bytesRead += end - start;
    return this.data.subarray(start, end);
  }
};
var HEAD_WINDOW_BYTES = 16 * 1024;
var TAIL_WINDOW_BYTES = 64 * 1024;
var READAHEAD_BYTES = 4 * 1024;
var PREFETCH_MAX_BYTES = 2 * 1024 * 1024;
var SYNC_READ_MAX_BYTES = 1024 * 1024;
var YIELD_EVERY_FETCHES = 8;
var FileSource = class _FileSource {
  constructor(fd, size) {
    this.fd = fd;
    this.size = size;
  }
  fd;
  size;
  /** Bytes handed to readers (what the parsers consumed; the figure tests and reports use). */
  bytesRead = 0;
  /** Bytes fetched from the file system and system calls made (windows included), for the benchmark. */
  fetched = { bytes: 0, reads: 0 };
  /** Cached windows: head, tail and the last read-ahead; each read is served from them when it fits. */
  head;
  tail;
  tailStart = 0;
  syncFetches = 0;
  near;
  nearStart = 0;
  /**
   * Opens with synchronous calls: a regular file's open, fstat, small reads and close take
   * microseconds from the page cache, while each async call is a round trip through the thread
   * pool that cost more than the work (profile of issue #13: 850 files, main thread mostly waiting).
   * Large reads (past SYNC_READ_MAX_BYTES) and the deep scan's chunked reads stay asynchronous.
   */
  static async open(path2) {
    const fd = openSync(path2, "r");
    try {
      return new _FileSource(fd, fstatSync(fd).size);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }
  async read(offset, length) {
    const start = Math.max(0, Math.min(offset, this.size));
    const n = Math.max(0, Math.min(length, this.size - start));
    const end = start + n;
    if (end <= HEAD_WINDOW_BYTES) {
      this.head ??= await this.fetch(0, Math.min(this.size, HEAD_WINDOW_BYTES));
      if (end <= this.head.length) return this.serve(this.head.subarray(start, end));
    }
    const tailStart = Math.max(0, this.size - TAIL_WINDOW_BYTES);
    if (start >= tailStart) {
      if (!this.tail) {
        this.tail = await this.fetch(tailStart, this.size - tailStart);
        this.tailStart = tailStart;
      }
      return this.serve(this.tail.subarray(start - this.tailStart, end - this.tailStart));
    }
    if (this.near && start >= this.nearStart && end <= this.nearStart + this.near.length) {
      return this.serve(this.near.subarray(start - this.nearStart, end - this.nearStart));
    }
    if (n <= READAHEAD_BYTES) {
      this.near = await this.fetch(start, Math.min(READAHEAD_BYTES, this.size - start));
      this.nearStart = start;
      return this.serve(this.near.subarray(0, n));
    }
    return this.serve(await this.fetch(start, n));
  }
  serve(bytes) {
    this.bytesRead += bytes.length;
    return bytes;
  }
  async fetch(start, n) {
    if (++this.syncFetches % YIELD_EVERY_FETCHES === 0) await new Promise((r) => setImmediate(r));
    const raw = Buffer.allocUnsafe(n);
    const buf = new Uint8Array(raw.buffer, raw.byteOffset, n);
    let got = 0;
    while (got < n) {
      const bytesRead = n <= SYNC_READ_MAX_BYTES ? readSync(this.fd, buf, got, n - got, start + got) : await this.readAsync(buf, got, n - got, start + got);
      this.fetched.reads++;
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.fetched.bytes += got;
    return got === n ? buf : buf.subarray(0, got);
  }
  /** Called with the size of each bulk read (readInto): the deep scan's progress display. */
  onBulkRead;
  /** Reads into `target` (reused by hot loops, so no buffer is allocated and zeroed per chunk). */
  async readInto(target, offset) {
    const start = Math.max(0, Math.min(offset, this.size));
    const n = Math.max(0, Math.min(target.length, this.size - start));
    let got = 0;
    while (got < n) {
      const bytesRead = await this.readAsync(target, got, n - got, start + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.bytesRead += got;
    this.onBulkRead?.(got);
    return target.subarray(0, got);
  }
  /**
   * Synchronous readInto, for parsers that pull bytes a window at a time without turning every
   * byte access into a promise (the dense safetensors header reader).
   */
  readIntoSync(target, offset) {
    const start = Math.max(0, Math.min(offset, this.size));
    const n = Math.max(0, Math.min(target.length, this.size - start));
    let got = 0;
    while (got < n) {
      const bytesRead = readSync(this.fd, target, got, n - got, start + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.bytesRead += got;
    return target.subarray(0, got);
  }
  readAsync(buf, at, n, position) {
    return new Promise((res, rej) => readCb(this.fd, buf, at, n, position, (err, got) => err ? rej(err) : res(got)));
  }
  async close() {
    closeSync(this.fd);
  }
};
var SliceSource = class {
  constructor(parent, start, size) {
    this.parent = parent;
    this.start = start;
    this.size = size;
  }
  parent;
  start;
  size;
  bytesRead = 0;
  async read(offset, length) {
    const off = Math.max(0, Math.min(offset, this.size));
    const n = Math.max(0, Math.min(length, this.size - off));
    const out = await this.parent.read(this.start + off, n);
    this.bytesRead += out.length;
    return out;
  }
};
var ChunkedSource = class {
  constructor(chunks) {
    this.chunks = chunks;
    let pos = 0;
    for (const c of chunks) {
      this.starts.push(pos);
      pos += c.length;
    }
    this.size = pos;
  }
  chunks;
  bytesRead = 0;
  size;
  starts = [];
  async read(offset, length) {
    const start = Math.max(0, Math.min(offset, this.size));
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.size));
    this.bytesRead += end - start;
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    const first = this.chunks[lo];
    const at = start - (this.starts[lo] ?? 0);
    if (first && at + (end - start) <= first.length) return first.subarray(at, at + (end - start));
    const out = new Uint8Array(end - start);
    let o = 0;
    for (let i = lo; o < out.length && i < this.chunks.length; i++) {
      const c = this.chunks[i];
      const from = i === lo ? at : 0;
      const take = Math.min(c.length - from, out.length - o);
      out.set(c.subarray(from, from + take), o);
      o += take;
    }
    return out;
  }
};
var LOCAL_COPIES = /* @__PURE__ */ new Map();
function pathOnDisk(root, path2) {
  return LOCAL_COPIES.get(path2) ?? join2(root, path2);
}

// src/remote/http-source.ts
var HTTP_BLOCK_BYTES = 16 * 1024;
var HTTP_CACHE_BYTES = 8 * 1024 * 1024;
var HTTP_MAX_RETRIES = 4;
var HTTP_MAX_RETRY_WAIT_MS = 6e4;
var HTTP_NO_RANGE_LIMIT = 32 * 1024 * 1024;
var HTTP_MAX_REDIRECTS = 5;
var HTTP_TIMEOUT_MS = 12e4;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var HttpError = class extends Error {
  constructor(status, host, message) {
    super(message ?? `HTTP ${status} from ${host}`);
    this.status = status;
    this.host = host;
  }
  status;
  host;
};
function retryAfterMs(value, now = Date.now()) {
  if (value === null || value.trim() === "") return void 0;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1e3;
  const t = Date.parse(v);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - now);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryable(status) {
  return status === 429 || status >= 500;
}
async function fetchFollowing(url, init) {
  const doFetch = init.fetch ?? fetch;
  const origin = new URL(url).origin;
  let at = new URL(url);
  for (let hops = 0; ; hops++) {
    const headers = { ...init.headers, ...at.origin === origin ? init.authHeaders : void 0 };
    const res = await doFetch(at, { method: init.method ?? "GET", headers, redirect: "manual", signal: init.signal });
    if (!REDIRECTS.has(res.status)) return { res, url: at };
    const location = res.headers.get("location");
    await res.body?.cancel();
    if (!location) throw new HttpError(res.status, at.host, `HTTP ${res.status} from ${at.host} without a Location header`);
    if (hops >= HTTP_MAX_REDIRECTS) throw new HttpError(res.status, at.host, `more than ${HTTP_MAX_REDIRECTS} redirects`);
    at = new URL(location, at);
    if (at.protocol !== "https:" && at.protocol !== "http:") throw new HttpError(res.status, at.host, `redirect to unsupported scheme ${at.protocol}`);
  }
}
async function readBody(res, max) {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks = [];
  let n = 0;
  try {
    while (n < max) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, max - n);
      chunks.push(take === value.length ? value : value.subarray(0, take));
      n += take;
    }
  } finally {
    await reader.cancel().catch(() => void 0);
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
var HttpRangeSource = class {
  constructor(opts) {
    this.opts = opts;
    this.size = opts.size;
    this.block = opts.blockBytes ?? HTTP_BLOCK_BYTES;
    this.cacheLimit = opts.cacheBytes ?? HTTP_CACHE_BYTES;
  }
  opts;
  /** Bytes received over the network for this file (the per-file cost of a remote scan). */
  bytesRead = 0;
  /** Ranged requests made, retries included (a redirect and its target count as one). */
  requests = 0;
  /** Set when the server answered a ranged request with the whole body (200). */
  rangeIgnored = false;
  size;
  block;
  cacheLimit;
  cache = /* @__PURE__ */ new Map();
  cached = 0;
  /** The storage URL the first request was redirected to; reused until it stops answering. */
  direct;
  async read(offset, length) {
    const start = Math.max(0, Math.min(offset, this.size));
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.size));
    if (end === start) return new Uint8Array(0);
    const first = Math.floor(start / this.block);
    const last = Math.floor((end - 1) / this.block);
    let lo = first;
    while (lo <= last && this.cache.has(lo)) lo++;
    let hi = last;
    while (hi >= lo && this.cache.has(hi)) hi--;
    const fetched = /* @__PURE__ */ new Map();
    if (lo <= hi) {
      const from = lo * this.block;
      const to = Math.min(this.size, (hi + 1) * this.block);
      const bytes = await this.fetchRange(from, to);
      for (let b = lo; b <= hi; b++) {
        const s = (b - lo) * this.block;
        const piece = bytes.subarray(s, Math.min(bytes.length, s + this.block));
        fetched.set(b, piece);
        this.remember(b, piece);
      }
    }
    const out = new Uint8Array(end - start);
    let o = 0;
    for (let b = first; b <= last; b++) {
      const piece = fetched.get(b) ?? this.touch(b);
      if (!piece) break;
      const bStart = b * this.block;
      const from = Math.max(start, bStart) - bStart;
      const to = Math.min(end, bStart + piece.length) - bStart;
      if (to <= from) break;
      out.set(piece.subarray(from, to), o);
      o += to - from;
      if (piece.length < this.block && b < last) break;
    }
    return o === out.length ? out : out.subarray(0, o);
  }
  /**
   * One ranged request for a span many small reads will fall in (a small torch zip's local headers):
   * a request per member cost a round trip each. Spans over PREFETCH_MAX_BYTES, or over the cache,
   * are read piece by piece as before.
   */
  async prefetch(offset, length) {
    if (length <= 0 || length > Math.min(PREFETCH_MAX_BYTES, this.cacheLimit)) return;
    await this.read(offset, length);
  }
  /** Drops the cached blocks (the source stays usable: later reads fetch again). */
  async close() {
    this.cache.clear();
    this.cached = 0;
  }
  touch(b) {
    const v = this.cache.get(b);
    if (v) {
      this.cache.delete(b);
      this.cache.set(b, v);
    }
    return v;
  }
  remember(b, piece) {
    if (piece.length > this.cacheLimit) return;
    const old = this.cache.get(b);
    if (old) this.cached -= old.length;
    this.cache.delete(b);
    this.cache.set(b, piece);
    this.cached += piece.length;
    for (const [k, v] of this.cache) {
      if (this.cached <= this.cacheLimit) break;
      this.cache.delete(k);
      this.cached -= v.length;
    }
  }
  /** Bytes [from, to) of the file, with retries; a server ignoring Range is read from its start up to the limit. */
  async fetchRange(from, to) {
    const maxRetries = this.opts.maxRetries ?? HTTP_MAX_RETRIES;
    const base = this.opts.retryBaseMs ?? 500;
    let lastError;
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      let res;
      let url;
      try {
        ;
        ({ res, url } = await this.request(from, to));
      } catch (e) {
        if (e instanceof HttpError) throw e;
        lastError = e;
        if (attempt < maxRetries) await sleep(Math.min(HTTP_MAX_RETRY_WAIT_MS, base * 2 ** attempt));
        continue;
      }
      if (res.status === 206) {
        const body = await readBody(res, to - from);
        this.bytesRead += body.length;
        const cr = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(res.headers.get("content-range") ?? "");
        if (cr && Number(cr[1]) !== from) throw new HttpError(206, url.host, `${url.host} answered bytes ${cr[1]}- for a request of bytes ${from}-`);
        if (cr && cr[3] !== "*" && Number(cr[3]) !== this.size) throw new HttpError(206, url.host, `${url.host} serves ${cr[3]} bytes, but the listing said ${this.size}`);
        return body;
      }
      if (res.status === 200) {
        if (this.size > to) this.rangeIgnored = true;
        const limit = this.opts.noRangeLimit ?? HTTP_NO_RANGE_LIMIT;
        if (to > limit) {
          await res.body?.cancel();
          throw new HttpError(200, url.host, `${url.host} ignores Range requests, and reading byte ${to} would download more than ${limit} bytes of the file (the limit for such servers)`);
        }
        const body = await readBody(res, to);
        this.bytesRead += body.length;
        for (let b = 0; b * this.block < body.length; b++) this.remember(b, body.subarray(b * this.block, Math.min(body.length, (b + 1) * this.block)));
        return body.subarray(Math.min(from, body.length), to);
      }
      if (res.status === 416) {
        await res.body?.cancel();
        return new Uint8Array(0);
      }
      await res.body?.cancel();
      if (this.direct && (res.status === 401 || res.status === 403 || res.status === 404 || res.status === 410)) {
        this.direct = void 0;
        lastError = new HttpError(res.status, url.host);
        continue;
      }
      if (!retryable(res.status)) throw new HttpError(res.status, url.host);
      lastError = new HttpError(res.status, url.host);
      if (attempt < maxRetries) {
        const asked = retryAfterMs(res.headers.get("retry-after"));
        await sleep(Math.min(HTTP_MAX_RETRY_WAIT_MS, asked ?? base * 2 ** attempt));
      }
    }
    throw lastError ?? new Error("request failed");
  }
  async request(from, to) {
    this.requests++;
    const headers = { ...this.opts.headers, range: `bytes=${from}-${to - 1}` };
    const signal = AbortSignal.timeout(HTTP_TIMEOUT_MS);
    if (this.direct) {
      const res = await (this.opts.fetch ?? fetch)(this.direct, { headers, redirect: "manual", signal });
      if (!REDIRECTS.has(res.status)) return { res, url: this.direct };
      await res.body?.cancel();
      this.direct = void 0;
    }
    const got = await fetchFollowing(this.opts.url, { headers, authHeaders: this.opts.authHeaders, fetch: this.opts.fetch, signal });
    if (got.url.href !== this.opts.url) this.direct = got.url;
    return got;
  }
};

// src/remote/hub.ts
var DEFAULT_HUB_ENDPOINT = "https://huggingface.co";
var MAX_HUB_FILES = 1e4;
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
function parseHubSpec(spec) {
  if (!spec.startsWith("hf://")) return void 0;
  const rest = spec.slice("hf://".length);
  const m = /^([^/@]+)\/([^/@]+)(?:@([^/]+))?(?:\/(.*))?$/.exec(rest);
  if (!m) return void 0;
  const [, owner, repo, rev, path2] = m;
  if (!NAME.test(owner) || !NAME.test(repo)) return void 0;
  let revision;
  try {
    revision = rev === void 0 ? void 0 : decodeURIComponent(rev);
  } catch {
    return void 0;
  }
  const p = path2?.replace(/\/+$/, "");
  if (p !== void 0 && p.split("/").some((s) => s === ".." || s === ".")) return void 0;
  return { owner, repo, ...revision ? { revision } : {}, ...p ? { path: p } : {} };
}
function isHubSpec(s) {
  return s.startsWith("hf://");
}
function hubEndpoint(env) {
  const e = (env.HF_ENDPOINT ?? "").trim();
  return (e || DEFAULT_HUB_ENDPOINT).replace(/\/+$/, "");
}
function hubToken(env, explicit) {
  const t = (explicit ?? "").trim() || (env.HF_TOKEN ?? "").trim() || (env.HUGGING_FACE_HUB_TOKEN ?? "").trim();
  return t || void 0;
}
function hubPath(r, path2) {
  return `hf://${r.name}@${r.sha}/${path2}`;
}
var RemoteError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
};
var sleep2 = (ms) => new Promise((r) => setTimeout(r, ms));
function hubFetch(opts) {
  const origin = new URL(opts.endpoint).origin;
  const doFetch = opts.fetch ?? fetch;
  const base = opts.retryBaseMs ?? 500;
  return (async (input, init) => {
    let url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    for (let attempt = 0, hops = 0; ; ) {
      const headers = new Headers(init?.headers);
      headers.delete("authorization");
      if (opts.token && url.origin === origin) headers.set("authorization", `Bearer ${opts.token}`);
      const res = await doFetch(url, { ...init, headers, redirect: "manual" });
      const location = res.headers.get("location");
      if ([301, 302, 303, 307, 308].includes(res.status) && location && hops < 5) {
        await res.body?.cancel();
        url = new URL(location, url);
        hops++;
        continue;
      }
      if ((res.status === 429 || res.status >= 500) && attempt < HTTP_MAX_RETRIES) {
        await res.body?.cancel();
        await sleep2(Math.min(HTTP_MAX_RETRY_WAIT_MS, retryAfterMs(res.headers.get("retry-after")) ?? base * 2 ** attempt));
        attempt++;
        continue;
      }
      return res;
    }
  });
}
function statusOf(e) {
  const s = e.statusCode;
  return typeof s === "number" ? s : void 0;
}
function explain(t, e, token) {
  const name = `${t.owner}/${t.repo}`;
  const status = statusOf(e);
  if (status === 401 || status === 403) {
    return new RemoteError(
      token ? `The Hub refused access to ${name} (HTTP ${status}) with the token given: the repo is gated or private and this token has no access to it (accept the conditions on the repo page, or use a token with read access).` : `The Hub refused access to ${name} (HTTP ${status}): the repo is gated or private, and no token was given (set HF_TOKEN, or the hub-token input of the Action).`,
      status
    );
  }
  if (status === 404) {
    return new RemoteError(`The Hub has no model repo ${name}${t.revision ? ` at revision "${t.revision}"` : ""} (HTTP 404)${token ? "" : ", or it is private and no token was given"}.`, status);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new RemoteError(`${name} could not be read from the Hub: ${msg}`, status);
}
async function resolveHubRepo(t, opts) {
  const name = `${t.owner}/${t.repo}`;
  const f = hubFetch(opts);
  const { listFiles, modelInfo } = await import("./cli-7PNXDRM3.js");
  let sha;
  try {
    const info = await modelInfo({ name, revision: t.revision ?? "main", hubUrl: opts.endpoint, fetch: f, additionalFields: ["sha"] });
    sha = String(info.sha ?? "");
  } catch (e) {
    throw explain(t, e, opts.token !== void 0);
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new RemoteError(`The Hub gave no commit sha for ${name} at "${t.revision ?? "main"}".`);
  const files = [];
  let truncated = false;
  try {
    for await (const e of listFiles({ repo: name, revision: sha, path: t.path, recursive: true, hubUrl: opts.endpoint, fetch: f })) {
      if (e.type !== "file") continue;
      if (files.length >= MAX_HUB_FILES) {
        truncated = true;
        break;
      }
      const lfs = e.lfs;
      files.push({ path: e.path, size: lfs?.size ?? e.size, ...lfs?.oid ? { sha256: lfs.oid } : {} });
    }
  } catch (e) {
    if (t.path && (statusOf(e) === 404 || statusOf(e) === 400)) {
      const dir = t.path.includes("/") ? t.path.slice(0, t.path.lastIndexOf("/")) : void 0;
      try {
        for await (const x of listFiles({ repo: name, revision: sha, path: dir, hubUrl: opts.endpoint, fetch: f })) {
          if (x.type === "file" && x.path === t.path) files.push({ path: x.path, size: x.lfs?.size ?? x.size, ...x.lfs?.oid ? { sha256: x.lfs.oid } : {} });
        }
      } catch (e2) {
        throw explain(t, e2, opts.token !== void 0);
      }
      if (files.length === 0) throw new RemoteError(`${name}@${sha} has no file or folder "${t.path}".`, 404);
    } else {
      throw explain(t, e, opts.token !== void 0);
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { target: t, name, sha, files, truncated };
}
function hubFileSource(r, file, opts) {
  const url = `${opts.endpoint}/${r.name}/resolve/${r.sha}/${file.path.split("/").map(encodeURIComponent).join("/")}`;
  return new HttpRangeSource({
    url,
    size: file.size,
    headers: { "user-agent": "adapter-guard" },
    ...opts.token ? { authHeaders: { authorization: `Bearer ${opts.token}` } } : {},
    ...opts.fetch ? { fetch: opts.fetch } : {},
    ...opts.retryBaseMs !== void 0 ? { retryBaseMs: opts.retryBaseMs } : {}
  });
}
var MAX_HUB_DOWNLOAD_BYTES = 64 * 1024 ** 3;
async function downloadHubFile(r, file, dest, opts) {
  const url = `${opts.endpoint}/${r.name}/resolve/${r.sha}/${file.path.split("/").map(encodeURIComponent).join("/")}`;
  const { res, url: at } = await fetchFollowing(url, {
    headers: { "user-agent": "adapter-guard" },
    ...opts.token ? { authHeaders: { authorization: `Bearer ${opts.token}` } } : {},
    ...opts.fetch ? { fetch: opts.fetch } : {},
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)
  });
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new HttpError(res.status, at.host);
  }
  await mkdir(dirname(dest), { recursive: true });
  const { bytes, sha256 } = await streamHashed(res.body, dest, MAX_HUB_DOWNLOAD_BYTES, "file");
  if (file.sha256 && file.sha256.toLowerCase() !== sha256) {
    await rm2(dest, { force: true });
    throw new Error(`SHA-256 ${sha256} does not match the Hub's LFS oid ${file.sha256}`);
  }
  return { bytes, sha256 };
}

// src/version.ts
var VERSION = "0.1.0";

// src/engine/shard.ts
import { stat } from "node:fs/promises";
var FILE_WEIGHT_BYTES = 128 * 1024;
var MAX_SHARDS = 256;
function parseShard(text) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`shard must look like I/N (for example 2/5), not "${text}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw new Error(`shard count must be between 1 and ${MAX_SHARDS}, not ${count}`);
  if (index < 1 || index > count) throw new Error(`shard index must be between 1 and ${count}, not ${index}`);
  return { index, count };
}
function shardUnit(path2) {
  const onDisk2 = path2.includes("!/") ? path2.slice(0, path2.indexOf("!/")) : path2;
  const i = onDisk2.lastIndexOf("/");
  return i < 0 ? "" : onDisk2.slice(0, i);
}
function planShards(files, count, weighs = () => true) {
  const weights = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!weighs(f.rel)) continue;
    const unit = shardUnit(f.rel);
    weights.set(unit, (weights.get(unit) ?? 0) + f.size + FILE_WEIGHT_BYTES);
  }
  const units = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const loads = new Array(count).fill(0);
  const shardOf = /* @__PURE__ */ new Map();
  for (const [unit, w] of units) {
    let best = 0;
    for (let i = 1; i < count; i++) if (loads[i] < loads[best]) best = i;
    loads[best] += w;
    shardOf.set(unit, best + 1);
  }
  return { shardOf, loads };
}
function hashShard(unit, count) {
  let h = 2166136261;
  for (let i = 0; i < unit.length; i++) h = Math.imul(h ^ unit.charCodeAt(i), 16777619);
  return (h >>> 0) % count + 1;
}
async function withSizes(files) {
  return Promise.all(files.map(async (f) => ({ ...f, size: f.size ?? await stat(f.abs).then((s) => s.size, () => 0) })));
}

// src/engine/scan.ts
import { dirname as dirname2, resolve as resolve5 } from "node:path";

// src/formats/json.ts
var JsonFloat = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var MAX_JSON_DEPTH = 127;
var NUMBER_RE = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
var JsonError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
function parseJson(text, options = {}) {
  const fast = nativeWhenEquivalent(text, options.markFloats !== true);
  if (fast !== void 0) {
    if (options.keys === false) return { value: fast.value, duplicates: [], keys: /* @__PURE__ */ new Map() };
    let keys;
    const result = { value: fast.value, duplicates: [] };
    Object.defineProperty(result, "keys", { enumerable: true, get: () => keys ??= parseStrict(text, options).keys });
    return result;
  }
  return parseStrict(text, options);
}
function parseStrict(text, options) {
  const duplicates = [];
  const keys = /* @__PURE__ */ new Map();
  const wantKeys = options.keys !== false;
  const hasOwn = Object.prototype.hasOwnProperty;
  const lineStarts = jsonLineStarts(text);
  const lineOf = (pos) => jsonLineAt(lineStarts, pos);
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const parseString = () => {
    i++;
    let out = "";
    let start = i;
    for (; ; ) {
      if (i >= text.length) throw new JsonError("EOF while parsing a string", i);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 32) throw new JsonError("control character (\\u0000-\\u001F) found while parsing a string", i);
      if (c === 92) {
        out += text.slice(start, i);
        const e = text[i + 1];
        i += 2;
        switch (e) {
          case '"':
            out += '"';
            break;
          case "\\":
            out += "\\";
            break;
          case "/":
            out += "/";
            break;
          case "b":
            out += "\b";
            break;
          case "f":
            out += "\f";
            break;
          case "n":
            out += "\n";
            break;
          case "r":
            out += "\r";
            break;
          case "t":
            out += "	";
            break;
          case "u": {
            const hex = text.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonError("invalid escape", i);
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default:
            throw new JsonError("invalid escape", i - 1);
        }
        start = i;
        continue;
      }
      i++;
    }
  };
  const parseNumber = () => {
    let j = i;
    if (text.charCodeAt(j) === 45) j++;
    const first = j;
    while (j < text.length && j - first < 16) {
      const d = text.charCodeAt(j);
      if (d < 48 || d > 57) break;
      j++;
    }
    const next = j < text.length ? text.charCodeAt(j) : 0;
    if (j > first && j - first <= 15 && next !== 46 && next !== 101 && next !== 69 && !(text.charCodeAt(first) === 48 && j - first > 1) && (next < 48 || next > 57)) {
      const n = Number(text.slice(i, j));
      i = j;
      return n;
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (!m || m[0] === "-") throw new JsonError("invalid number", i);
    i += m[0].length;
    if (m[2] === void 0 && m[3] === void 0) {
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return options.markFloats ? new JsonFloat(Number(m[0])) : Number(m[0]);
  };
  const parseValue = (path2, depth) => {
    ws();
    if (i >= text.length) throw new JsonError("EOF while parsing a value", i);
    const c = text[i];
    if ((c === "{" || c === "[") && depth >= MAX_JSON_DEPTH) throw new JsonError("recursion limit exceeded", i);
    if (c === "{") {
      i++;
      const obj = {};
      ws();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (; ; ) {
        ws();
        if (text[i] !== '"') throw new JsonError(i >= text.length ? "EOF while parsing an object" : "key must be a string", i);
        const keyPos = i;
        const key = parseString();
        const keyPath = path2 ? `${path2}.${key}` : key;
        if (hasOwn.call(obj, key)) duplicates.push({ path: keyPath, line: lineOf(keyPos) });
        if (wantKeys && !keys.has(keyPath)) keys.set(keyPath, lineOf(keyPos));
        ws();
        if (text[i] !== ":") throw new JsonError(i >= text.length ? "EOF while parsing an object" : "expected `:`", i);
        i++;
        const v = parseValue(keyPath, depth + 1);
        if (key === "__proto__") Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        else obj[key] = v;
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return obj;
        }
        throw new JsonError(i >= text.length ? "EOF while parsing an object" : "expected `,` or `}`", i);
      }
    }
    if (c === "[") {
      i++;
      const arr = [];
      ws();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (; ; ) {
        ws();
        const nested = text[i] === "{" || text[i] === "[";
        arr.push(parseValue(nested ? `${path2}[${arr.length}]` : path2, depth + 1));
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return arr;
        }
        throw new JsonError(i >= text.length ? "EOF while parsing a list" : "expected `,` or `]`", i);
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith("true", i)) {
      i += 4;
      return true;
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return false;
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return null;
    }
    if (c === "-" || c >= "0" && c <= "9") return parseNumber();
    throw new JsonError("expected value", i);
  };
  try {
    const value = parseValue("", 0);
    ws();
    if (i < text.length) throw new JsonError("trailing characters", i);
    return { value, duplicates, keys };
  } catch (e) {
    if (e instanceof JsonError) {
      const line = lineOf(Math.min(e.pos, text.length));
      const col = Math.min(e.pos, text.length) - lineStarts[line - 1] + 1;
      return { error: `${e.message} at line ${line} column ${col}`, errorLine: line, duplicates, keys };
    }
    throw e;
  }
}
function jsonLineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function jsonLineAt(starts, pos) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
function isJsonObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat);
}
function nativeWhenEquivalent(text, floatsAsNumbers) {
  let keyTokens = 0;
  let depth = 0;
  let lastStringEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let q = text.indexOf('"', i + 1);
      for (; ; ) {
        if (q < 0) return void 0;
        let b = q - 1;
        while (text.charCodeAt(b) === 92) b--;
        if ((q - 1 - b) % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      i = q;
      lastStringEnd = q;
    } else if (c === 58) {
      if (lastStringEnd >= 0) keyTokens++;
    } else if (c === 123 || c === 91) {
      if (++depth >= MAX_JSON_DEPTH) return void 0;
    } else if (c === 125 || c === 93) depth--;
    else if (!floatsAsNumbers && (c === 46 || c === 101 || c === 69)) return void 0;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j - i >= 16) return void 0;
      i = j - 1;
    }
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  let keys = 0;
  const count = (v) => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) count(x);
      return;
    }
    for (const k in v) {
      keys++;
      count(v[k]);
    }
  };
  count(value);
  return keys === keyTokens ? { value } : void 0;
}

// src/checks/suppressions.ts
function applySuppressions(findings, suppressions, unsuppressible = []) {
  if (suppressions.length === 0) return findings;
  return findings.map((f) => {
    const locked = unsuppressible.includes(f.severity);
    const s = suppressions.find(
      // Anchored at the root: `adapter_model.bin` is that file only, `**/adapter_model.bin` any folder's (issue #10).
      (s2) => (!locked || s2.commandLine === true) && (s2.rule === "*" || s2.rule === f.ruleId) && minimatch(f.path, s2.path, { dot: true })
    );
    return s ? { ...f, suppressed: { reason: s.reason } } : f;
  });
}

// src/engine/context.ts
var DEFAULT_LIMITS = {
  maxFiles: 1e5,
  maxArchiveDepth: 4,
  maxArchiveMembers: 65536,
  maxUnpackedBytes: 4 * 1024 ** 3,
  // Members and pickles are held in memory whole: 32 MiB keeps one such file plus the process under
  // the 150 MB peak-RSS target (a real data.pkl is kilobytes to a few MB, even for 70B models).
  maxMemberBytes: 32 * 1024 ** 2,
  maxPickleBytes: 32 * 1024 ** 2,
  maxMillisPerFile: 12e4
};

// src/formats/dtype.ts
var DTYPES = [
  { name: "BOOL", bits: 8, since: "0.3", float: false },
  { name: "F4", bits: 4, since: "0.6.0", float: true },
  { name: "F6_E2M3", bits: 6, since: "0.6.0", float: true },
  { name: "F6_E3M2", bits: 6, since: "0.6.0", float: true },
  { name: "U8", bits: 8, since: "0.3", float: false },
  { name: "I8", bits: 8, since: "0.3", float: false },
  { name: "F8_E5M2", bits: 8, since: "0.4.0", float: true },
  { name: "F8_E4M3", bits: 8, since: "0.4.0", float: true },
  { name: "F8_E8M0", bits: 8, since: "0.6.0", float: true },
  { name: "F8_E4M3FNUZ", bits: 8, since: "0.8.0", float: true },
  { name: "F8_E5M2FNUZ", bits: 8, since: "0.8.0", float: true },
  { name: "I16", bits: 16, since: "0.3", float: false },
  { name: "U16", bits: 16, since: "0.3", float: false },
  { name: "F16", bits: 16, since: "0.3", float: true },
  { name: "BF16", bits: 16, since: "0.3", float: true },
  { name: "I32", bits: 32, since: "0.3", float: false },
  { name: "U32", bits: 32, since: "0.3", float: false },
  { name: "F32", bits: 32, since: "0.3", float: true },
  { name: "C64", bits: 64, since: "0.7.0", float: true },
  { name: "F64", bits: 64, since: "0.3", float: true },
  { name: "I64", bits: 64, since: "0.3", float: false },
  { name: "U64", bits: 64, since: "0.3", float: false }
];
var BY_NAME = new Map(DTYPES.map((d, i) => [d.name, { ...d, order: i }]));
function dtypeInfo(name) {
  return BY_NAME.get(name);
}
function isNewDtype(name) {
  const d = BY_NAME.get(name);
  return d !== void 0 && (d.since.startsWith("0.6") || d.since.startsWith("0.7") || d.since.startsWith("0.8"));
}

// src/formats/safetensors-dense.ts
import { isUtf8 } from "node:buffer";
var DENSE_HEADER_BYTES = 4 * 1024 * 1024;
var WINDOW = 1024 * 1024;
var MAX_LISTED_TENSORS = 1e5;
var MAX_METADATA_ENTRIES = 1e4;
var MAX_DEPTH = 127;
var U64_MAX = (1n << 64n) - 1n;
var TWO53 = 2 ** 53;
var JsonSyntax = class extends Error {
};
var HeaderFail = class extends Error {
  constructor(code, message, tensor) {
    super(message);
    this.code = code;
    this.tensor = tensor;
  }
  code;
  tensor;
};
var MIN_ENTRY_BYTES = 50;
var INDEX_BITS = 22;
var OK = 0;
var OVERFLOW = 1;
var MISALIGNED = 2;
var SIZE_MISMATCH = 3;
var Columns = class {
  constructor(capacity) {
    this.capacity = capacity;
    this.begin = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
    this.key = new Float64Array(capacity);
    this.nameAt = new Uint32Array(capacity);
    this.dtype = new Uint8Array(capacity);
    this.status = new Uint8Array(capacity);
  }
  capacity;
  n = 0;
  begin;
  end;
  /** Name hash (31 bits) * 2^22 + row: sorting it natively puts equal names next to each other. */
  key;
  /** Where the name's raw JSON text starts in the header, to re-read it for a message or the list. */
  nameAt;
  dtype;
  status;
  /** Shapes, only while the tensors may still be listed (n <= MAX_LISTED_TENSORS). */
  shapes = [];
  /** Offsets past 2^53, exact. */
  big = /* @__PURE__ */ new Map();
  /** Makes a used set of columns ready for another header (every row field is written before it is read). */
  reset() {
    this.n = 0;
    this.shapes = [];
    this.big.clear();
    return this;
  }
  add() {
    if (this.n >= this.capacity) throw new JsonSyntax("more tensor entries than the header length allows");
    return this.n++;
  }
  setOffsets(i, b, e) {
    if ((b > 4294967295 || e > 4294967295) && this.begin instanceof Uint32Array) {
      this.begin = Float64Array.from(this.begin);
      this.end = Float64Array.from(this.end);
    }
    this.begin[i] = b;
    this.end[i] = e;
  }
};
var Reader = class {
  constructor(fill, length) {
    this.fill = fill;
    this.length = length;
    this.win = new Uint8Array(Math.min(WINDOW, Math.max(1, length)));
  }
  fill;
  length;
  win;
  winStart = 0;
  winLen = 0;
  pos = 0;
  line = 1;
  lineStart = 0;
  /** Byte at the current position, or -1 at the end of the header. */
  peek() {
    const i = this.pos - this.winStart;
    if (i >= 0 && i < this.winLen) return this.win[i];
    return this.refill();
  }
  refill() {
    if (this.pos >= this.length) return -1;
    this.winStart = this.pos;
    this.winLen = this.fill(this.win, this.pos).length;
    return this.winLen > 0 ? this.win[0] : -1;
  }
  next() {
    const c = this.peek();
    if (c >= 0) this.pos++;
    return c;
  }
  /** Byte at an absolute header offset (from the window when it is there, else read). */
  byteAt(at) {
    const i = at - this.winStart;
    if (i >= 0 && i < this.winLen) return this.win[i];
    return this.slice(at, at + 1)[0] ?? -1;
  }
  /** Raw bytes [from, to) of the header (re-read when outside the window). */
  slice(from, to) {
    if (from >= this.winStart && to <= this.winStart + this.winLen) return this.win.slice(from - this.winStart, to - this.winStart);
    const out = new Uint8Array(to - from);
    return this.fill(out, from).slice();
  }
  ws() {
    for (; ; ) {
      const c = this.peek();
      if (c === 32 || c === 9 || c === 13) this.pos++;
      else if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else return;
    }
  }
  where() {
    return `at line ${this.line} column ${this.pos - this.lineStart + 1}`;
  }
  syntax(what) {
    throw new JsonSyntax(`${what} ${this.where()}`);
  }
  expect(c, what) {
    this.ws();
    const got = this.peek();
    if (got !== c) this.syntax(got < 0 ? "EOF while parsing a value" : `expected ${what}`);
    this.pos++;
  }
};
var textDecoder = new TextDecoder();
var SPAN = { rawAt: 0, rawLen: 0, escaped: false, hash: 0 };
function readString(r) {
  r.ws();
  if (r.peek() !== 34) r.syntax(r.peek() < 0 ? "EOF while parsing a value" : 'expected `"`');
  r.pos++;
  const rawAt = r.pos;
  let escaped = false;
  let h = 2166136261;
  for (; ; ) {
    const win = r.win;
    let i = r.pos - r.winStart;
    const lim = r.winLen;
    while (i < lim) {
      const c2 = win[i];
      if (c2 === 34 || c2 === 92 || c2 < 32) break;
      h = Math.imul(h ^ c2, 16777619);
      i++;
    }
    r.pos = r.winStart + i;
    if (i >= lim) {
      if (r.peek() < 0) r.syntax("EOF while parsing a string");
      continue;
    }
    const c = win[i];
    r.pos++;
    if (c === 34) break;
    if (c < 32) r.syntax("control character (\\u0000-\\u001F) found while parsing a string");
    if (c === 92) {
      escaped = true;
      const e = r.next();
      if (e === 117) {
        for (let k = 0; k < 4; k++) {
          const x = r.next() | 32;
          if (!(x >= 48 && x <= 57 || x >= 97 && x <= 102)) r.syntax("invalid escape");
        }
      } else if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) r.syntax("invalid escape");
    }
  }
  SPAN.rawAt = rawAt;
  SPAN.rawLen = r.pos - 1 - rawAt;
  SPAN.escaped = escaped;
  SPAN.hash = h >>> 1;
  return SPAN;
}
function textOf(r, s) {
  let text;
  if (s.rawLen <= 32) {
    text = "";
    for (let i = 0; i < s.rawLen; i++) {
      const c = r.byteAt(s.rawAt + i);
      if (c >= 128) {
        text = void 0;
        break;
      }
      text += String.fromCharCode(c);
    }
  }
  text ??= textDecoder.decode(r.slice(s.rawAt, s.rawAt + s.rawLen));
  return s.escaped ? JSON.parse(`"${text}"`) : text;
}
function spells(r, s, word) {
  if (s.escaped || s.rawLen !== word.length) return false;
  for (let i = 0; i < s.rawLen; i++) if (r.byteAt(s.rawAt + i) !== word.charCodeAt(i)) return false;
  return true;
}
function hashText(text) {
  let h = 2166136261;
  for (const c of new TextEncoder().encode(text)) h = Math.imul(h ^ c, 16777619);
  return h >>> 1;
}
function readUsize(r) {
  r.ws();
  const c = r.peek();
  if (c === 45 || c >= 48 && c <= 57) {
    let digits = "";
    let v = 0;
    let neg = false;
    if (c === 45) {
      neg = true;
      r.pos++;
    }
    const first = r.peek();
    if (first < 48 || first > 57) r.syntax("invalid number");
    let count = 0;
    for (let d = r.peek(); d >= 48 && d <= 57; d = r.peek()) {
      r.pos++;
      if (++count <= 15) v = v * 10 + (d - 48);
      else {
        if (count === 16) digits = String(v);
        digits += String.fromCharCode(d);
        if (count > 400) r.syntax("number out of range");
      }
    }
    if (count > 1 && first === 48) r.syntax("invalid number");
    let float = false;
    if (r.peek() === 46) {
      float = true;
      r.pos++;
      if (!(r.peek() >= 48 && r.peek() <= 57)) r.syntax("invalid number");
      while (r.peek() >= 48 && r.peek() <= 57) r.pos++;
    }
    if ((r.peek() | 32) === 101) {
      float = true;
      r.pos++;
      if (r.peek() === 43 || r.peek() === 45) r.pos++;
      if (!(r.peek() >= 48 && r.peek() <= 57)) r.syntax("invalid number");
      while (r.peek() >= 48 && r.peek() <= 57) r.pos++;
    }
    if (float || neg) return neg && !float && count === 1 && first === 48 ? 0 : void 0;
    if (count <= 15) return v;
    const b = BigInt(digits);
    return b > U64_MAX ? void 0 : b < BigInt(TWO53) ? Number(b) : b;
  }
  skipValue(r, 0);
  return void 0;
}
function skipValue(r, depth) {
  const stack = [];
  for (; ; ) {
    r.ws();
    const c = r.peek();
    if (c === 123 || c === 91) {
      if (depth + stack.length + 1 > MAX_DEPTH) r.syntax("recursion limit exceeded");
      r.pos++;
      r.ws();
      const close = c === 123 ? 125 : 93;
      if (r.peek() === close) {
        r.pos++;
      } else {
        stack.push(close);
        if (close === 125) {
          readString(r);
          r.expect(58, "`:`");
        }
        continue;
      }
    } else if (c === 34) {
      readString(r);
    } else if (c === 45 || c >= 48 && c <= 57) {
      readUsize(r);
    } else if (c === 116 || c === 102 || c === 110) {
      const word = c === 116 ? "true" : c === 102 ? "false" : "null";
      for (let i = 0; i < word.length; i++) if (r.next() !== word.charCodeAt(i)) r.syntax("expected ident");
    } else {
      r.syntax(c < 0 ? "EOF while parsing a value" : "expected value");
    }
    for (; ; ) {
      if (stack.length === 0) return;
      r.ws();
      const close = stack[stack.length - 1];
      const d = r.next();
      if (d === close) {
        stack.pop();
        continue;
      }
      if (d !== 44) r.syntax(d < 0 ? "EOF while parsing a list or object" : "expected `,` or the end of the container");
      if (close === 125) {
        readString(r);
        r.expect(58, "`:`");
      }
      break;
    }
  }
}
function forEachMember(r, onKey) {
  r.expect(123, "`{`");
  r.ws();
  if (r.peek() === 125) {
    r.pos++;
    return;
  }
  for (; ; ) {
    onKey();
    r.ws();
    const d = r.next();
    if (d === 125) return;
    if (d !== 44) r.syntax(d < 0 ? "EOF while parsing an object" : "expected `,` or `}`");
    r.ws();
  }
}
function nameOf(r, cols, i) {
  const at = cols.nameAt[i];
  let end = at;
  for (let c = r.byteAt(end); c !== 34 && c >= 0; c = r.byteAt(end)) end += c === 92 ? 2 : 1;
  const text = textOf(r, { rawAt: at, rawLen: end - at, escaped: false, hash: 0 });
  return text.includes("\\") ? JSON.parse(`"${text}"`) : text;
}
async function readDenseHeader(src, headerLength, size) {
  let fill;
  if (src instanceof FileSource) {
    fill = (t, at) => src.readIntoSync(t.subarray(0, Math.max(0, Math.min(t.length, headerLength - at))), 8 + at);
  } else {
    const all = await src.read(8, headerLength);
    fill = (t, at) => {
      const part = all.subarray(at, Math.min(all.length, at + t.length));
      t.set(part);
      return t.subarray(0, part.length);
    };
  }
  {
    const buf = new Uint8Array(WINDOW);
    for (let at = 0; at < headerLength; ) {
      const got = fill(buf, at);
      let cut = got.length;
      if (at + cut < headerLength) {
        while (cut > 0 && cut > got.length - 4 && (got[cut - 1] & 192) === 128) cut--;
        if (cut > 0 && got[cut - 1] >= 192) cut--;
      }
      if (cut === 0 || !isUtf8(got.subarray(0, cut))) return fail("InvalidHeader", "invalid UTF-8 in header: the header bytes are not valid UTF-8");
      at += cut;
    }
  }
  const capacity = Math.ceil(headerLength / MIN_ENTRY_BYTES) + 1;
  const cols = spare && spare.capacity >= capacity ? spare.reset() : new Columns(capacity);
  spare = void 0;
  try {
    return await readWith(r0(fill, headerLength), cols, headerLength, size);
  } finally {
    const prev = spare;
    if (!prev || prev.capacity < cols.capacity) spare = cols;
  }
}
var spare;
function r0(fill, headerLength) {
  return new Reader(fill, headerLength);
}
async function readWith(r, cols, headerLength, size) {
  const first = r.peek();
  const leadingWhitespace = first === 32 || first === 9 || first === 10 || first === 13;
  let metadata;
  let metadataSeen = false;
  try {
    forEachMember(r, () => {
      const key = readString(r);
      r.expect(58, "`:`");
      if (spells(r, key, "__metadata__")) {
        if (metadataSeen) throw new HeaderFail("DuplicateTensorName", 'invalid JSON in header: the tensor name "__metadata__" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors', "__metadata__");
        metadataSeen = true;
        r.ws();
        if (r.peek() === 110) {
          skipValue(r, 1);
          return;
        }
        if (r.peek() !== 123) throw new HeaderFail("InvalidHeaderDeserialization", "invalid JSON in header: `__metadata__` must be a map of strings to strings");
        const meta = {};
        metadata = meta;
        let kept = 0;
        forEachMember(r, () => {
          const k = { ...readString(r) };
          r.expect(58, "`:`");
          r.ws();
          if (r.peek() !== 34) throw new HeaderFail("InvalidHeaderDeserialization", `invalid JSON in header: \`__metadata__\` value for "${textOf(r, k)}" must be a string`);
          const v = readString(r);
          if (kept++ < MAX_METADATA_ENTRIES) meta[textOf(r, k)] = textOf(r, v);
        });
        return;
      }
      const i = cols.add();
      cols.nameAt[i] = key.rawAt;
      cols.key[i] = (key.escaped ? hashText(textOf(r, key)) : key.hash) * 2 ** INDEX_BITS + i;
      readTensor(r, cols, i);
    });
    r.ws();
    if (r.peek() >= 0) r.syntax("trailing characters");
  } catch (e) {
    if (e instanceof JsonSyntax) return fail("InvalidHeaderDeserialization", `invalid JSON in header: ${e.message}`);
    if (e instanceof HeaderFail) return fail(e.code, e.message, e.tensor);
    throw e;
  }
  const n = cols.n;
  {
    const keys = cols.key.subarray(0, n).sort();
    const idx = (k) => k % 2 ** INDEX_BITS;
    const scale = 1 / 2 ** INDEX_BITS;
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const hk = Math.floor(keys[k] * scale);
      const same = hk === prev;
      prev = hk;
      if (!same) continue;
      if (nameOf(r, cols, idx(keys[k])) === nameOf(r, cols, idx(keys[k - 1]))) {
        const dup = nameOf(r, cols, idx(keys[k]));
        return fail("DuplicateTensorName", `invalid JSON in header: the tensor name "${dup}" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors`, dup);
      }
    }
  }
  let sorted = cols.big.size === 0;
  for (let i = 1; sorted && i < n; i++) {
    const d = cols.begin[i] - cols.begin[i - 1];
    if (d < 0 || d === 0 && cols.end[i] < cols.end[i - 1]) sorted = false;
  }
  const order = sorted ? void 0 : new Uint32Array(n);
  if (order) for (let i = 0; i < n; i++) order[i] = i;
  const bigOf = (i, which) => cols.big.get(i)?.[which] ?? BigInt(cols[which][i]);
  order?.sort((a, b) => {
    if (cols.big.size === 0 || !cols.big.has(a) && !cols.big.has(b)) return cols.begin[a] - cols.begin[b] || cols.end[a] - cols.end[b] || a - b;
    const ba = bigOf(a, "begin");
    const bb = bigOf(b, "begin");
    if (ba !== bb) return ba < bb ? -1 : 1;
    const ea = bigOf(a, "end");
    const eb = bigOf(b, "end");
    return ea !== eb ? ea < eb ? -1 : 1 : a - b;
  });
  let start = 0n;
  let startN = 0;
  for (let k = 0; k < n; k++) {
    const i = order ? order[k] : k;
    const fast = cols.big.size === 0;
    if (fast && cols.begin[i] === startN && cols.end[i] >= startN && cols.status[i] === OK) {
      startN = cols.end[i];
      continue;
    }
    if (fast) start = BigInt(startN);
    const begin = bigOf(i, "begin");
    const end = bigOf(i, "end");
    if (begin !== start || end < begin) {
      const name = nameOf(r, cols, i);
      const why = end < begin ? `its data_offsets end (${end}) is before its begin (${begin})` : start === 0n && begin > 0n ? `the first tensor must start at offset 0 but it starts at ${begin}` : begin > start ? `it starts at ${begin} but the previous tensor ended at ${start}: ${begin - start} bytes in between are not indexed by any tensor (a hole)` : `it starts at ${begin}, inside the previous tensor which ends at ${start} (an overlap)`;
      return fail("InvalidOffset", `invalid offset for tensor \`${name}\`: ${why}`, name);
    }
    const st = cols.status[i];
    if (st !== OK) {
      const name = nameOf(r, cols, i);
      const dt = DTYPES[cols.dtype[i]];
      if (st === OVERFLOW) return fail("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${name}\``, name);
      if (st === MISALIGNED) return fail("MisalignedSlice", `tensor \`${name}\` of a ${dt.bits}-bit dtype holds a number of bits that does not end on a byte boundary (MisalignedSlice)`, name);
      return fail("TensorInvalidInfo", `invalid shape, data type, or offset for tensor \`${name}\`: its ${dt.name} shape does not need the ${end - begin} bytes its data_offsets [${begin}, ${end}] span`, name);
    }
    start = end;
    startN = Number(end);
  }
  if (cols.big.size === 0) start = BigInt(startN);
  const dataStart = 8 + headerLength;
  if (start + BigInt(dataStart) !== BigInt(size)) {
    const diff = BigInt(size) - BigInt(dataStart) - start;
    const why = diff > 0n ? `${diff} bytes after the last tensor are not indexed by any tensor (a polyglot or appended file)` : `the tensors need ${-diff} bytes more than the file holds (truncated)`;
    return fail("MetadataIncompleteBuffer", `incomplete metadata, file not fully covered: ${why}`);
  }
  const tensors = [];
  if (n <= MAX_LISTED_TENSORS && cols.shapes) {
    for (let k = 0; k < n; k++) {
      const i = order ? order[k] : k;
      tensors.push({
        name: nameOf(r, cols, i),
        dtype: DTYPES[cols.dtype[i]].name,
        shape: cols.shapes[i],
        dataOffsets: [cols.begin[i], cols.end[i]],
        dataStart
      });
    }
  }
  const header = { headerLength, dataStart, tensors, leadingWhitespace };
  if (n > MAX_LISTED_TENSORS) header.tensorCount = n;
  if (metadata !== void 0) header.metadata = metadata;
  return { ok: true, header };
}
function fail(code, message, tensor) {
  return { ok: false, error: tensor === void 0 ? { code, message } : { code, message, tensor } };
}
var FIELD_DTYPE = 1;
var FIELD_SHAPE = 2;
var FIELD_OFFSETS = 3;
function badTensor(r, cols, i, what) {
  const name = nameOf(r, cols, i);
  throw new HeaderFail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}": ${what} ${r.where()}`, name);
}
function readTensor(r, cols, i) {
  r.ws();
  if (r.peek() < 0) r.syntax("EOF while parsing a value");
  if (r.peek() !== 123) badTensor(r, cols, i, "must be an object with dtype, shape and data_offsets");
  r.pos++;
  let dtype = -1;
  let haveShape = false;
  let nelem = 1;
  let overflow = false;
  const dims = cols.shapes && cols.n <= MAX_LISTED_TENSORS ? [] : void 0;
  let offsets = -1;
  let b = 0;
  let e = 0;
  r.ws();
  if (r.peek() === 125) r.pos++;
  else {
    for (; ; ) {
      const k = readString(r);
      const field2 = spells(r, k, "dtype") ? FIELD_DTYPE : spells(r, k, "shape") ? FIELD_SHAPE : spells(r, k, "data_offsets") ? FIELD_OFFSETS : 0;
      r.expect(58, "`:`");
      r.ws();
      if (field2 === FIELD_DTYPE) {
        if (r.peek() !== 34) badTensor(r, cols, i, "dtype must be a string");
        const d2 = textOf(r, readString(r));
        dtype = DTYPE_INDEX.get(d2) ?? -1;
        if (dtype < 0) badTensor(r, cols, i, `unknown dtype "${d2.slice(0, 40)}" (unknown variant)`);
      } else if (field2 !== 0) {
        const what = field2 === FIELD_SHAPE ? "shape" : "data_offsets";
        if (r.peek() !== 91) badTensor(r, cols, i, `${what} must be a list of non-negative integers`);
        r.pos++;
        let count = 0;
        if (field2 === FIELD_SHAPE) {
          haveShape = true;
          nelem = 1;
          overflow = false;
          if (dims) dims.length = 0;
        }
        r.ws();
        if (r.peek() === 93) r.pos++;
        else {
          for (; ; ) {
            const v = readUsize(r);
            if (v === void 0) badTensor(r, cols, i, `${what} entries must be non-negative integers`);
            if (++count > 4096) badTensor(r, cols, i, `${what} has too many entries`);
            if (field2 === FIELD_SHAPE) {
              if (typeof nelem === "number" && typeof v === "number" && nelem * v < TWO53) nelem *= v;
              else {
                nelem = BigInt(nelem) * BigInt(v);
                if (nelem > U64_MAX) overflow = true;
              }
              dims?.push(Number(v));
            } else if (count === 1) b = v;
            else if (count === 2) e = v;
            r.ws();
            const d2 = r.next();
            if (d2 === 93) break;
            if (d2 !== 44) r.syntax("expected `,` or `]`");
          }
        }
        if (field2 === FIELD_OFFSETS) offsets = count;
      } else {
        skipValue(r, 2);
      }
      r.ws();
      const d = r.next();
      if (d === 125) break;
      if (d !== 44) r.syntax(d < 0 ? "EOF while parsing an object" : "expected `,` or `}`");
    }
  }
  if (dtype < 0) badTensor(r, cols, i, "missing field `dtype`");
  if (!haveShape) badTensor(r, cols, i, "missing field `shape`");
  if (offsets < 0) badTensor(r, cols, i, "missing field `data_offsets`");
  if (offsets !== 2) badTensor(r, cols, i, `data_offsets has ${offsets} entries, expected exactly two integers [begin, end]`);
  cols.dtype[i] = dtype;
  const bits = DTYPES[dtype].bits;
  let status = overflow ? OVERFLOW : OK;
  if (status === OK && typeof nelem === "number" && nelem * bits < TWO53 && typeof b === "number" && typeof e === "number") {
    const nbits = nelem * bits;
    status = nbits % 8 !== 0 ? MISALIGNED : e - b !== nbits / 8 ? SIZE_MISMATCH : OK;
  } else if (status === OK) {
    const nbits = BigInt(nelem) * BigInt(bits);
    if (nbits > U64_MAX) status = OVERFLOW;
    else if (nbits % 8n !== 0n) status = MISALIGNED;
    else if (BigInt(e) - BigInt(b) !== nbits / 8n) status = SIZE_MISMATCH;
  }
  cols.status[i] = status;
  cols.setOffsets(i, Number(b), Number(e));
  if (typeof b === "bigint" || typeof e === "bigint") cols.big.set(i, { begin: BigInt(b), end: BigInt(e) });
  if (cols.shapes) {
    if (cols.n > MAX_LISTED_TENSORS) cols.shapes = void 0;
    else cols.shapes[i] = dims ?? [];
  }
}
var DTYPE_INDEX = new Map(DTYPES.map((d, i) => [d.name, i]));

// src/digits.ts
function groupDigits(n) {
  if (typeof n === "number" && !Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// src/checks/safetensors.ts
var RULE_OF = {
  HeaderTooSmall: "safetensors-header-invalid",
  HeaderTooLarge: "safetensors-header-invalid",
  InvalidHeaderLength: "safetensors-header-invalid",
  InvalidHeader: "safetensors-header-invalid",
  InvalidHeaderDeserialization: "safetensors-header-invalid",
  DuplicateTensorName: "safetensors-header-invalid",
  InvalidOffset: "safetensors-offsets-invalid",
  TensorInvalidInfo: "safetensors-offsets-invalid",
  MisalignedSlice: "safetensors-offsets-invalid",
  ValidationOverflow: "safetensors-offsets-invalid",
  MetadataIncompleteBuffer: "safetensors-offsets-invalid"
};
var VARIANT_SHOWN = {
  HeaderTooSmall: "HeaderTooSmall",
  HeaderTooLarge: "HeaderTooLarge",
  InvalidHeaderLength: "InvalidHeaderLength",
  InvalidHeader: "InvalidHeader",
  InvalidHeaderDeserialization: "InvalidHeaderDeserialization",
  DuplicateTensorName: "InvalidHeaderDeserialization",
  InvalidOffset: "InvalidOffset",
  TensorInvalidInfo: "TensorInvalidInfo",
  MisalignedSlice: "MisalignedSlice",
  ValidationOverflow: "ValidationOverflow",
  MetadataIncompleteBuffer: "MetadataIncompleteBuffer"
};
var KNOWN_FORMATS = /* @__PURE__ */ new Set(["pt", "tf", "flax", "mlx"]);
var ADAPTER_EMPTY_FIX = "Save again from the trained model. An empty adapter usually comes from torch.compile (unwrap with `model._orig_mod` before `save_pretrained`) or DeepSpeed ZeRO-3 without `stage3_gather_16bit_weights_on_model_save: true`.";
function safetensorsFindings(path2, read) {
  if (!read.ok) {
    const { code, message, tensor } = read.error;
    const variant = VARIANT_SHOWN[code];
    const extra = code === "HeaderTooLarge" ? " If the file is a few hundred bytes of text, it is a Git LFS pointer or a truncated download." : code === "InvalidHeaderDeserialization" && /__metadata__/.test(message) === false && /EOF|trailing|expected/.test(message) ? " safetensors < 0.4.4 wrote such a header for an empty state dict with metadata (torch.compile / ZeRO-3)." : "";
    return [
      finding(RULE_OF[code], {
        path: path2,
        message: `${variant}: ${message}. Loading it fails with \`SafetensorError: Error while deserializing header: ${variant}\`.${extra}`,
        tensors: tensor === void 0 ? void 0 : [tensor]
      })
    ];
  }
  const out = [];
  const h = read.header;
  if (h.tensorCount !== void 0) {
    out.push(
      finding("resource-limit", {
        path: path2,
        message: `The header lists ${groupDigits(h.tensorCount)} tensors, more than the ${groupDigits(MAX_LISTED_TENSORS)} the scan checks one by one (an adapter has hundreds to a few thousand). Every tensor's dtype, shape and offsets were validated as the safetensors crate does; the per-tensor adapter checks were not run.`
      })
    );
  } else if (h.tensors.length === 0) {
    const base = path2.slice(path2.lastIndexOf("/") + 1);
    const adapter = base.startsWith("adapter_model");
    out.push(
      finding("safetensors-empty", {
        path: path2,
        message: adapter ? "The file is valid but holds zero tensors: nothing of the adapter was saved. This is the torch.compile / DeepSpeed ZeRO-3 failure mode, and loading it later fails or silently does nothing." : "The file is valid but holds zero tensors.",
        fix: adapter ? ADAPTER_EMPTY_FIX : void 0
      })
    );
  }
  const format = h.metadata?.format;
  if (h.metadata === void 0 || format === void 0) {
    out.push(
      finding("safetensors-metadata-format", {
        path: path2,
        message: "The header has no `__metadata__.format` entry. The file loads, but tools that look for the framework (transformers, the Hub) cannot tell what wrote it."
      })
    );
  } else if (!KNOWN_FORMATS.has(format)) {
    out.push(
      finding("safetensors-metadata-format", {
        path: path2,
        message: `\`__metadata__.format\` is "${format}", not one of pt, tf, flax or mlx: transformers v4 refuses to load it ("does not contain the valid metadata").`
      })
    );
  }
  if (h.headerLength % 8 !== 0) {
    out.push(
      finding("safetensors-header-unpadded", {
        path: path2,
        message: `The header is ${h.headerLength} bytes, not a multiple of 8. The reference writer pads it with spaces; the file loads, but it was not written by the safetensors library.`
      })
    );
  }
  const newer = /* @__PURE__ */ new Map();
  for (const t of h.tensors) {
    if (isNewDtype(t.dtype)) {
      const list = newer.get(t.dtype) ?? [];
      list.push(t.name);
      newer.set(t.dtype, list);
    }
  }
  for (const [dtype, names] of newer) {
    out.push(
      finding("safetensors-dtype-new", {
        path: path2,
        message: `${names.length} tensor(s) use ${dtype}, which safetensors only knows since ${dtypeInfo(dtype)?.since}; older loaders fail with "unknown variant".`,
        tensors: names.slice(0, 20)
      })
    );
  }
  return out;
}

// src/checks/lfs.ts
function couldBeWeights(name) {
  return worthOpening(name) || /(weight|model|ckpt|checkpoint|adapter|lora|\.pkl|\.pt|\.pth|\.bin|\.safetensors|\.gguf|\.onnx|\.h5)/i.test(name);
}
function lfsPointerFindings(path2, name, p) {
  return couldBeWeights(name) ? [lfsPointerFinding(path2, p)] : [];
}
function lfsPointerFinding(path2, p) {
  const what = p.size !== void 0 ? ` The real file is ${groupDigits(p.size)} bytes (oid ${p.oid ?? "unknown"}).` : "";
  return finding("lfs-pointer", {
    path: path2,
    message: `Not scanned: this is a Git LFS pointer, not the checkpoint itself.${what} Add \`lfs: true\` to actions/checkout. (Loaded as safetensors it fails with the confusing \`HeaderTooLarge\`.)`
  });
}

// src/formats/safetensors.ts
var MAX_HEADER_SIZE = 1e8;
var USIZE_MAX = (1n << 64n) - 1n;
function fail2(code, message, tensor) {
  return { ok: false, error: tensor === void 0 ? { code, message } : { code, message, tensor } };
}
function asUsize(v) {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? BigInt(v) : void 0;
  if (typeof v === "bigint") return v >= 0n && v <= USIZE_MAX ? v : void 0;
  return void 0;
}
function describe(v) {
  if (v === void 0) return "missing";
  if (v === null) return "null";
  if (v instanceof JsonFloat) return `the floating-point number ${v.value}`;
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "\u2026" : v)}`;
  return `${typeof v === "bigint" ? "the integer" : typeof v} ${String(v)}`;
}
async function readSafetensors(src, options = {}) {
  const size = src.size;
  if (size < 8) return fail2("HeaderTooSmall", `header too small: the file is ${size} bytes, fewer than the 8 bytes of the header length`);
  const prefix = await src.read(0, 8);
  const n = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_SIZE)) {
    return fail2("HeaderTooLarge", `header too large: the first 8 bytes declare a ${n}-byte header, over the reference limit of ${MAX_HEADER_SIZE} bytes`);
  }
  const headerLength = Number(n);
  if (8 + headerLength > size) {
    return fail2("InvalidHeaderLength", `invalid header length: the header is declared as ${headerLength} bytes but only ${size - 8} bytes follow the length prefix`);
  }
  if (headerLength > DENSE_HEADER_BYTES) return readDenseHeader(src, headerLength, size);
  const raw = await src.read(8, headerLength);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return fail2("InvalidHeader", "invalid UTF-8 in header: the header bytes are not valid UTF-8");
  }
  const parsed = parseJson(text, { markFloats: true, keys: false });
  if (parsed.error !== void 0) return fail2("InvalidHeaderDeserialization", `invalid JSON in header: ${parsed.error}`);
  const root = parsed.value;
  if (!isJsonObject(root)) {
    return fail2("InvalidHeaderDeserialization", `invalid JSON in header: expected a JSON object, found ${describe(root)}`);
  }
  const topDuplicates = parsed.duplicates.filter((d) => !d.path.includes(".") && !d.path.includes("["));
  if (topDuplicates.length > 0) {
    const name = topDuplicates[0].path;
    return fail2(
      "DuplicateTensorName",
      `invalid JSON in header: the tensor name "${name}" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors`,
      name
    );
  }
  const quick = options.exactOnly ? void 0 : validateInNumbers(root, headerLength, size);
  if (quick) {
    if (/^[\s]/.test(text)) quick.leadingWhitespace = true;
    return { ok: true, header: quick };
  }
  let metadata;
  const tensors = [];
  const bounds = [];
  for (const [name, value] of Object.entries(root)) {
    if (name === "__metadata__") {
      if (value === null) continue;
      if (!isJsonObject(value)) {
        return fail2("InvalidHeaderDeserialization", `invalid JSON in header: \`__metadata__\` must be a map of strings to strings, found ${describe(value)}`);
      }
      metadata = {};
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== "string") {
          return fail2("InvalidHeaderDeserialization", `invalid JSON in header: \`__metadata__\` value for "${k}" must be a string, found ${describe(v)}`);
        }
        metadata[k] = v;
      }
      continue;
    }
    if (!isJsonObject(value)) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" must be an object with dtype, shape and data_offsets, found ${describe(value)}`, name);
    }
    const dtype = value.dtype;
    if (typeof dtype !== "string") {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has dtype ${describe(dtype)}, expected a dtype name`, name);
    }
    const info = dtypeInfo(dtype);
    if (!info) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has unknown dtype "${dtype}" (unknown variant)`, name);
    }
    const shapeV = value.shape;
    if (!Array.isArray(shapeV)) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has shape ${describe(shapeV)}, expected a list of non-negative integers`, name);
    }
    const shape = [];
    for (const d of shapeV) {
      const u = asUsize(d);
      if (u === void 0) {
        return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has a shape dimension ${describe(d)}, expected a non-negative integer`, name);
      }
      shape.push(u);
    }
    const offV = value.data_offsets;
    if (!Array.isArray(offV) || offV.length !== 2) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has data_offsets ${Array.isArray(offV) ? `with ${offV.length} entries` : describe(offV)}, expected exactly two integers [begin, end]`, name);
    }
    const begin = asUsize(offV[0]);
    const end = asUsize(offV[1]);
    if (begin === void 0 || end === void 0) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has data_offsets [${describe(offV[0])}, ${describe(offV[1])}], expected non-negative integers`, name);
    }
    let nelem = 1n;
    let overflow = false;
    for (const d of shape) {
      nelem *= d;
      if (nelem > USIZE_MAX) overflow = true;
    }
    bounds.push({ name, begin, end, nelem: overflow ? -1n : nelem, bits: info.bits, shape });
    tensors.push({
      name,
      dtype,
      shape: shape.map(Number),
      dataOffsets: [Number(begin), Number(end)]
    });
  }
  const order = bounds.map((_, i) => i).sort((a, b) => {
    const x = bounds[a];
    const y = bounds[b];
    return x.begin < y.begin ? -1 : x.begin > y.begin ? 1 : x.end < y.end ? -1 : x.end > y.end ? 1 : 0;
  });
  let start = 0n;
  for (const i of order) {
    const t = bounds[i];
    if (t.begin !== start || t.end < t.begin) {
      const why = t.end < t.begin ? `its data_offsets end (${t.end}) is before its begin (${t.begin})` : start === 0n && t.begin > 0n ? `the first tensor must start at offset 0 but it starts at ${t.begin}` : t.begin > start ? `it starts at ${t.begin} but the previous tensor ended at ${start}: ${t.begin - start} bytes in between are not indexed by any tensor (a hole)` : `it starts at ${t.begin}, inside the previous tensor which ends at ${start} (an overlap)`;
      return fail2("InvalidOffset", `invalid offset for tensor \`${t.name}\`: ${why}`, t.name);
    }
    if (t.nelem < 0n) {
      return fail2("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${t.name}\` has shape [${t.shape.join(", ")}]`, t.name);
    }
    const nbits = t.nelem * BigInt(t.bits);
    if (nbits > USIZE_MAX) {
      return fail2("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${t.name}\` has shape [${t.shape.join(", ")}]`, t.name);
    }
    if (nbits % 8n !== 0n) {
      return fail2("MisalignedSlice", `tensor \`${t.name}\` of a ${t.bits}-bit dtype with shape [${t.shape.join(", ")}] holds ${nbits} bits, which does not end on a byte boundary (MisalignedSlice)`, t.name);
    }
    if (t.end - t.begin !== nbits / 8n) {
      return fail2("TensorInvalidInfo", `invalid shape, data type, or offset for tensor \`${t.name}\`: shape [${t.shape.join(", ")}] needs ${nbits / 8n} bytes but data_offsets [${t.begin}, ${t.end}] span ${t.end - t.begin}`, t.name);
    }
    start = t.end;
  }
  const dataStart = 8 + headerLength;
  if (start + BigInt(dataStart) !== BigInt(size)) {
    const diff = BigInt(size) - BigInt(dataStart) - start;
    const why = diff > 0n ? `${diff} bytes after the last tensor are not indexed by any tensor (a polyglot or appended file)` : `the tensors need ${-diff} bytes more than the file holds (truncated)`;
    return fail2("MetadataIncompleteBuffer", `incomplete metadata, file not fully covered: ${why}`);
  }
  const sorted = order.map((i) => ({ ...tensors[i], dataStart }));
  const header = {
    headerLength,
    dataStart,
    tensors: sorted,
    leadingWhitespace: /^[\s]/.test(text)
  };
  if (metadata !== void 0) header.metadata = metadata;
  return { ok: true, header };
}
function validateInNumbers(root, headerLength, size) {
  let metadata;
  const tensors = [];
  for (const name in root) {
    const value = root[name];
    if (name === "__metadata__") {
      if (value === null) continue;
      if (!isJsonObject(value)) return void 0;
      metadata = {};
      for (const k in value) {
        const v = value[k];
        if (typeof v !== "string") return void 0;
        metadata[k] = v;
      }
      continue;
    }
    if (!isJsonObject(value)) return void 0;
    const dtype = value.dtype;
    if (typeof dtype !== "string") return void 0;
    const info = dtypeInfo(dtype);
    if (!info) return void 0;
    const shapeV = value.shape;
    if (!Array.isArray(shapeV)) return void 0;
    const shape = [];
    let nelem = 1;
    for (const d of shapeV) {
      if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) return void 0;
      nelem *= d;
      if (nelem > Number.MAX_SAFE_INTEGER) return void 0;
      shape.push(d);
    }
    const offV = value.data_offsets;
    if (!Array.isArray(offV) || offV.length !== 2) return void 0;
    const begin = offV[0];
    const end = offV[1];
    if (typeof begin !== "number" || typeof end !== "number" || !Number.isSafeInteger(begin) || !Number.isSafeInteger(end) || begin < 0 || end < begin) return void 0;
    const nbits = nelem * info.bits;
    if (nbits > Number.MAX_SAFE_INTEGER || nbits % 8 !== 0 || end - begin !== nbits / 8) return void 0;
    tensors.push({ name, dtype, shape, dataOffsets: [begin, end] });
  }
  tensors.sort((a, b) => a.dataOffsets[0] - b.dataOffsets[0] || a.dataOffsets[1] - b.dataOffsets[1]);
  let start = 0;
  for (const t of tensors) {
    if (t.dataOffsets[0] !== start) return void 0;
    start = t.dataOffsets[1];
  }
  const dataStart = 8 + headerLength;
  if (start + dataStart !== size) return void 0;
  const header = {
    headerLength,
    dataStart,
    tensors: tensors.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, dataOffsets: t.dataOffsets, dataStart })),
    leadingWhitespace: false
  };
  if (metadata !== void 0) header.metadata = metadata;
  return header;
}

// src/formats/lfs.ts
function parseLfsPointer(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^(\w+) (.*)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === "oid") out.oid = m[2];
    if (m[1] === "size" && /^\d+$/.test(m[2])) out.size = Number(m[2]);
  }
  return out;
}

// src/formats/zip.ts
import * as zlib from "node:zlib";
import { createInflateRaw as createInflateRaw2 } from "node:zlib";

// src/formats/inflate-source.ts
import { createGunzip, createInflateRaw, crc32 } from "node:zlib";
var FEED_BYTES = 256 * 1024;
async function* inflateChunks(compressed, kind) {
  const inflate = kind === "gzip" ? createGunzip() : createInflateRaw();
  const feed = (async () => {
    try {
      for (let off = 0; off < compressed.size; off += FEED_BYTES) {
        const chunk = await compressed.read(off, FEED_BYTES);
        if (chunk.length === 0 || inflate.destroyed) break;
        if (!inflate.write(chunk)) await new Promise((r) => inflate.once("drain", r).once("close", r));
      }
    } finally {
      if (!inflate.destroyed) inflate.end();
    }
  })();
  try {
    for await (const chunk of inflate) yield chunk;
  } finally {
    inflate.destroy();
    await feed.catch(() => void 0);
  }
}
async function measureInflated(compressed, stopAfter, kind = "deflate-raw") {
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of inflateChunks(compressed, kind)) {
      if (size + chunk.length > stopAfter) return { size: size + chunk.length, crc32: crc, over: true };
      crc = crc32(chunk, crc);
      size += chunk.length;
    }
  } catch (e) {
    return { size, crc32: crc, over: false, error: e.message };
  }
  return { size, crc32: crc, over: false };
}
var InflatingSource = class {
  /** `size` is the measured inflated size (measureInflated), `window` the bytes kept from the start. */
  constructor(compressed, size, window, kind = "deflate-raw") {
    this.compressed = compressed;
    this.size = size;
    this.kind = kind;
    this.kept = new Uint8Array(Math.min(size, window));
  }
  compressed;
  size;
  kind;
  bytesRead = 0;
  kept;
  have = 0;
  iter;
  /** Uncompressed position the live iterator has reached. */
  pos = 0;
  restart() {
    void this.iter?.return(void 0);
    this.iter = inflateChunks(this.compressed, this.kind);
    this.pos = 0;
  }
  /** Pulls the next chunk from the live iterator, keeping what falls inside the window. */
  async next() {
    if (!this.iter) this.restart();
    const r = await this.iter.next();
    if (r.done) return void 0;
    const chunk = r.value;
    const start = this.pos;
    this.pos += chunk.length;
    const from = Math.max(start, this.have);
    const to = Math.min(this.pos, this.kept.length);
    if (start <= this.have && to > from) {
      this.kept.set(chunk.subarray(from - start, to - start), from);
      this.have = to;
    }
    return chunk;
  }
  async read(offset, length) {
    const start = Math.max(0, Math.min(offset, this.size));
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.size));
    this.bytesRead += end - start;
    if (end <= this.kept.length) {
      if (this.have < end && this.pos > this.have) this.restart();
      while (this.have < end) if (await this.next() === void 0) break;
      return this.kept.subarray(start, Math.min(end, this.have));
    }
    if (this.pos > start) this.restart();
    const out = new Uint8Array(end - start);
    let filled = 0;
    while (filled < out.length) {
      const before = this.pos;
      const chunk = await this.next();
      if (chunk === void 0) break;
      const from = Math.max(start, before);
      const to = Math.min(end, this.pos);
      if (to > from) {
        out.set(chunk.subarray(from - before, to - before), from - start);
        filled = to - start;
      }
    }
    return out.subarray(0, filled);
  }
};

// src/formats/zip.ts
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_EOCD = 101075792;
var SIG_ZIP64_LOCATOR = 117853008;
var EOCD_SIZE = 22;
var EOCD_SEARCH_BYTES = 65535 + EOCD_SIZE;
var ZIP64_LOCATOR_SIZE = 20;
var ZIP64_EOCD_MIN_SIZE = 56;
var CENTRAL_HEADER_SIZE = 46;
var LOCAL_HEADER_SIZE = 30;
var ZIP64_EXTRA_ID = 1;
var MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024;
var METHOD_STORED = 0;
var METHOD_DEFLATED = 8;
var FLAG_ENCRYPTED = 1;
var FLAGS_EXPECTED = 2056 | 2 | 4 | 6;
var utf82 = new TextDecoder("utf-8");
function u16(b, at) {
  return b[at] | b[at + 1] << 8;
}
function u32(b, at) {
  return (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
}
function u64(b, at) {
  const v = u32(b, at) + u32(b, at + 4) * 4294967296;
  return Number.isSafeInteger(v) ? v : Infinity;
}
function findEocd(tail) {
  let fallback = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (u32(tail, i) !== SIG_EOCD) continue;
    if (i + EOCD_SIZE + u16(tail, i + 20) === tail.length) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}
async function readEocd(src, problems) {
  const last = await src.read(Math.max(0, src.size - EOCD_SIZE), EOCD_SIZE);
  const plain = last.length === EOCD_SIZE && u32(last, 0) === SIG_EOCD && u16(last, 20) === 0;
  const tailStart = plain ? src.size - EOCD_SIZE : Math.max(0, src.size - EOCD_SEARCH_BYTES);
  const tail = plain ? last : await src.read(tailStart, src.size - tailStart);
  const at = findEocd(tail);
  if (at < 0) {
    problems.push({ kind: "malformed", message: "no end-of-central-directory record in the last 64 KiB: the zip is truncated or not a zip" });
    return void 0;
  }
  if (at + EOCD_SIZE + u16(tail, at + 20) !== tail.length) {
    problems.push({ kind: "anomaly", message: "bytes follow the end-of-central-directory record (its comment length does not reach the end of the file)" });
  }
  if (u16(tail, at + 4) !== 0 || u16(tail, at + 6) !== 0) {
    problems.push({ kind: "anomaly", message: "the end-of-central-directory record names a multi-disk (spanned) archive" });
  }
  const info = { entries: u16(tail, at + 10), cdSize: u32(tail, at + 12), cdOffset: u32(tail, at + 16), zip64: false };
  const eocdPos = tailStart + at;
  const locPos = eocdPos - ZIP64_LOCATOR_SIZE;
  const loc = locPos >= 0 ? await src.read(locPos, ZIP64_LOCATOR_SIZE) : new Uint8Array(0);
  if (loc.length === ZIP64_LOCATOR_SIZE && u32(loc, 0) === SIG_ZIP64_LOCATOR) {
    const recPos = u64(loc, 8);
    const rec = await src.read(recPos, ZIP64_EOCD_MIN_SIZE);
    if (rec.length < ZIP64_EOCD_MIN_SIZE || u32(rec, 0) !== SIG_ZIP64_EOCD) {
      problems.push({ kind: "malformed", message: `the zip64 locator points at offset ${recPos}, where there is no zip64 end-of-central-directory record` });
    } else {
      info.entries = u64(rec, 32);
      info.cdSize = u64(rec, 40);
      info.cdOffset = u64(rec, 48);
      info.zip64 = true;
    }
  } else if (info.entries === 65535 || info.cdSize === 4294967295 || info.cdOffset === 4294967295) {
    problems.push({ kind: "malformed", message: "the end-of-central-directory record asks for zip64 values but there is no zip64 locator" });
  }
  return info;
}
function applyZip64Extra(entry, extra, problems) {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = u16(extra, p);
    const len = u16(extra, p + 2);
    const body = extra.subarray(p + 4, p + 4 + len);
    p += 4 + len;
    if (id !== ZIP64_EXTRA_ID) continue;
    let q = 0;
    const take = () => {
      if (q + 8 > body.length) return void 0;
      const v = u64(body, q);
      q += 8;
      return v;
    };
    let short = false;
    if (entry.uncompressedSize === 4294967295) entry.uncompressedSize = take() ?? (short = true, entry.uncompressedSize);
    if (entry.compressedSize === 4294967295) entry.compressedSize = take() ?? (short = true, entry.compressedSize);
    if (entry.localHeaderOffset === 4294967295) entry.localHeaderOffset = take() ?? (short = true, entry.localHeaderOffset);
    if (short) problems.push({ kind: "malformed", message: "zip64 extra field is too short for the sizes it should hold", member: entry.name });
    return;
  }
  if (entry.uncompressedSize === 4294967295 || entry.compressedSize === 4294967295 || entry.localHeaderOffset === 4294967295) {
    problems.push({ kind: "malformed", message: "sizes or offset say zip64 but the member has no zip64 extra field", member: entry.name });
  }
}
async function readZipDirectory(src, maxEntries) {
  const problems = [];
  const dir = { entries: [], problems, zip64: false };
  const eocd = await readEocd(src, problems);
  if (!eocd) return dir;
  dir.zip64 = eocd.zip64;
  if (eocd.cdOffset + eocd.cdSize > src.size) {
    problems.push({ kind: "malformed", message: `central directory (${eocd.cdSize} bytes at ${eocd.cdOffset}) runs past the end of the ${src.size}-byte file: truncated` });
  }
  if (eocd.cdSize > MAX_CENTRAL_DIRECTORY_BYTES) {
    problems.push({ kind: "limit", message: `central directory is ${eocd.cdSize} bytes, over the ${MAX_CENTRAL_DIRECTORY_BYTES}-byte limit` });
    return dir;
  }
  const cd = await src.read(eocd.cdOffset, eocd.cdSize);
  let p = 0;
  while (p + 4 <= cd.length && u32(cd, p) === SIG_CENTRAL) {
    if (dir.entries.length >= maxEntries) {
      problems.push({ kind: "limit", message: `archive lists more than ${maxEntries} members; only the first ${maxEntries} were scanned` });
      return dir;
    }
    if (p + CENTRAL_HEADER_SIZE > cd.length) break;
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    const end = p + CENTRAL_HEADER_SIZE + nameLen + extraLen + commentLen;
    if (end > cd.length) break;
    const entry = {
      index: dir.entries.length,
      name: utf82.decode(cd.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLen)),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      crc32: u32(cd, p + 16),
      compressedSize: u32(cd, p + 20),
      uncompressedSize: u32(cd, p + 24),
      localHeaderOffset: u32(cd, p + 42)
    };
    const extra = cd.subarray(p + CENTRAL_HEADER_SIZE + nameLen, p + CENTRAL_HEADER_SIZE + nameLen + extraLen);
    applyZip64Extra(entry, extra, problems);
    dir.entries.push(entry);
    p = end;
  }
  if (dir.entries.length !== eocd.entries) {
    problems.push({
      kind: "malformed",
      message: `central directory is truncated or corrupt: the end record announces ${eocd.entries} members, ${dir.entries.length} could be read`
    });
  } else if (p !== cd.length) {
    problems.push({ kind: "anomaly", message: `${cd.length - p} unexplained bytes at the end of the central directory` });
  }
  return dir;
}
function entryProblems(entry) {
  const out = [];
  const m = entry.name;
  if (entry.flags & FLAG_ENCRYPTED) {
    out.push({ kind: "anomaly", member: m, message: `member \`${m}\` is marked encrypted (flag 0x1): some loaders refuse it, others read it anyway` });
  }
  const unusual = entry.flags & ~FLAGS_EXPECTED & ~FLAG_ENCRYPTED;
  if (unusual) {
    out.push({ kind: "anomaly", member: m, message: `member \`${m}\` sets unusual flag bits 0x${unusual.toString(16)} (e.g. 0x20 patched data, 0x40 strong encryption): Python's zipfile refuses what torch loads` });
  }
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
    out.push({ kind: "anomaly", member: m, message: `member \`${m}\` uses compression method ${entry.method}; only 0 (stored) and 8 (deflated) are expected, so it was not read` });
  }
  return out;
}
async function readLocalHeader(src, entry) {
  const h = await src.read(entry.localHeaderOffset, LOCAL_HEADER_SIZE);
  if (h.length < LOCAL_HEADER_SIZE || u32(h, 0) !== SIG_LOCAL) {
    return { kind: "malformed", member: entry.name, message: `member \`${entry.name}\`: no local header at offset ${entry.localHeaderOffset}` };
  }
  const nameLen = u16(h, 26);
  const extraLen = u16(h, 28);
  const nameBytes = await src.read(entry.localHeaderOffset + LOCAL_HEADER_SIZE, nameLen);
  return { dataStart: entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLen + extraLen, name: utf82.decode(nameBytes) };
}
var CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
var nativeCrc32 = zlib.crc32;
function crc323(bytes) {
  if (nativeCrc32) return nativeCrc32(bytes) >>> 0;
  let c = 4294967295;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
function localNameProblem(entry, local) {
  if (local.name === entry.name) return void 0;
  return { kind: "anomaly", member: entry.name, message: `member \`${entry.name}\` is named \`${local.name}\` in its local header: loaders disagree on which name counts` };
}
async function openZipMember(src, entry, budget) {
  const local = await readLocalHeader(src, entry);
  if ("kind" in local) return [local];
  const nameProblem = localNameProblem(entry, local);
  const opened = await openZipMemberAt(src, entry, local, budget);
  if (nameProblem) (Array.isArray(opened) ? opened : opened.problems).unshift(nameProblem);
  return opened;
}
async function openZipMemberAt(src, entry, local, budget) {
  const m = entry.name;
  const problems = [];
  if (local.dataStart + entry.compressedSize > src.size) {
    problems.push({ kind: "malformed", member: m, message: `member \`${m}\` (${entry.compressedSize} bytes at ${local.dataStart}) runs past the end of the file: truncated` });
    return problems;
  }
  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      problems.push({ kind: "anomaly", member: m, message: `stored member \`${m}\` declares ${entry.compressedSize} bytes stored but ${entry.uncompressedSize} bytes uncompressed` });
    }
    return { source: new SliceSource(src, local.dataStart, entry.compressedSize), dataStart: local.dataStart, problems };
  }
  if (entry.method !== METHOD_DEFLATED) return problems;
  if (entry.compressedSize > budget.maxMemberBytes || entry.uncompressedSize > budget.maxMemberBytes) {
    return openLargeDeflated(src, entry, local, budget, problems);
  }
  if (!budget.reserveUnpacked(entry.uncompressedSize)) {
    problems.push({ kind: "limit", member: m, message: `inflating member \`${m}\` would pass the scan's total unpacked-bytes limit; not inflated` });
    return problems;
  }
  const packed = await src.read(local.dataStart, entry.compressedSize);
  let out = await inflateBounded(packed, entry.uncompressedSize, entry.uncompressedSize);
  if (out.over) {
    const sum = await measureInflated(new MemorySource(packed), budget.maxMemberBytes);
    if (sum.over) {
      problems.push({ kind: "limit", member: m, message: `member \`${m}\` inflates to more than the ${budget.maxMemberBytes}-byte member limit although it declares ${entry.uncompressedSize} bytes (zip bomb)` });
      return problems;
    }
    out = await inflateBounded(packed, sum.size, sum.size);
  }
  if (out.error !== void 0) {
    problems.push({ kind: "malformed", member: m, message: `member \`${m}\` is not valid deflate data: ${out.error}` });
    return problems;
  }
  const inflated = out.data;
  if (inflated.length !== entry.uncompressedSize) {
    problems.push({ kind: "anomaly", member: m, message: `member \`${m}\` inflates to ${inflated.length} bytes but declares ${entry.uncompressedSize}` });
    if (inflated.length > entry.uncompressedSize && !budget.reserveUnpacked(inflated.length - entry.uncompressedSize)) {
      problems.push({ kind: "limit", member: m, message: `member \`${m}\` passed the scan's total unpacked-bytes limit` });
      return problems;
    }
  }
  if (crc323(inflated) !== entry.crc32) {
    problems.push({ kind: "anomaly", member: m, message: `member \`${m}\` fails its CRC-32 check (torch ignores CRCs, Python's zipfile refuses the member)` });
  }
  return { source: new MemorySource(inflated), dataStart: local.dataStart, inflated, problems };
}
function duplicateNameProblems(entries) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const e of entries) counts2.set(e.name, (counts2.get(e.name) ?? 0) + 1);
  return [...counts2].filter(([, n]) => n > 1).map(([name, n]) => ({
    kind: "anomaly",
    member: name,
    message: `member name \`${name}\` appears ${n} times: loaders disagree on which copy they read (every copy was scanned)`
  }));
}
function crcProblem(entry, bytes) {
  if (bytes.length !== entry.uncompressedSize || crc323(bytes) === entry.crc32) return void 0;
  return { kind: "anomaly", member: entry.name, message: `member \`${entry.name}\` fails its CRC-32 check (torch ignores CRCs, Python's zipfile refuses the member)` };
}
var MAX_STREAMED_MEMBER_BYTES = 64 * 1024 ** 3;
async function openLargeDeflated(src, entry, local, budget, problems) {
  const m = entry.name;
  if (entry.uncompressedSize > MAX_STREAMED_MEMBER_BYTES) {
    problems.push({ kind: "limit", member: m, message: `member \`${m}\` declares ${entry.uncompressedSize} bytes, over the ${MAX_STREAMED_MEMBER_BYTES}-byte limit for streamed members; not inflated` });
    return problems;
  }
  if (!budget.reserveUnpacked(entry.uncompressedSize)) {
    problems.push({ kind: "limit", member: m, message: `inflating member \`${m}\` would pass the scan's total unpacked-bytes limit; not inflated` });
    return problems;
  }
  const compressed = new SliceSource(src, local.dataStart, entry.compressedSize);
  const sum = await measureInflated(compressed, entry.uncompressedSize);
  if (sum.error !== void 0) {
    problems.push({ kind: "malformed", member: m, message: `member \`${m}\` is not valid deflate data: ${sum.error}` });
    return problems;
  }
  if (sum.over) {
    problems.push({ kind: "limit", member: m, message: `member \`${m}\` inflates to more than the ${entry.uncompressedSize} bytes it declares (zip bomb); not scanned` });
    return problems;
  }
  if (sum.size !== entry.uncompressedSize) {
    problems.push({ kind: "anomaly", member: m, message: `member \`${m}\` inflates to ${sum.size} bytes but declares ${entry.uncompressedSize}` });
  }
  if (sum.crc32 !== entry.crc32) {
    problems.push({ kind: "anomaly", member: m, message: `member \`${m}\` fails its CRC-32 check (torch ignores CRCs, Python's zipfile refuses the member)` });
  }
  return { source: new InflatingSource(compressed, sum.size, budget.maxMemberBytes), dataStart: local.dataStart, problems };
}
async function inflateBounded(packed, declared, max) {
  const out = new Uint8Array(Math.min(declared, max));
  let n = 0;
  let over = false;
  const inflate = createInflateRaw2();
  return new Promise((resolve6) => {
    const finish = (error) => resolve6({ data: out.subarray(0, n), over, ...error !== void 0 ? { error } : {} });
    inflate.on("data", (c) => {
      if (over) return;
      if (n + c.length > out.length) {
        over = true;
        inflate.destroy();
        finish();
        return;
      }
      out.set(c, n);
      n += c.length;
    });
    inflate.on("error", (e) => finish(e.message));
    inflate.on("end", () => finish());
    inflate.end(packed);
  });
}

// src/formats/pickle/machine.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/formats/pickle/opcodes.ts
var TABLE = [
  ["INT", "I", "decimalnl_short", 0],
  ["BININT", "J", "int4", 1],
  ["BININT1", "K", "uint1", 1],
  ["BININT2", "M", "uint2", 1],
  ["LONG", "L", "decimalnl_long", 0],
  ["LONG1", "\x8A", "long1", 2],
  ["LONG4", "\x8B", "long4", 2],
  ["STRING", "S", "stringnl", 0],
  ["BINSTRING", "T", "string4", 1],
  ["SHORT_BINSTRING", "U", "string1", 1],
  ["BINBYTES", "B", "bytes4", 3],
  ["SHORT_BINBYTES", "C", "bytes1", 3],
  ["BINBYTES8", "\x8E", "bytes8", 4],
  ["BYTEARRAY8", "\x96", "bytearray8", 5],
  ["NEXT_BUFFER", "\x97", "none", 5],
  ["READONLY_BUFFER", "\x98", "none", 5],
  ["NONE", "N", "none", 0],
  ["NEWTRUE", "\x88", "none", 2],
  ["NEWFALSE", "\x89", "none", 2],
  ["UNICODE", "V", "unicodestringnl", 0],
  ["SHORT_BINUNICODE", "\x8C", "unicodestring1", 4],
  ["BINUNICODE", "X", "unicodestring4", 1],
  ["BINUNICODE8", "\x8D", "unicodestring8", 4],
  ["FLOAT", "F", "floatnl", 0],
  ["BINFLOAT", "G", "float8", 1],
  ["EMPTY_LIST", "]", "none", 1],
  ["APPEND", "a", "none", 0],
  ["APPENDS", "e", "none", 1],
  ["LIST", "l", "none", 0],
  ["EMPTY_TUPLE", ")", "none", 1],
  ["TUPLE", "t", "none", 0],
  ["TUPLE1", "\x85", "none", 2],
  ["TUPLE2", "\x86", "none", 2],
  ["TUPLE3", "\x87", "none", 2],
  ["EMPTY_DICT", "}", "none", 1],
  ["DICT", "d", "none", 0],
  ["SETITEM", "s", "none", 0],
  ["SETITEMS", "u", "none", 1],
  ["EMPTY_SET", "\x8F", "none", 4],
  ["ADDITEMS", "\x90", "none", 4],
  ["FROZENSET", "\x91", "none", 4],
  ["POP", "0", "none", 0],
  ["DUP", "2", "none", 0],
  ["MARK", "(", "none", 0],
  ["POP_MARK", "1", "none", 1],
  ["GET", "g", "decimalnl_short", 0],
  ["BINGET", "h", "uint1", 1],
  ["LONG_BINGET", "j", "uint4", 1],
  ["PUT", "p", "decimalnl_short", 0],
  ["BINPUT", "q", "uint1", 1],
  ["LONG_BINPUT", "r", "uint4", 1],
  ["MEMOIZE", "\x94", "none", 4],
  ["EXT1", "\x82", "uint1", 2],
  ["EXT2", "\x83", "uint2", 2],
  ["EXT4", "\x84", "int4", 2],
  ["GLOBAL", "c", "stringnl_noescape_pair", 0],
  ["STACK_GLOBAL", "\x93", "none", 4],
  ["REDUCE", "R", "none", 0],
  ["BUILD", "b", "none", 0],
  ["INST", "i", "stringnl_noescape_pair", 0],
  ["OBJ", "o", "none", 1],
  ["NEWOBJ", "\x81", "none", 2],
  ["NEWOBJ_EX", "\x92", "none", 4],
  ["PROTO", "\x80", "uint1", 2],
  ["STOP", ".", "none", 0],
  ["FRAME", "\x95", "uint8", 4],
  ["PERSID", "P", "stringnl_noescape", 0],
  ["BINPERSID", "Q", "none", 1]
];
var OPCODES = (() => {
  const byCode = new Array(256).fill(void 0);
  for (const [name, ch, arg, proto] of TABLE) {
    const code = ch.charCodeAt(0);
    byCode[code] = { name, code, arg, proto };
  }
  return byCode;
})();
var OPCODE_BY_NAME = new Map(
  OPCODES.filter((o) => o !== void 0).map((o) => [o.name, o])
);
var HIGHEST_PROTOCOL = 5;

// src/formats/pickle/numbers.ts
var MAX_DECIMAL_DIGITS = 4300;
var MAX_RADIX2_DIGITS = 1 << 16;
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13;
}
function digitValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return c - 65 + 10;
  return 99;
}
function trimBounds(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return [a, b];
}
function digitRun(s, a, b, radix, leadingUnderscore) {
  if (a >= b) return void 0;
  let out = "";
  let chunkStart = a;
  let prevUnderscore = !leadingUnderscore;
  let count = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return void 0;
      prevUnderscore = true;
      out += s.slice(chunkStart, i);
      chunkStart = i + 1;
      continue;
    }
    if (digitValue(c) >= radix) return void 0;
    prevUnderscore = false;
    count++;
  }
  if (prevUnderscore || count === 0) return void 0;
  return out + s.slice(chunkStart, b);
}
function build(neg, digits, radix) {
  const limit = radix === 10 ? MAX_DECIMAL_DIGITS : MAX_RADIX2_DIGITS;
  if (digits.length > limit) return { value: void 0, digits: digits.length };
  const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : radix === 2 ? "0b" : "";
  const v = BigInt(prefix + digits);
  return { value: neg ? -v : v, digits: digits.length };
}
function signedBounds(text) {
  const [a0, b] = trimBounds(text);
  const c0 = text.charCodeAt(a0);
  const signed = c0 === 43 || c0 === 45;
  return { neg: c0 === 45, a: signed ? a0 + 1 : a0, b };
}
function parsePythonInt(text) {
  const { neg, a, b } = signedBounds(text);
  if (a >= b) return void 0;
  if (text.charCodeAt(a) === 48 && a + 1 < b) {
    const p = text.charCodeAt(a + 1) | 32;
    const radix = p === 120 ? 16 : p === 111 ? 8 : p === 98 ? 2 : 0;
    if (radix !== 0) {
      const d3 = digitRun(text, a + 2, b, radix, true);
      return d3 === void 0 ? void 0 : build(neg, d3, radix);
    }
    const d2 = digitRun(text, a, b, 10, false);
    if (d2 === void 0) return void 0;
    for (let i = 0; i < d2.length; i++) if (d2.charCodeAt(i) !== 48) return void 0;
    return { value: 0n, digits: d2.length };
  }
  const d = digitRun(text, a, b, 10, false);
  return d === void 0 ? void 0 : build(neg, d, 10);
}
function parseDecimalInt(text) {
  const [a0, b] = trimBounds(text);
  let a = a0;
  let neg = false;
  const c0 = text.charCodeAt(a);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    a++;
  }
  const d = digitRun(text, a, b, 10, false);
  return d === void 0 ? void 0 : build(neg, d, 10);
}
function parseStrtol(text) {
  let a = 0;
  const b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  let neg = false;
  const c0 = text.charCodeAt(a);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    a++;
  }
  if (a >= b) return void 0;
  let radix = 10;
  if (text.charCodeAt(a) === 48) {
    if (a + 1 < b && (text.charCodeAt(a + 1) | 32) === 120) {
      radix = 16;
      a += 2;
      if (a >= b) return void 0;
    } else {
      radix = 8;
    }
  }
  for (let i = a; i < b; i++) if (digitValue(text.charCodeAt(i)) >= radix) return void 0;
  return build(neg, text.slice(a, b), radix);
}
function parseIntOpcode(text) {
  return parseStrtol(text) ?? parsePythonInt(text);
}
function parseLongOpcode(text) {
  return parsePythonInt(text.endsWith("L") ? text.slice(0, -1) : text);
}
function scanDigits(s, i, b) {
  if (i >= b || digitValue(s.charCodeAt(i)) >= 10) return i;
  let j = i + 1;
  for (; ; ) {
    if (j < b && digitValue(s.charCodeAt(j)) < 10) j++;
    else if (j + 1 < b && s.charCodeAt(j) === 95 && digitValue(s.charCodeAt(j + 1)) < 10) j += 2;
    else return j;
  }
}
function parseFloatText(text) {
  const { neg, a, b } = signedBounds(text);
  if (a >= b) return void 0;
  if (b - a <= 8) {
    const word = text.slice(a, b).toLowerCase();
    if (word === "inf" || word === "infinity") return neg ? -Infinity : Infinity;
    if (word === "nan") return NaN;
  }
  let i = a;
  const intEnd = scanDigits(text, i, b);
  let mantissaDigits = intEnd > i;
  i = intEnd;
  if (i < b && text.charCodeAt(i) === 46) {
    i++;
    const fracEnd = scanDigits(text, i, b);
    mantissaDigits ||= fracEnd > i;
    i = fracEnd;
  }
  if (!mantissaDigits) return void 0;
  if (i < b && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < b && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    const expEnd = scanDigits(text, i, b);
    if (expEnd === i) return void 0;
    i = expEnd;
  }
  if (i !== b) return void 0;
  const body = text.slice(a, b);
  const v = Number(body.includes("_") ? body.split("_").join("") : body);
  if (Number.isNaN(v)) return void 0;
  return neg ? -v : v;
}

// src/formats/pickle/policy.ts
var TORCH_STORAGES = [
  "Float",
  "Double",
  "Half",
  "BFloat16",
  "Long",
  "Int",
  "Short",
  "Char",
  "Byte",
  "Bool",
  "ComplexFloat",
  "ComplexDouble",
  "QUInt8",
  "QInt8",
  "QInt32",
  "QUInt4x2",
  "QUInt2x4",
  "Untyped"
];
var TORCH_DTYPES = [
  "float16",
  "float32",
  "float64",
  "bfloat16",
  "half",
  "float",
  "double",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "short",
  "int",
  "long",
  "bool",
  "complex64",
  "complex128",
  "cfloat",
  "cdouble",
  "float8_e4m3fn",
  "float8_e5m2",
  "float8_e4m3fnuz",
  "float8_e5m2fnuz"
];
var ALLOWED = {
  collections: {
    OrderedDict: "the ordered dict a state dict is made of",
    // defaultdict only stores its factory; the factory is a separate import judged on its own.
    defaultdict: "a dict with a default factory (the factory is judged separately)"
  },
  "torch._utils": {
    _rebuild_tensor_v2: "rebuilds a tensor from a storage, offset, size and stride",
    _rebuild_tensor: "rebuilds a tensor from a storage, offset, size and stride (old form)",
    _rebuild_parameter: "wraps a tensor as an nn.Parameter",
    _rebuild_parameter_with_state: "wraps a tensor as an nn.Parameter with saved attributes"
  },
  torch: {
    ...Object.fromEntries(TORCH_STORAGES.map((s) => [`${s}Storage`, "a typed tensor storage class"])),
    ...Object.fromEntries(TORCH_DTYPES.map((d) => [d, "a torch dtype"])),
    // The torch ≤ 0.1.10 tar container names each tensor's type class in its `tensors` records.
    ...Object.fromEntries(TORCH_STORAGES.filter((s) => !s.startsWith("Q") && s !== "Untyped").map((s) => [`${s}Tensor`, "a legacy typed tensor class (old tar checkpoints)"])),
    Size: "a tensor shape",
    device: "a device name such as cpu or cuda:0"
  },
  _codecs: { encode: "turns a str into bytes (how protocol 2 pickles bytes)" },
  numpy: { dtype: "a numpy dtype", ndarray: "a numpy array class" },
  "numpy.core.multiarray": {
    _reconstruct: "rebuilds a numpy array",
    scalar: "rebuilds a numpy scalar"
  },
  "numpy._core.multiarray": {
    _reconstruct: "rebuilds a numpy array",
    scalar: "rebuilds a numpy scalar"
  }
};
var DENIED_MODULES = {
  os: "os runs shell commands (os.system), starts processes and deletes files",
  posix: "posix is os on Linux/macOS: it runs shell commands and starts processes",
  nt: "nt is os on Windows: it runs shell commands and starts processes",
  subprocess: "subprocess starts programs",
  _posixsubprocess: "starts programs",
  commands: "commands (Python 2) runs shell commands",
  pty: "pty spawns a shell",
  sys: "sys changes the interpreter (modules, hooks, exit)",
  runpy: "runpy runs Python modules and files",
  importlib: "importlib imports any module by name",
  imp: "imp imports and loads any module or file",
  zipimport: "zipimport imports code from archives",
  pkgutil: "pkgutil resolves any dotted name to any object (a universal import)",
  marshal: "marshal turns bytes into code objects",
  pickle: "pickle loads a nested pickle, which can run anything",
  _pickle: "pickle loads a nested pickle, which can run anything",
  cPickle: "pickle loads a nested pickle, which can run anything",
  dill: "dill loads nested pickles and rebuilds functions from code",
  cloudpickle: "cloudpickle rebuilds functions from code",
  joblib: "joblib loads nested pickles",
  shelve: "shelve loads pickles from a file",
  webbrowser: "webbrowser opens URLs and starts a browser program",
  socket: "socket opens network connections",
  ssl: "ssl opens network connections",
  socketserver: "socketserver opens network servers",
  shutil: "shutil copies, moves and deletes files and runs archive tools",
  tempfile: "tempfile creates files",
  glob: "glob lists the file system",
  fileinput: "fileinput reads files",
  code: "code runs Python source",
  codeop: "codeop compiles Python source",
  ctypes: "ctypes calls native code directly",
  _ctypes: "ctypes calls native code directly",
  asyncio: "asyncio starts subprocesses and network connections",
  multiprocessing: "multiprocessing starts processes",
  requests: "requests makes network requests",
  urllib: "urllib makes network requests",
  urllib2: "urllib2 makes network requests",
  http: "http makes network requests and runs servers",
  httplib: "httplib makes network requests",
  aiohttp: "aiohttp makes network requests",
  ftplib: "ftplib makes network requests",
  smtplib: "smtplib sends mail",
  telnetlib: "telnetlib opens network connections",
  xmlrpc: "xmlrpc makes remote calls",
  pydoc: "pydoc runs pagers (shell commands) and imports modules",
  pdb: "pdb runs Python code under the debugger",
  bdb: "bdb runs Python code under the debugger",
  timeit: "timeit runs Python source",
  trace: "trace runs Python code",
  profile: "profile runs Python code",
  cProfile: "cProfile runs Python code",
  doctest: "doctest runs Python source",
  idlelib: "idlelib runs Python code",
  lib2to3: "lib2to3 evaluates grammar data",
  ensurepip: "ensurepip runs pip",
  pip: "pip installs and runs packages",
  venv: "venv creates environments and runs programs",
  distutils: "distutils runs build commands and writes files",
  setuptools: "setuptools runs build commands",
  uuid: "uuid runs system programs to find a MAC address",
  imaplib: "imaplib can start a program (IMAP4_stream)",
  mailcap: "mailcap runs shell commands (findmatch)",
  _osx_support: "runs compiler commands",
  _aix_support: "runs system commands",
  _pyrepl: "runs Python code in a REPL",
  test: "the test package runs arbitrary helpers",
  unittest: "unittest runs code",
  gc: "gc reaches every live object",
  site: "site runs .pth files and changes import paths",
  signal: "signal installs handlers that run code",
  _signal: "signal installs handlers that run code",
  threading: "threading starts threads running any function",
  _thread: "starts threads running any function",
  thread: "starts threads running any function",
  atexit: "atexit registers functions to run at exit",
  sqlite3: "sqlite3 opens and writes database files",
  _sqlite3: "sqlite3 opens and writes database files",
  inspect: "inspect reaches any object and frame",
  types: "types builds functions and code objects from bytes",
  tarfile: "tarfile writes files",
  zipfile: "zipfile writes files",
  "logging.config": "logging.config can listen on a socket and eval configuration",
  "logging.handlers": "logging handlers open files, sockets and mail connections",
  operator: "operator attrgetter/methodcaller reach and call any attribute",
  _operator: "operator attrgetter/methodcaller reach and call any attribute",
  functools: "functools.partial binds arguments to any callable, hiding what is called",
  platform: "platform runs system commands",
  select: "select waits on sockets",
  pexpect: "pexpect spawns programs",
  "numpy.f2py": "numpy.f2py compiles and runs Fortran/C builds",
  "numpy.testing._private.utils": "numpy.testing runs Python source (runstring)",
  "numpy.distutils": "numpy.distutils runs build commands",
  "torch.hub": "torch.hub downloads and runs code from GitHub",
  "torch._dynamo": "torch._dynamo evaluates guard expressions (Python source)",
  "torch._inductor": "torch._inductor compiles and loads native code",
  "torch.jit": "torch.jit compiles and runs TorchScript and Python source",
  "torch.fx.experimental.symbolic_shapes": "evaluates guard expressions (Python source)",
  "torch.utils.bottleneck": "torch.utils.bottleneck runs a script under the profiler",
  "torch.utils.collect_env": "torch.utils.collect_env runs shell commands",
  "torch.utils._config_module": "loads pickled configuration (nested pickle)",
  "torch.utils.data.datapipes.utils.decoder": "decoders that load pickles and files",
  "torch.distributed": "torch.distributed opens network connections and runs remote calls",
  "torch.compile": "compiles code",
  "torch.package": "torch.package imports code from archives"
};
var DENIED_NAMES = {
  builtins: {
    eval: "builtins.eval runs Python source given as a string",
    exec: "builtins.exec runs Python source given as a string",
    execfile: "execfile runs a Python file",
    compile: "builtins.compile turns source into code to run",
    getattr: "builtins.getattr reaches any attribute of any object (e.g. os.system)",
    setattr: "builtins.setattr overwrites attributes of modules and classes",
    delattr: "builtins.delattr removes attributes of modules and classes",
    __import__: "builtins.__import__ imports any module",
    open: "builtins.open opens, reads and overwrites files",
    file: "file (Python 2) opens files",
    apply: "apply (Python 2) calls any function",
    breakpoint: "builtins.breakpoint starts a debugger",
    input: "builtins.input evaluates (Python 2) or reads console input",
    globals: "builtins.globals exposes the loader's variables",
    locals: "builtins.locals exposes the loader's variables",
    vars: "builtins.vars exposes any object's variables",
    exit: "builtins.exit stops the process",
    quit: "builtins.quit stops the process",
    reload: "reload re-runs a module"
  },
  torch: {
    load: "torch.load loads a nested checkpoint, which can run anything",
    compile: "torch.compile compiles code"
  },
  "torch.serialization": {
    load: "torch.serialization.load loads a nested checkpoint, which can run anything",
    _load: "loads a nested checkpoint, which can run anything",
    _legacy_load: "loads a nested checkpoint, which can run anything"
  },
  "torch.storage": {
    _load_from_bytes: "torch.storage._load_from_bytes loads a nested checkpoint (torch.load) from bytes"
  },
  _io: { FileIO: "_io.FileIO opens and overwrites files", open: "_io.open opens and overwrites files", open_code: "opens files" },
  io: { FileIO: "io.FileIO opens and overwrites files", open: "io.open opens and overwrites files", open_code: "opens files" },
  logging: { FileHandler: "logging.FileHandler creates and writes files" },
  numpy: {
    load: "numpy.load can unpickle object arrays from a nested file",
    loads: "numpy.loads unpickles bytes",
    fromfile: "numpy.fromfile reads files"
  },
  "numpy.lib.npyio": { load: "numpy.load can unpickle object arrays" },
  "numpy.core.numeric": { loads: "unpickles bytes" },
  copyreg: { _reconstructor: "copyreg._reconstructor builds any object of any class" },
  copy_reg: { _reconstructor: "copyreg._reconstructor builds any object of any class" }
};
var NESTED_LOADERS = /* @__PURE__ */ new Set([
  "pickle.loads",
  "pickle.load",
  "_pickle.loads",
  "_pickle.load",
  "cPickle.loads",
  "dill.loads",
  "dill.load",
  "cloudpickle.loads",
  "joblib.load",
  "torch.load",
  "torch.serialization.load",
  "torch.storage._load_from_bytes",
  "numpy.load",
  "numpy.loads",
  "torch.utils._config_module.ConfigModule.load_config"
]);
var UNKNOWN_NOTES = {
  "torch._tensor._rebuild_from_type_v2": "torch._tensor._rebuild_from_type_v2 calls whatever function is passed to it as its first argument (torch writes it for tensor subclasses); check that argument",
  "torch._utils._rebuild_qtensor": "rebuilds a quantized tensor; not needed by an adapter state dict",
  "torch._utils._rebuild_meta_tensor_no_storage": "rebuilds a meta tensor that holds no data",
  "torch.nn.parameter.Parameter": "builds an nn.Parameter directly instead of through _rebuild_parameter",
  "_io.BytesIO": "wraps bytes as a file, usually for a nested load"
};
var PY2_MODULES = {
  __builtin__: "builtins",
  copy_reg: "copyreg",
  cPickle: "pickle",
  commands: "subprocess",
  urllib2: "urllib.request",
  httplib: "http.client",
  thread: "_thread",
  exceptions: "builtins",
  UserDict: "collections",
  cStringIO: "io",
  StringIO: "io",
  SocketServer: "socketserver",
  Queue: "queue",
  _winreg: "winreg",
  dummy_thread: "_dummy_thread"
};
var RANK = { allowed: 0, unknown: 1, "code-execution": 2 };
function deniedModule(module) {
  const parts = module.split(".");
  for (let i = parts.length; i >= 1; i--) {
    const prefix = parts.slice(0, i).join(".");
    const d = DENIED_MODULES[prefix];
    if (d !== void 0) return d;
  }
  return void 0;
}
function judgeOne(module, name) {
  const allowed = ALLOWED[module]?.[name];
  if (allowed !== void 0) return { verdict: "allowed", description: allowed };
  const byName = DENIED_NAMES[module]?.[name] ?? DENIED_NAMES[module]?.[name.split(".")[0] ?? ""];
  if (byName !== void 0) return { verdict: "code-execution", description: byName };
  const byModule = deniedModule(module);
  if (byModule !== void 0) return { verdict: "code-execution", description: byModule };
  if (name.includes(".")) {
    return {
      verdict: "code-execution",
      description: `the name "${name}" walks an attribute path from ${module}, which can reach any object (for example builtins through __class__/__globals__)`
    };
  }
  if (name.startsWith("__") && name.endsWith("__")) {
    return { verdict: "code-execution", description: `the dunder attribute ${name} reaches interpreter internals` };
  }
  if (module.length === 0 || name.length === 0) {
    return { verdict: "code-execution", description: "an empty module or name cannot be a state-dict import" };
  }
  const note = UNKNOWN_NOTES[`${module}.${name}`];
  if (note !== void 0) return { verdict: "unknown", description: note };
  return {
    verdict: "unknown",
    description: `${module}.${name} is not something a tensor state dict needs; loading the file imports and may call it`
  };
}
function judgeGlobal(module, name) {
  const candidates = [[module, name]];
  const tm = module.trim();
  const tn = name.trim();
  if (tm !== module || tn !== name) candidates.push([tm, tn]);
  const mapped = PY2_MODULES[tm];
  if (mapped !== void 0) candidates.push([mapped, tn]);
  let worst;
  for (const [m, n] of candidates) {
    const j = judgeOne(m, n);
    if (worst === void 0 || RANK[j.verdict] > RANK[worst.verdict]) worst = j;
  }
  return worst;
}
function isNestedLoader(module, name) {
  const m = PY2_MODULES[module] ?? module;
  return NESTED_LOADERS.has(`${m}.${name}`);
}

// src/formats/pickle/values.ts
var GlobalRef = class {
  constructor(module, name, resolved = true) {
    this.module = module;
    this.name = name;
    this.resolved = resolved;
  }
  module;
  name;
  resolved;
  toString() {
    return `${this.module}.${this.name}`;
  }
};
var CallResult = class {
  constructor(callee, args, opcode, offset) {
    this.callee = callee;
    this.args = args;
    this.opcode = opcode;
    this.offset = offset;
  }
  callee;
  args;
  opcode;
  offset;
  /** Set by BUILD (`__setstate__`). */
  state = void 0;
};
var PersistentRef = class {
  constructor(pid) {
    this.pid = pid;
  }
  pid;
};
var Unknown = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function makeTuple(items) {
  return Object.freeze(items);
}
function isTuple(v) {
  return Array.isArray(v) && Object.isFrozen(v);
}
function describeValue(v) {
  if (v === null) return "None";
  if (typeof v === "string") return "str";
  if (typeof v === "number" || typeof v === "bigint") return "number";
  if (typeof v === "boolean") return "bool";
  if (v instanceof Uint8Array) return "bytes";
  if (Array.isArray(v)) return isTuple(v) ? "tuple" : "list";
  if (v instanceof Map) return "dict";
  if (v instanceof Set) return "set";
  if (v instanceof GlobalRef) return `global ${v.toString()}`;
  if (v instanceof CallResult) return "call result";
  if (v instanceof Unknown) return `unknown value (${v.reason})`;
  return "object";
}

// src/formats/pickle/torch.ts
var STORAGE_DTYPES = {
  FloatStorage: { dtype: "F32", itemsize: 4 },
  DoubleStorage: { dtype: "F64", itemsize: 8 },
  HalfStorage: { dtype: "F16", itemsize: 2 },
  BFloat16Storage: { dtype: "BF16", itemsize: 2 },
  LongStorage: { dtype: "I64", itemsize: 8 },
  IntStorage: { dtype: "I32", itemsize: 4 },
  ShortStorage: { dtype: "I16", itemsize: 2 },
  CharStorage: { dtype: "I8", itemsize: 1 },
  ByteStorage: { dtype: "U8", itemsize: 1 },
  BoolStorage: { dtype: "BOOL", itemsize: 1 },
  ComplexFloatStorage: { dtype: "C64", itemsize: 8 },
  // No safetensors names exist for these; they keep torch's spelling.
  ComplexDoubleStorage: { dtype: "C128", itemsize: 16 },
  QUInt8Storage: { dtype: "QUINT8", itemsize: 1 },
  QInt8Storage: { dtype: "QINT8", itemsize: 1 },
  QInt32Storage: { dtype: "QINT32", itemsize: 4 },
  QUInt4x2Storage: { dtype: "QUINT4X2", itemsize: 1 },
  QUInt2x4Storage: { dtype: "QUINT2X4", itemsize: 1 },
  UntypedStorage: { dtype: "U8", itemsize: 1 }
};
var StorageRef = class {
  constructor(storageType, dtype, itemsize, key, numel2, location, viewOffset) {
    this.storageType = storageType;
    this.dtype = dtype;
    this.itemsize = itemsize;
    this.key = key;
    this.numel = numel2;
    this.location = location;
    this.viewOffset = viewOffset;
  }
  storageType;
  dtype;
  itemsize;
  key;
  numel;
  location;
  viewOffset;
};
var TensorRef = class {
  constructor(dtype, shape, stride, storage) {
    this.dtype = dtype;
    this.shape = shape;
    this.stride = stride;
    this.storage = storage;
  }
  dtype;
  shape;
  stride;
  storage;
};
function toInt(v) {
  if (typeof v === "number" && Number.isSafeInteger(v)) return v;
  if (typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(v);
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  return void 0;
}
function toIntList(v) {
  if (!Array.isArray(v)) return void 0;
  const out = [];
  for (const x of v) {
    const n = toInt(x);
    if (n === void 0 || n < 0) return void 0;
    out.push(n);
  }
  return out;
}
function persistentLoad(pid) {
  if (!Array.isArray(pid) || pid.length < 5 || pid[0] !== "storage") return void 0;
  const cls = pid[1];
  if (!(cls instanceof GlobalRef) || cls.module !== "torch") return void 0;
  const info = STORAGE_DTYPES[cls.name];
  const key = pid[2];
  const location = pid[3];
  const numel2 = toInt(pid[4]);
  if (!info || typeof key !== "string" && typeof key !== "number" || numel2 === void 0 || numel2 < 0) return void 0;
  let viewOffset = 0;
  if (pid.length >= 6 && Array.isArray(pid[5])) {
    viewOffset = toInt(pid[5][1]) ?? 0;
  }
  return new StorageRef(cls.name, info.dtype, info.itemsize, String(key), numel2, String(location), viewOffset);
}
var REBUILD_TENSOR = /* @__PURE__ */ new Set(["_rebuild_tensor_v2", "_rebuild_tensor"]);
var REBUILD_PARAMETER = /* @__PURE__ */ new Set(["_rebuild_parameter", "_rebuild_parameter_with_state"]);
function rebuildTensor(callee, args) {
  if (!Array.isArray(args)) return void 0;
  if (callee.module === "torch._utils" && REBUILD_TENSOR.has(callee.name)) {
    const [storage, offsetArg, sizeArg, strideArg] = args;
    if (!(storage instanceof StorageRef)) return void 0;
    const offset = toInt(offsetArg);
    const shape = toIntList(sizeArg);
    const stride = toIntList(strideArg);
    if (offset === void 0 || offset < 0 || !shape || !stride || stride.length !== shape.length) return void 0;
    return new TensorRef(storage.dtype, shape, stride, {
      key: storage.key,
      offset: offset + storage.viewOffset,
      numel: storage.numel,
      itemsize: storage.itemsize
    });
  }
  if (callee.module === "torch._utils" && REBUILD_PARAMETER.has(callee.name)) {
    return args[0] instanceof TensorRef ? args[0] : void 0;
  }
  if (callee.module === "torch._tensor" && callee.name === "_rebuild_from_type_v2") {
    const [func, , inner] = args;
    if (func instanceof GlobalRef && func.module === "torch._utils") return rebuildTensor(func, inner);
    if (func instanceof CallResult) return void 0;
  }
  return void 0;
}
var MAX_NAME_DEPTH = 100;
function collectTensors(values, maxVisits) {
  const tensors = [];
  const noTensor = /* @__PURE__ */ new WeakSet();
  let visits = 0;
  const work = values.map((v) => ({ value: v, name: "", depth: 0 })).reverse();
  while (work.length > 0) {
    const f = work.pop();
    if ("exit" in f) {
      if (tensors.length === f.before) noTensor.add(f.exit);
      continue;
    }
    if (++visits > maxVisits) return { tensors, truncated: true };
    const v = f.value;
    if (v instanceof TensorRef) {
      tensors.push({
        name: f.name === "" ? "(top-level)" : f.name,
        dtype: v.dtype,
        shape: [...v.shape],
        stride: [...v.stride],
        storage: { ...v.storage }
      });
      continue;
    }
    const isMap = v instanceof Map;
    if (!isMap && !Array.isArray(v) || f.depth >= MAX_NAME_DEPTH || noTensor.has(v)) continue;
    work.push({ exit: v, before: tensors.length });
    const entries = isMap ? [...v.entries()] : [...v.entries()];
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child2] = entries[i];
      if (!(child2 instanceof TensorRef) && !(child2 instanceof Map) && !Array.isArray(child2)) continue;
      const key = typeof k === "string" || typeof k === "number" || typeof k === "bigint" || typeof k === "boolean" ? String(k) : isTuple(k) ? "(tuple)" : "(key)";
      work.push({ value: child2, name: f.name === "" ? key : `${f.name}.${key}`, depth: f.depth + 1 });
    }
  }
  return { tensors, truncated: false };
}

// src/formats/pickle/sweep.ts
var SWEEP_MAX_ARG = 64 * 1024;
var SWEEP_MAX_MEMO = 1 << 20;
var SWEEP_MAX_IMPORTS = 1e4;
var latin1Decoder = new TextDecoder("latin1");
var utf8Decoder = new TextDecoder("utf-8");
function u32le(b, i) {
  return (b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24) >>> 0;
}
var ImportSweep = class {
  /** @param from imports at offsets below this are not recorded (the machine already read them exactly). */
  constructor(from = 0) {
    this.from = from;
  }
  from;
  imports = [];
  /** Imports past SWEEP_MAX_IMPORTS (counted, not listed). */
  dropped = 0;
  /** Why the sweep stopped before the end, when it did (unknown opcode, truncated argument). */
  stopped;
  /** Last two values pushed, as far as a stackless reader can tell: a string, or undefined (anything else). */
  recent = [];
  memo = /* @__PURE__ */ new Map();
  /** Bytes of a long argument still to skip, and whether we are skipping to a newline instead. */
  skip = 0;
  skipLine = false;
  skipLines = 0;
  /**
   * Reads whole opcodes from `chunk` (which starts at absolute offset `base`) and returns the absolute
   * offset it consumed up to. The caller feeds the rest again with more bytes after it; `eof` says no
   * more bytes follow. An opcode never needs more than SWEEP_MAX_ARG + 9 bytes at once.
   */
  feed(chunk, base, eof) {
    let p = 0;
    const n = chunk.length;
    while (this.stopped === void 0) {
      if (this.skip > 0) {
        const k = Math.min(this.skip, n - p);
        this.skip -= k;
        p += k;
        if (this.skip > 0) break;
      }
      while (this.skipLine && this.skipLines > 0) {
        const nl = chunk.indexOf(10, p);
        if (nl < 0) return eof ? this.stop("a text argument has no terminating newline", base + n) : base + n;
        p = nl + 1;
        if (--this.skipLines === 0) this.skipLine = false;
      }
      if (p >= n) break;
      const at = p;
      const r = this.step(chunk, p, base);
      if (r === -1) {
        if (eof || n - at > SWEEP_MAX_ARG + 16) this.stop(`the argument of the opcode at offset ${base + at} is truncated`, base + at);
        return base + at;
      }
      p = r;
    }
    return base + p;
  }
  stop(why, offset) {
    this.stopped = why;
    return offset;
  }
  record(module, name, offset, opcode, resolved) {
    if (offset < this.from) return;
    if (this.imports.length >= SWEEP_MAX_IMPORTS) {
      this.dropped++;
      return;
    }
    this.imports.push({ module, name, offset, opcode, resolved });
  }
  pushed(v) {
    this.recent.push(v);
    if (this.recent.length > 2) this.recent.shift();
  }
  /** Index of the newline ending a text argument that starts at p, or -1 when it is not in the chunk. */
  lineEnd(c, p) {
    return c.indexOf(10, p);
  }
  /** Executes the opcode at c[p]; returns the index after it, or -1 when its argument is not all in the chunk. */
  step(c, p, base) {
    const offset = base + p;
    const op = OPCODES[c[p]];
    if (op === void 0) {
      this.stop(`invalid opcode 0x${c[p].toString(16).padStart(2, "0")} at offset ${offset}`, offset);
      return p;
    }
    const q = p + 1;
    const n = c.length;
    const have = (k) => q + k <= n;
    switch (op.name) {
      case "GLOBAL":
      case "INST": {
        const e1 = this.lineEnd(c, q);
        const e2 = e1 < 0 ? -1 : this.lineEnd(c, e1 + 1);
        if (e2 < 0) {
          if (n - q <= SWEEP_MAX_ARG) return -1;
          this.record("<unreadable>", "<unreadable>", offset, op.name, false);
          this.recent = [];
          this.skipLine = true;
          this.skipLines = e1 < 0 ? 2 : 1;
          return e1 < 0 ? n : e1 + 1;
        }
        this.record(utf8Decoder.decode(c.subarray(q, e1)), utf8Decoder.decode(c.subarray(e1 + 1, e2)), offset, op.name, true);
        this.recent = [];
        this.pushed(void 0);
        return e2 + 1;
      }
      case "STACK_GLOBAL": {
        const [m, nm] = this.recent.length === 2 ? this.recent : [void 0, void 0];
        if (m !== void 0 && nm !== void 0) this.record(m, nm, offset, op.name, true);
        else this.record("<unknown>", "<unknown>", offset, op.name, false);
        this.recent = [];
        this.pushed(void 0);
        return q;
      }
      case "EXT1":
      case "EXT2":
      case "EXT4": {
        const k = op.name === "EXT1" ? 1 : op.name === "EXT2" ? 2 : 4;
        if (!have(k)) return -1;
        this.record("copyreg", "extension", offset, op.name, false);
        this.recent = [];
        this.pushed(void 0);
        return q + k;
      }
      case "PROTO":
        return have(1) ? q + 1 : -1;
      case "FRAME":
        return have(8) ? q + 8 : -1;
      case "MEMOIZE":
        this.memoSet(this.memo.size, this.recent[this.recent.length - 1]);
        return q;
      case "BINPUT":
      case "LONG_BINPUT":
      case "BINGET":
      case "LONG_BINGET": {
        const k = op.name.startsWith("LONG") ? 4 : 1;
        if (!have(k)) return -1;
        const key = k === 1 ? c[q] : u32le(c, q);
        if (op.name.endsWith("PUT")) this.memoSet(key, this.recent[this.recent.length - 1]);
        else this.pushed(this.memo.get(key));
        return q + k;
      }
      case "PUT":
      case "GET": {
        const e = this.lineEnd(c, q);
        if (e < 0) return n - q <= SWEEP_MAX_ARG ? -1 : this.longLine(n);
        const key = Number.parseInt(latin1Decoder.decode(c.subarray(q, Math.min(e, q + 20))), 10);
        if (op.name === "PUT") this.memoSet(key, this.recent[this.recent.length - 1]);
        else this.pushed(this.memo.get(key));
        return e + 1;
      }
      case "STOP":
        this.recent = [];
        this.memo.clear();
        return q;
      default:
        return this.generic(c, q, op.arg, op.name);
    }
  }
  memoSet(key, v) {
    if (this.memo.size < SWEEP_MAX_MEMO || this.memo.has(key)) this.memo.set(key, v);
  }
  longLine(n) {
    this.recent = [];
    this.pushed(void 0);
    this.skipLine = true;
    this.skipLines = 1;
    return n;
  }
  /** Any other opcode: skip its argument; a string push is remembered, anything else resets what STACK_GLOBAL may use. */
  generic(c, q, arg, name) {
    const n = c.length;
    const fixed = { uint1: 1, uint2: 2, int4: 4, uint4: 4, uint8: 8, float8: 8 };
    if (arg === "none") {
      this.recent = [];
      if (!NO_PUSH.has(name)) this.pushed(void 0);
      return q;
    }
    if (fixed[arg] !== void 0) {
      if (q + fixed[arg] > n) return -1;
      this.recent = [];
      this.pushed(void 0);
      return q + fixed[arg];
    }
    const isStr = STRING_OPS.has(name);
    if (arg.endsWith("nl") || arg === "decimalnl_short" || arg === "decimalnl_long" || arg === "stringnl_noescape") {
      const e = c.indexOf(10, q);
      if (e < 0) return n - q <= SWEEP_MAX_ARG ? -1 : this.longLine(n);
      let s;
      if (isStr) {
        const raw = latin1Decoder.decode(c.subarray(q, e));
        s = name === "STRING" ? unquote(raw) : raw;
      }
      if (!isStr) this.recent = [];
      this.pushed(s);
      return e + 1;
    }
    const lenBytes = arg === "long1" || arg.endsWith("1") ? 1 : arg.endsWith("8") ? 8 : 4;
    if (q + lenBytes > n) return -1;
    let len;
    if (lenBytes === 1) len = c[q];
    else if (lenBytes === 4) len = arg === "long4" || arg === "string4" ? u32le(c, q) | 0 : u32le(c, q);
    else {
      const hi = u32le(c, q + 4);
      len = hi >= 2097152 ? Number.MAX_SAFE_INTEGER : hi * 4294967296 + u32le(c, q);
    }
    if (len < 0) {
      this.stop(`negative length at offset ${q - 1}`, q - 1);
      return q;
    }
    const start = q + lenBytes;
    if (!isStr) this.recent = [];
    if (len > SWEEP_MAX_ARG) {
      this.pushed(void 0);
      this.skip = len;
      return start;
    }
    if (start + len > n) return -1;
    this.pushed(isStr ? name.includes("UNICODE") ? utf8Decoder.decode(c.subarray(start, start + len)) : latin1Decoder.decode(c.subarray(start, start + len)) : void 0);
    return start + len;
  }
};
var NO_PUSH = /* @__PURE__ */ new Set(["POP", "POP_MARK", "MARK", "APPEND", "APPENDS", "SETITEM", "SETITEMS", "ADDITEMS", "BUILD", "READONLY_BUFFER"]);
var STRING_OPS = /* @__PURE__ */ new Set(["STRING", "BINSTRING", "SHORT_BINSTRING", "UNICODE", "SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8"]);
function unquote(raw) {
  const q = raw[0];
  if (raw.length < 2 || q !== "'" && q !== '"' || raw[raw.length - 1] !== q) return void 0;
  const inner = raw.slice(1, -1);
  return inner.includes("\\") ? void 0 : inner;
}
function sweepImports(bytes, start, from = start) {
  const s = new ImportSweep(from);
  s.feed(bytes.subarray(start), start, true);
  return s;
}
var SWEEP_WINDOW = 4 * 1024 * 1024;
async function sweepSource(src, start, from) {
  const s = new ImportSweep(from);
  let pos = start;
  while (pos < src.size && s.stopped === void 0) {
    const len = Math.min(SWEEP_WINDOW, src.size - pos);
    const eof = pos + len >= src.size;
    const next = s.feed(await src.read(pos, len), pos, eof);
    if (eof || next <= pos) break;
    pos = next;
  }
  return s;
}

// src/formats/pickle/machine.ts
var DEFAULT_PICKLE_LIMITS = {
  maxOpcodes: 1e7,
  maxMemo: 1e6,
  maxStack: 1e6,
  maxDepth: 1e5,
  maxGets: 1e6,
  maxItems: 5e7,
  maxNestedDepth: 3,
  maxProblems: 100,
  maxImportRecords: 1e4,
  maxTensorWalk: 1e6
};
var Fatal = class {
  constructor(code, message, offset) {
    this.code = code;
    this.message = message;
    this.offset = offset;
  }
  code;
  message;
  offset;
};
var utf8Strict = new TextDecoder("utf-8", { fatal: true });
var utf8Lossy = new TextDecoder("utf-8");
function latin12(b) {
  return Buffer2.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
}
function intValue(n) {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
function literalValue(lit) {
  return lit.value === void 0 ? new Unknown(`an integer literal of ${lit.digits} digits`) : intValue(lit.value);
}
function escapeDecode(b) {
  const out = new Uint8Array(b.length);
  let o = 0;
  const simple = { 92: 92, 39: 39, 34: 34, 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
  const hexDigit = (c) => c === void 0 ? -1 : c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 92 || i + 1 >= b.length) {
      out[o++] = c;
      continue;
    }
    const e = b[i + 1];
    if (simple[e] !== void 0) {
      out[o++] = simple[e];
      i++;
    } else if (e === 10) {
      i++;
    } else if (e >= 48 && e <= 55) {
      let v = 0;
      let j = i + 1;
      while (j < b.length && j < i + 4 && b[j] >= 48 && b[j] <= 55) v = v * 8 + (b[j++] - 48);
      out[o++] = v & 255;
      i = j - 1;
    } else if (e === 120 && i + 3 < b.length && hexDigit(b[i + 2]) >= 0 && hexDigit(b[i + 3]) >= 0) {
      out[o++] = hexDigit(b[i + 2]) * 16 + hexDigit(b[i + 3]);
      i += 3;
    } else {
      out[o++] = c;
    }
  }
  return out.subarray(0, o);
}
function rawUnicodeEscape(b) {
  const s = latin12(b);
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g, (_m, hex) => {
    const cp = parseInt(hex.slice(1), 16);
    return cp <= 1114111 ? String.fromCodePoint(cp) : _m;
  });
}
function importKey(module, name, verdict, opcode) {
  return `${verdict}\0${module}\0${name}\0${opcode === "BUILD" ? "BUILD" : ""}`;
}
var MAX_LONG_BYTES = 1 << 16;
var DENSE_MEMO_KEYS = 1 << 20;
var Memo = class {
  dense = [];
  sparse = /* @__PURE__ */ new Map();
  size = 0;
  has(key) {
    return key < DENSE_MEMO_KEYS ? this.dense[key] !== void 0 : this.sparse.has(key);
  }
  get(key) {
    return key < DENSE_MEMO_KEYS ? this.dense[key] : this.sparse.get(key);
  }
  set(key, value) {
    if (!this.has(key)) this.size++;
    if (key < DENSE_MEMO_KEYS) this.dense[key] = value;
    else this.sparse.set(key, value);
  }
};
var Scan = class {
  constructor(bytes, limits, depth) {
    this.bytes = bytes;
    this.limits = limits;
    this.depth = depth;
    this.buf = Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  bytes;
  limits;
  depth;
  imports = [];
  calls = 0;
  problems = [];
  values = [];
  importKeys = /* @__PURE__ */ new Set();
  judged = /* @__PURE__ */ new Map();
  opcodes = 0;
  gets = 0;
  /** Set when a limit was hit: nothing more is read from this stream. */
  halted = false;
  // State of the pickle being read.
  pos = 0;
  stack = [];
  metastack = [];
  memo = new Memo();
  opOffset = 0;
  /** End of the current PEP 3154 frame (-1: none). Opcodes must not straddle it (gh-154848). */
  frameEnd = -1;
  /** The input seen as a Buffer (same memory) for fast latin-1 slices. */
  buf;
  problem(code, message, offset = this.opOffset) {
    if (this.halted) return;
    if (this.problems.length >= this.limits.maxProblems) {
      this.problems.push({ code: "limit", message: `more than ${this.limits.maxProblems} problems; the rest of the stream was not read`, offset });
      this.halted = true;
      return;
    }
    this.problems.push({ code, message, offset });
  }
  limit(message) {
    this.halted = true;
    throw new Fatal("limit", message, this.opOffset);
  }
  // ---- reading operands ----
  need(n, what) {
    if (n < 0 || this.pos + n > this.bytes.length) {
      throw new Fatal("truncated", `pickle data was truncated: ${what} needs ${n} bytes at offset ${this.pos}, ${Math.max(0, this.bytes.length - this.pos)} left`, this.opOffset);
    }
  }
  u8() {
    this.need(1, "a 1-byte argument");
    return this.bytes[this.pos++];
  }
  u16() {
    this.need(2, "a 2-byte argument");
    const v = this.bytes[this.pos] | this.bytes[this.pos + 1] << 8;
    this.pos += 2;
    return v;
  }
  i32() {
    this.need(4, "a 4-byte argument");
    const b = this.bytes;
    const v = b[this.pos] | b[this.pos + 1] << 8 | b[this.pos + 2] << 16 | b[this.pos + 3] << 24;
    this.pos += 4;
    return v;
  }
  u32() {
    return this.i32() >>> 0;
  }
  u64() {
    this.need(8, "an 8-byte argument");
    const lo = this.u32();
    const hi = this.u32();
    return hi >= 2097152 ? Number.MAX_SAFE_INTEGER : hi * 4294967296 + lo;
  }
  take(n, what) {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  line(what) {
    const nl = this.bytes.indexOf(10, this.pos);
    if (nl < 0) throw new Fatal("truncated", `pickle data was truncated: ${what} has no terminating newline`, this.opOffset);
    const out = this.bytes.subarray(this.pos, nl);
    this.pos = nl + 1;
    return out;
  }
  utf8(b, what) {
    let ascii = true;
    for (let i = 0; i < b.length; i++) {
      if (b[i] >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) return Buffer2.from(b.buffer, b.byteOffset, b.length).toString("latin1");
    try {
      return utf8Strict.decode(b);
    } catch {
      this.problem("bad-utf8", `${what} is not valid UTF-8`);
      return utf8Lossy.decode(b);
    }
  }
  /** Length-prefixed UTF-8 string read without allocating a view for the common ASCII case. */
  takeUtf8(n, what) {
    this.need(n, what);
    const start = this.pos;
    const end = start + n;
    const b = this.bytes;
    let i = start;
    while (i < end && b[i] < 128) i++;
    this.pos = end;
    if (i === end) return this.buf.toString("latin1", start, end);
    return this.utf8(b.subarray(start, end), what);
  }
  /** LONG1/LONG4 payload: two's complement little-endian, built through one hex string (linear, not byte-by-byte BigInt shifts). */
  signedLE(b) {
    if (b.length === 0) return 0;
    if (b.length > MAX_LONG_BYTES) return new Unknown(`a ${b.length}-byte integer`);
    const hex = Buffer2.from(b).reverse().toString("hex");
    let v = BigInt(`0x${hex}`);
    if (b[b.length - 1] & 128) v -= 1n << BigInt(8 * b.length);
    return intValue(v);
  }
  // ---- stack ----
  push(v) {
    if (this.stack.length >= this.limits.maxStack) this.limit(`the stack holds more than ${this.limits.maxStack} items`);
    this.stack.push(v);
  }
  pop() {
    if (this.stack.length === 0) {
      this.problem("stack-underflow", `unpickling stack underflow at offset ${this.opOffset}`);
      return new Unknown("stack underflow");
    }
    return this.stack.pop();
  }
  top() {
    if (this.stack.length === 0) {
      this.problem("stack-underflow", `unpickling stack underflow at offset ${this.opOffset}`);
      return new Unknown("stack underflow");
    }
    return this.stack[this.stack.length - 1];
  }
  popMark() {
    const items = this.stack;
    const prev = this.metastack.pop();
    if (prev === void 0) {
      this.problem("no-mark", `could not find MARK for the opcode at offset ${this.opOffset}`);
      this.stack = [];
      return items;
    }
    this.stack = prev;
    return items;
  }
  checkItems(n) {
    if (n > this.limits.maxItems) this.limit(`a container holds more than ${this.limits.maxItems} items`);
  }
  countGet() {
    if (++this.gets > this.limits.maxGets) {
      this.limit(`more than ${this.limits.maxGets} memo GET/DUP operations (an expansion bomb)`);
    }
  }
  // ---- imports and calls ----
  recordImport(module, name, opcode, verdict, description, offset = this.opOffset) {
    const j = verdict !== void 0 ? { verdict, description: description ?? "" } : this.judge(module, name);
    const key = importKey(module, name, j.verdict, opcode);
    if (this.imports.length >= this.limits.maxImportRecords && this.importKeys.has(key)) return;
    this.importKeys.add(key);
    this.imports.push({ module, name, offset, opcode, verdict: j.verdict, description: j.description });
  }
  /**
   * Imports found by the stackless sweep past the point where this machine stopped; those the
   * machine already recorded at the same offset are skipped. STACK_GLOBAL whose operands the sweep
   * could not see is judged code execution (fail closed), like an unresolvable one in the machine.
   */
  addSwept(swept, why) {
    const seen = new Set(this.imports.map((i) => i.offset));
    for (const imp of swept) {
      if (seen.has(imp.offset)) continue;
      if (imp.resolved) {
        const j = this.judge(imp.module, imp.name);
        this.recordImport(imp.module, imp.name, imp.opcode, j.verdict, `${j.description} (found by the opcode sweep after ${why})`, imp.offset);
      } else {
        this.recordImport(
          imp.module,
          imp.name,
          imp.opcode,
          "code-execution",
          `${imp.opcode} after ${why} imports something the opcode sweep could not name without running the pickle; judged as code execution (fail closed)`,
          imp.offset
        );
      }
    }
  }
  judge(module, name) {
    const key = `${module}\0${name}`;
    let j = this.judged.get(key);
    if (j === void 0) {
      j = judgeGlobal(module, name);
      this.judged.set(key, j);
    }
    return j;
  }
  importGlobal(module, name, opcode) {
    this.recordImport(module, name, opcode);
    return new GlobalRef(module, name);
  }
  call(callee, args, opcode) {
    this.calls++;
    if (callee instanceof GlobalRef && callee.resolved) {
      const special = this.callKnown(callee, args);
      if (special !== void 0) return special;
      if (isNestedLoader(callee.module, callee.name)) this.scanNested(callee, args);
    }
    return new CallResult(callee, args, opcode, this.opOffset);
  }
  /** Calls whose result is plain data or a tensor; modelled so state dicts come out as values. */
  callKnown(callee, args) {
    const m = callee.module;
    const n = callee.name;
    if (m === "collections" && (n === "OrderedDict" || n === "defaultdict")) {
      const map = /* @__PURE__ */ new Map();
      const init = n === "OrderedDict" && Array.isArray(args) ? args[0] : void 0;
      if (Array.isArray(init)) {
        for (const pair of init) if (Array.isArray(pair) && pair.length === 2) map.set(pair[0], pair[1]);
      } else if (init instanceof Map) {
        for (const [k, v] of init) map.set(k, v);
      }
      return map;
    }
    if (m === "_codecs" && n === "encode" && Array.isArray(args) && typeof args[0] === "string") {
      const enc = typeof args[1] === "string" ? args[1].toLowerCase().replace(/_/g, "-") : "utf-8";
      if (enc === "latin1" || enc === "latin-1" || enc === "iso-8859-1") {
        const s = args[0];
        const out = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 255;
        return out;
      }
      if (enc === "utf-8" || enc === "utf8" || enc === "ascii") return new TextEncoder().encode(args[0]);
      return void 0;
    }
    if (m === "torch" && n === "Size" && Array.isArray(args) && Array.isArray(args[0])) return makeTuple([...args[0]]);
    return rebuildTensor(callee, args);
  }
  /** A bytes literal handed to a loader is a pickle inside the pickle: scan it too (bounded depth). */
  scanNested(loader, args) {
    const blobs = [];
    const seen = /* @__PURE__ */ new Set();
    const collect = (v, d) => {
      if (d > 3 || seen.has(v) || blobs.length >= 4) return;
      if (v instanceof Uint8Array) {
        blobs.push(v);
        return;
      }
      if (typeof v !== "object" || v === null) return;
      seen.add(v);
      if (Array.isArray(v)) for (const x of v) collect(x, d + 1);
      else if (v instanceof CallResult) collect(v.args, d + 1);
    };
    collect(args, 0);
    if (blobs.length === 0) return;
    if (this.depth + 1 > this.limits.maxNestedDepth) {
      this.problem("limit", `pickles nested deeper than ${this.limits.maxNestedDepth} levels were not scanned`);
      return;
    }
    for (const blob of blobs) {
      const inner = scanStream(blob, {}, this.limits, this.depth + 1);
      for (const imp of inner.imports) {
        const where2 = `inside the pickle passed to ${loader.toString()} at offset ${this.opOffset} (inner offset ${imp.offset})`;
        this.recordImport(imp.module, imp.name, imp.opcode, imp.verdict, `${where2}: ${imp.description}`);
      }
      for (const p of inner.problems) if (p.code === "limit") this.problem("limit", `nested pickle: ${p.message}`);
    }
  }
  // ---- one pickle ----
  /** Reads one pickle from `start`; returns true when it reached STOP. Fatal errors become problems. */
  runPickle(start) {
    this.pos = start;
    this.stack = [];
    this.metastack = [];
    this.memo = new Memo();
    this.frameEnd = -1;
    try {
      for (; ; ) {
        if (this.halted) return { stopped: false, end: this.pos, value: void 0, at: this.opOffset };
        this.opOffset = this.pos;
        if (this.pos >= this.bytes.length) {
          throw new Fatal("missing-stop", `pickle data ended at offset ${this.pos} without a STOP opcode`, this.pos);
        }
        const code = this.bytes[this.pos++];
        const op = OPCODES[code];
        if (op === void 0) {
          throw new Fatal("unknown-opcode", `invalid load key 0x${code.toString(16).padStart(2, "0")} at offset ${this.opOffset}`, this.opOffset);
        }
        if (++this.opcodes > this.limits.maxOpcodes) this.limit(`more than ${this.limits.maxOpcodes} opcodes`);
        if (op.name === "STOP") {
          const value = this.pop();
          return { stopped: true, end: this.pos, value };
        }
        this.step(op);
        if (op.name !== "FRAME" && this.opOffset < this.frameEnd && this.pos > this.frameEnd) {
          this.problem(
            "frame-straddle",
            `the ${op.name} opcode at offset ${this.opOffset} runs past the end of its frame (offset ${this.frameEnd}): loaders disagree on what such a pickle does (CPython gh-154848); no pickler writes this`
          );
        }
      }
    } catch (e) {
      if (e instanceof Fatal) {
        if (e.code === "limit") {
          this.halted = false;
          this.problem("limit", e.message, e.offset);
          this.halted = true;
        } else {
          this.problem(e.code, e.message, e.offset);
        }
        return { stopped: false, end: this.pos, value: void 0, at: e.offset };
      }
      this.problem("internal", `the pickle reader failed at offset ${this.opOffset}: ${e instanceof Error ? e.message : String(e)}`);
      return { stopped: false, end: this.pos, value: void 0, at: this.opOffset };
    }
  }
  step(op) {
    switch (op.name) {
      // -- constants --
      case "NONE":
        return this.push(null);
      case "NEWTRUE":
        return this.push(true);
      case "NEWFALSE":
        return this.push(false);
      case "INT": {
        const raw = this.line("INT");
        const text = latin12(raw);
        if (text === "00") return this.push(false);
        if (text === "01") return this.push(true);
        const v = parseIntOpcode(text);
        if (v === void 0) throw new Fatal("bad-argument", `INT argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset);
        return this.push(literalValue(v));
      }
      case "BININT":
        return this.push(this.i32());
      case "BININT1":
        return this.push(this.u8());
      case "BININT2":
        return this.push(this.u16());
      case "LONG": {
        const text = latin12(this.line("LONG"));
        const v = parseLongOpcode(text);
        if (v === void 0) throw new Fatal("bad-argument", `LONG argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset);
        return this.push(literalValue(v));
      }
      case "LONG1": {
        const n = this.u8();
        return this.push(this.signedLE(this.take(n, "LONG1")));
      }
      case "LONG4": {
        const n = this.i32();
        if (n < 0) throw new Fatal("bad-argument", "LONG pickle has negative byte count", this.opOffset);
        return this.push(this.signedLE(this.take(n, "LONG4")));
      }
      case "FLOAT": {
        const text = latin12(this.line("FLOAT"));
        const v = parseFloatText(text);
        if (v === void 0) throw new Fatal("bad-argument", `could not convert FLOAT argument ${JSON.stringify(text.slice(0, 40))} to float`, this.opOffset);
        return this.push(v);
      }
      case "BINFLOAT": {
        const b = this.take(8, "BINFLOAT");
        return this.push(new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, false));
      }
      // -- strings and bytes (Python 2 str opcodes load as str, like pickle.load's default encoding) --
      case "STRING": {
        const raw = this.line("STRING");
        const q = raw[0];
        if (raw.length < 2 || raw[raw.length - 1] !== q || q !== 39 && q !== 34) {
          throw new Fatal("bad-argument", "the STRING opcode argument must be quoted", this.opOffset);
        }
        return this.push(latin12(escapeDecode(raw.subarray(1, raw.length - 1))));
      }
      case "BINSTRING": {
        const n = this.i32();
        if (n < 0) throw new Fatal("bad-argument", "BINSTRING pickle has negative byte count", this.opOffset);
        return this.push(latin12(this.take(n, "BINSTRING")));
      }
      case "SHORT_BINSTRING":
        return this.push(latin12(this.take(this.u8(), "SHORT_BINSTRING")));
      case "BINBYTES":
        return this.push(this.take(this.u32(), "BINBYTES"));
      case "SHORT_BINBYTES":
        return this.push(this.take(this.u8(), "SHORT_BINBYTES"));
      case "BINBYTES8":
        return this.push(this.take(this.u64(), "BINBYTES8"));
      case "BYTEARRAY8":
        return this.push(this.take(this.u64(), "BYTEARRAY8"));
      case "UNICODE":
        return this.push(rawUnicodeEscape(this.line("UNICODE")));
      case "SHORT_BINUNICODE":
        return this.push(this.takeUtf8(this.u8(), "SHORT_BINUNICODE"));
      case "BINUNICODE":
        return this.push(this.takeUtf8(this.u32(), "BINUNICODE"));
      case "BINUNICODE8":
        return this.push(this.takeUtf8(this.u64(), "BINUNICODE8"));
      case "NEXT_BUFFER":
        this.problem("out-of-band-buffer", `NEXT_BUFFER at offset ${this.opOffset} needs an out-of-band buffer a file cannot carry`);
        return this.push(new Unknown("out-of-band buffer"));
      case "READONLY_BUFFER":
        this.top();
        return;
      // -- containers --
      case "EMPTY_LIST":
        return this.push([]);
      case "EMPTY_TUPLE":
        return this.push(makeTuple([]));
      case "EMPTY_DICT":
        return this.push(/* @__PURE__ */ new Map());
      case "EMPTY_SET":
        return this.push(/* @__PURE__ */ new Set());
      case "LIST":
        return this.push(this.popMark());
      case "TUPLE":
        return this.push(makeTuple(this.popMark()));
      case "TUPLE1": {
        const a = this.pop();
        return this.push(makeTuple([a]));
      }
      case "TUPLE2": {
        const b = this.pop();
        const a = this.pop();
        return this.push(makeTuple([a, b]));
      }
      case "TUPLE3": {
        const c = this.pop();
        const b = this.pop();
        const a = this.pop();
        return this.push(makeTuple([a, b, c]));
      }
      case "DICT": {
        const items = this.popMark();
        const map = /* @__PURE__ */ new Map();
        for (let i = 0; i + 1 < items.length; i += 2) map.set(items[i], items[i + 1]);
        if (items.length % 2 === 1) this.problem("odd-items", `DICT at offset ${this.opOffset} has an odd number of items`);
        return this.push(map);
      }
      case "FROZENSET":
        return this.push(new Set(this.popMark()));
      case "APPEND": {
        const v = this.pop();
        this.appendTo(this.top(), [v]);
        return;
      }
      case "APPENDS": {
        const items = this.popMark();
        this.appendTo(this.top(), items);
        return;
      }
      case "SETITEM": {
        const v = this.pop();
        const k = this.pop();
        this.setItems(this.top(), [k, v]);
        return;
      }
      case "SETITEMS": {
        const items = this.popMark();
        if (items.length % 2 === 1) this.problem("odd-items", `SETITEMS at offset ${this.opOffset} has an odd number of items`);
        this.setItems(this.top(), items);
        return;
      }
      case "ADDITEMS": {
        const items = this.popMark();
        const target = this.top();
        if (target instanceof Set) {
          for (const x of items) target.add(x);
          this.checkItems(target.size);
        } else if (!(target instanceof CallResult || target instanceof Unknown)) {
          this.problem("type-error", `ADDITEMS at offset ${this.opOffset} on a ${describeValue(target)}`);
        }
        return;
      }
      // -- stack manipulation --
      case "POP":
        if (this.stack.length === 0 && this.metastack.length > 0) this.popMark();
        else this.pop();
        return;
      case "DUP":
        this.countGet();
        return this.push(this.top());
      case "MARK":
        if (this.metastack.length >= this.limits.maxDepth) this.limit(`MARKs nested more than ${this.limits.maxDepth} deep`);
        this.metastack.push(this.stack);
        this.stack = [];
        return;
      case "POP_MARK":
        this.popMark();
        return;
      // -- memo --
      case "GET":
      case "BINGET":
      case "LONG_BINGET": {
        let key;
        if (op.name === "GET") {
          const text = latin12(this.line("GET"));
          const v = parseDecimalInt(text)?.value;
          if (v === void 0) throw new Fatal("bad-argument", `GET argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset);
          key = Number(v);
        } else {
          key = op.name === "BINGET" ? this.u8() : this.u32();
        }
        this.countGet();
        if (!this.memo.has(key)) {
          this.problem("memo-missing", `${op.name} ${key} at offset ${this.opOffset}: memo key not found`);
          return this.push(new Unknown(`missing memo key ${key}`));
        }
        return this.push(this.memo.get(key));
      }
      case "PUT":
      case "BINPUT":
      case "LONG_BINPUT": {
        let key;
        if (op.name === "PUT") {
          const text = latin12(this.line("PUT"));
          const v = parseDecimalInt(text)?.value;
          if (v === void 0) throw new Fatal("bad-argument", `PUT argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset);
          if (v < 0n) throw new Fatal("bad-argument", "negative PUT argument", this.opOffset);
          key = Number(v);
        } else {
          key = op.name === "BINPUT" ? this.u8() : this.u32();
        }
        this.memoSet(key, this.top());
        return;
      }
      case "MEMOIZE":
        this.memoSet(this.memo.size, this.top());
        return;
      // -- imports --
      case "GLOBAL": {
        const module = this.utf8(this.line("GLOBAL module"), "GLOBAL module");
        const name = this.utf8(this.line("GLOBAL name"), "GLOBAL name");
        return this.push(this.importGlobal(module, name, "GLOBAL"));
      }
      case "STACK_GLOBAL": {
        const name = this.pop();
        const module = this.pop();
        if (typeof module === "string" && typeof name === "string") {
          return this.push(this.importGlobal(module, name, "STACK_GLOBAL"));
        }
        const m = typeof module === "string" ? module : `<${describeValue(module)}>`;
        const n = typeof name === "string" ? name : `<${describeValue(name)}>`;
        this.recordImport(
          m,
          n,
          "STACK_GLOBAL",
          "code-execution",
          `STACK_GLOBAL's module or name is not a string (module: ${describeValue(module)}, name: ${describeValue(name)}), so what it imports cannot be known without running the pickle; judged as code execution (fail closed)`
        );
        return this.push(new GlobalRef(m, n, false));
      }
      case "EXT1":
      case "EXT2":
      case "EXT4": {
        const code = op.name === "EXT1" ? this.u8() : op.name === "EXT2" ? this.u16() : this.i32();
        this.recordImport(
          "copyreg",
          `extension ${code}`,
          op.name,
          "code-execution",
          `${op.name} imports whatever global the loading process registered as extension code ${code} (copyreg.add_extension); that cannot be checked from the file, so it is judged as code execution (fail closed)`
        );
        return this.push(new GlobalRef("copyreg", `extension ${code}`, false));
      }
      case "INST": {
        const module = this.utf8(this.line("INST module"), "INST module");
        const name = this.utf8(this.line("INST name"), "INST name");
        const cls = this.importGlobal(module, name, "INST");
        const args = makeTuple(this.popMark());
        return this.push(this.call(cls, args, "INST"));
      }
      // -- calls (recorded, never made) --
      case "REDUCE": {
        const args = this.pop();
        const callee = this.pop();
        return this.push(this.call(callee, args, "REDUCE"));
      }
      case "NEWOBJ": {
        const args = this.pop();
        const cls = this.pop();
        return this.push(this.call(cls, args, "NEWOBJ"));
      }
      case "NEWOBJ_EX": {
        const kwargs = this.pop();
        const args = this.pop();
        const cls = this.pop();
        return this.push(this.call(cls, makeTuple([args, kwargs]), "NEWOBJ_EX"));
      }
      case "OBJ": {
        const items = this.popMark();
        if (items.length === 0) {
          this.problem("stack-underflow", `OBJ at offset ${this.opOffset} has no class`);
          return this.push(new Unknown("OBJ without class"));
        }
        return this.push(this.call(items[0], makeTuple(items.slice(1)), "OBJ"));
      }
      case "BUILD": {
        const state = this.pop();
        const target = this.top();
        if (target instanceof GlobalRef) {
          this.recordImport(
            target.module,
            target.name,
            "BUILD",
            "code-execution",
            `BUILD at offset ${this.opOffset} sets attributes on ${target.toString()} itself (a class or module, not an instance), which can replace functions other code calls later`
          );
        } else if (target instanceof CallResult) {
          target.state = state;
        }
        return;
      }
      // -- persistent ids (torch storages) --
      case "PERSID": {
        const pid = latin12(this.line("PERSID"));
        return this.push(new PersistentRef(pid));
      }
      case "BINPERSID": {
        const pid = this.pop();
        return this.push(persistentLoad(pid) ?? new PersistentRef(pid));
      }
      // -- framing and protocol --
      case "PROTO": {
        const v = this.u8();
        if (v > HIGHEST_PROTOCOL) this.problem("bad-proto", `unsupported pickle protocol: ${v}`);
        return;
      }
      case "FRAME": {
        const n = this.u64();
        if (this.pos + n > this.bytes.length) {
          this.problem("truncated", `FRAME at offset ${this.opOffset} announces ${n} bytes but only ${this.bytes.length - this.pos} are left`);
        }
        if (this.opOffset < this.frameEnd) {
          this.problem("frame-overlap", `a FRAME opens at offset ${this.opOffset}, before the previous frame ends at offset ${this.frameEnd}: loaders disagree on such a pickle (CPython gh-154848)`);
        }
        this.frameEnd = this.pos + Number(n);
        return;
      }
      default:
        throw new Fatal("unknown-opcode", `opcode ${op.name} is not handled`, this.opOffset);
    }
  }
  memoSet(key, value) {
    if (!this.memo.has(key) && this.memo.size >= this.limits.maxMemo) this.limit(`more than ${this.limits.maxMemo} memo entries`);
    this.memo.set(key, value);
  }
  appendTo(target, items) {
    if (Array.isArray(target) && !isTuple(target)) {
      this.checkItems(target.length + items.length);
      for (const x of items) target.push(x);
    } else if (!(target instanceof CallResult || target instanceof Unknown || target instanceof PersistentRef)) {
      this.problem("type-error", `APPEND(S) at offset ${this.opOffset} on a ${describeValue(target)}`);
    }
  }
  setItems(target, items) {
    if (target instanceof Map) {
      for (let i = 0; i + 1 < items.length; i += 2) target.set(items[i], items[i + 1]);
      this.checkItems(target.size);
    } else if (!(target instanceof CallResult || target instanceof Unknown || target instanceof PersistentRef)) {
      this.problem("type-error", `SETITEM(S) at offset ${this.opOffset} on a ${describeValue(target)}`);
    }
  }
};
function scanStream(bytes, opts, limits, depth) {
  const scan2 = new Scan(bytes, limits, depth);
  const start = Math.max(0, Math.min(opts.start ?? 0, bytes.length));
  const maxPickles = opts.maxPickles ?? Number.POSITIVE_INFINITY;
  let pos = start;
  let pickles = 0;
  let end = start;
  if (start >= bytes.length) {
    scan2.problem("empty", `no pickle data at offset ${start}`, start);
    return { end: start, pickles: 0, imports: scan2.imports, problems: scan2.problems, tensors: [], values: [] };
  }
  let incomplete;
  while (pickles < maxPickles && pos < bytes.length && !scan2.halted) {
    const before = scan2.problems.length;
    const r = scan2.runPickle(pos);
    if (!r.stopped) incomplete = { pickleStart: pos, offset: Math.max(pos, r.at ?? pos) };
    if (r.stopped) {
      pickles++;
      scan2.values.push(r.value);
      pos = r.end;
      end = r.end;
      continue;
    }
    if (pickles > 0) {
      const detail = scan2.problems.slice(before).filter((p) => p.code !== "limit");
      if (detail.length > 0) {
        scan2.problems.splice(before, scan2.problems.length - before, ...scan2.problems.slice(before).filter((p) => p.code === "limit"));
        scan2.problems.push({
          code: "junk-after-stop",
          message: `${bytes.length - pos} bytes after the STOP at offset ${pos - 1} are not a valid pickle (${detail[0].message})`,
          offset: pos
        });
      }
    } else {
      end = r.end;
    }
    break;
  }
  if (incomplete) scan2.addSwept(sweepImports(bytes, incomplete.pickleStart, incomplete.offset).imports, "the reader stopped");
  let tensors = [];
  let truncated = false;
  try {
    ;
    ({ tensors, truncated } = collectTensors(scan2.values, limits.maxTensorWalk));
  } catch (e) {
    scan2.problem("internal", `naming tensors failed: ${e instanceof Error ? e.message : String(e)}`, end);
  }
  if (truncated) scan2.problem("limit", `more than ${limits.maxTensorWalk} values visited while naming tensors`, end);
  return { end, pickles, imports: scan2.imports, problems: scan2.problems, tensors, values: scan2.values, calls: scan2.calls, ...incomplete ? { incomplete } : {} };
}
function addSweptImports(run, bytes, swept, why) {
  const scan2 = new Scan(bytes, { ...DEFAULT_PICKLE_LIMITS }, 0);
  scan2.addSwept(swept.filter((s) => !run.imports.some((i) => i.offset === s.offset)), why);
  return { ...run, imports: [...run.imports, ...scan2.imports] };
}
function scanPickles(bytes, opts = {}) {
  const limits = { ...DEFAULT_PICKLE_LIMITS, ...opts.limits ?? {} };
  try {
    return scanStream(bytes, opts, limits, 0);
  } catch (e) {
    const start = opts.start ?? 0;
    const scan2 = new Scan(bytes, limits, 0);
    try {
      scan2.addSwept(sweepImports(bytes, start).imports, "the reader failed");
    } catch {
    }
    return {
      end: start,
      pickles: 0,
      imports: scan2.imports,
      problems: [{ code: "internal", message: `the pickle reader failed: ${e instanceof Error ? e.message : String(e)}`, offset: start }],
      tensors: [],
      values: [],
      incomplete: { pickleStart: start, offset: start }
    };
  }
}

// src/formats/member-pickles.ts
var PICKLE_SNIFF_BYTES = 16;
var HIDDEN_WINDOW_BYTES = 4 * 1024;
var STACK_WINDOW_BYTES = 64 * 1024;
var PROTO01_FIRST2 = new Set("(cdl}]I)N.SVFLJKMGTUXhjqr".split("").map((c) => c.charCodeAt(0)));
var PROTO = 128;
var HIGHEST_PROTOCOL2 = 5;
var TRUNCATION_CODES = /* @__PURE__ */ new Set(["truncated", "missing-stop"]);
function sniffPickle(head) {
  if (head.length >= 2 && head[0] === PROTO && head[1] <= HIGHEST_PROTOCOL2) return "protocol";
  if (head.length >= 1 && PROTO01_FIRST2.has(head[0])) return "opcode";
  return "none";
}
function mergeRuns(runs) {
  return {
    end: runs.length ? runs[runs.length - 1].end : 0,
    pickles: runs.reduce((n, r) => n + r.pickles, 0),
    imports: runs.flatMap((r) => r.imports),
    problems: runs.flatMap((r) => r.problems),
    tensors: runs.flatMap((r) => r.tensors),
    values: runs.flatMap((r) => r.values)
  };
}
var PYTHON_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
function importsSomething(run) {
  return run.imports.some((i) => i.verdict !== "allowed" && (importable(i.module, i.name) || i.opcode.startsWith("EXT") || i.module.startsWith("<") || i.name.startsWith("<")));
}
function importable(module, name) {
  return PYTHON_NAME.test(module) && PYTHON_NAME.test(name);
}
async function scanHiddenPickle(src, maxBytes) {
  const head = await src.read(0, PICKLE_SNIFF_BYTES);
  if (sniffPickle(head) === "none") return void 0;
  let window = await src.read(0, Math.min(src.size, maxBytes, HIDDEN_WINDOW_BYTES));
  let run = scanPickles(window);
  const real = run.pickles > 0 || importsSomething(run) || !stoppedOnBadBytes(window, run, src.size);
  if (real && window.length < Math.min(src.size, maxBytes)) {
    window = await src.read(0, Math.min(src.size, maxBytes));
    run = scanPickles(window);
  }
  if (!importsSomething(run)) return void 0;
  const truncated = src.size > maxBytes;
  const actsLikePickle = run.pickles > 0 || (run.calls ?? 0) > 0 || truncated || run.problems.some((p) => p.code === "limit" || p.code === "internal");
  if (!actsLikePickle) return void 0;
  return { run, truncated };
}
function stoppedOnBadBytes(window, run, available) {
  if (run.problems.length === 0) return false;
  const tail = run.pickles > 0 ? scanPickles(window, { start: run.end, maxPickles: 1 }) : run;
  return tail.problems.some((p) => !TRUNCATION_CODES.has(p.code) || declaredPastEnd(window, p.offset, available));
}
var LENGTH_PREFIX = {
  string1: 1,
  bytes1: 1,
  unicodestring1: 1,
  long1: 1,
  string4: 4,
  bytes4: 4,
  unicodestring4: 4,
  long4: 4,
  bytes8: 8,
  bytearray8: 8,
  unicodestring8: 8
};
var FRAME = 149;
function declaredPastEnd(window, at, available) {
  const op = OPCODES[window[at]];
  const width = op?.code === FRAME ? 8 : op ? LENGTH_PREFIX[op.arg] : void 0;
  if (!width || at + 1 + width > window.length) return false;
  const dv = new DataView(window.buffer, window.byteOffset + at + 1, width);
  const len = width === 1 ? dv.getUint8(0) : width === 4 ? dv.getInt32(0, true) : Number(dv.getBigInt64(0, true));
  return len < 0 || at + 1 + width + len > available;
}
async function scanPicklesAt(src, offset, count, maxBytes) {
  const cap = Math.min(src.size - offset, maxBytes);
  let size = Math.min(cap, STACK_WINDOW_BYTES);
  for (; ; ) {
    const window = await src.read(offset, size);
    const run = scanPickles(window, { maxPickles: count });
    if (run.pickles >= count || size >= cap || stoppedOnBadBytes(window, run, src.size - offset)) {
      return { run, end: offset + run.end, capped: run.pickles < count && size >= cap && cap < src.size - offset };
    }
    size = Math.min(cap, size * 2);
  }
}

// src/formats/torch-zip.ts
var PICKLE_NAME = "data.pkl";
var STORAGE_DIR = "data/";
function torchZipRoot(dir) {
  const first = dir.entries[0]?.name;
  const slash = first?.indexOf("/") ?? -1;
  return first !== void 0 && slash > 0 ? first.slice(0, slash) : void 0;
}
function isTorchZip(dir) {
  const root = torchZipRoot(dir);
  return root !== void 0 && dir.entries.some((e) => e.name === `${root}/${PICKLE_NAME}`);
}
async function scanDataPickle(src, entry, opts, problems) {
  const limit = Math.min(opts.maxPickleBytes, opts.maxMemberBytes);
  if (entry.uncompressedSize > limit) {
    problems.push({ kind: "limit", member: entry.name, message: `\`${entry.name}\` is ${entry.uncompressedSize} bytes, over the ${limit}-byte pickle limit; not scanned` });
    return void 0;
  }
  const opened = await openZipMember(src, entry, opts);
  if (Array.isArray(opened)) {
    problems.push(...opened);
    return void 0;
  }
  problems.push(...opened.problems);
  const bytes = opened.inflated ?? await opened.source.read(0, opened.source.size);
  if (entry.method === METHOD_STORED) {
    const crc = crcProblem(entry, bytes);
    if (crc) problems.push(crc);
  }
  return scanPickles(bytes);
}
function storageMismatches(tensors, byName, root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const t of tensors) {
    const s = t.storage;
    if (!s || seen.has(s.key)) continue;
    seen.add(s.key);
    const member = `${root}/${STORAGE_DIR}${s.key}`;
    const entry = byName.get(member);
    const want = s.numel * s.itemsize;
    const size = entry?.uncompressedSize ?? 0;
    const kind = !entry ? "missing" : size < want ? "short" : size > want ? "long" : void 0;
    if (!kind) continue;
    const users = tensors.filter((u) => u.storage?.key === s.key).map((u) => u.name);
    out.push({ kind, key: s.key, member, size, numel: s.numel, itemsize: s.itemsize, users });
  }
  return out;
}
var LOCAL_SPAN_TAIL_BYTES = 4096;
async function readTorchZip(src, dir, opts) {
  const root = torchZipRoot(dir) ?? "";
  const pickleMember = `${root}/${PICKLE_NAME}`;
  const problems = [...dir.problems, ...duplicateNameProblems(dir.entries)];
  const hidden = [];
  const byName = /* @__PURE__ */ new Map();
  for (const e of dir.entries) if (!byName.has(e.name)) byName.set(e.name, e);
  const runs = [];
  const storages = {};
  const dataStarts = /* @__PURE__ */ new Map();
  if (src.prefetch && dir.entries.length > 1) {
    let first = Infinity;
    let last = 0;
    for (const e of dir.entries) {
      first = Math.min(first, e.localHeaderOffset);
      last = Math.max(last, e.localHeaderOffset);
    }
    if (Number.isFinite(first)) await src.prefetch(first, last - first + LOCAL_SPAN_TAIL_BYTES);
  }
  for (const entry of dir.entries) {
    try {
      if (!entry.name.startsWith(`${root}/`)) {
        problems.push({ kind: "anomaly", member: entry.name, message: `member \`${entry.name}\` is outside the archive root \`${root}/\`: torch never reads it, other tools may` });
      }
      const own = entryProblems(entry);
      problems.push(...own);
      if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) continue;
      if (entry.name === pickleMember) {
        const run = await scanDataPickle(src, entry, opts, problems);
        if (run) runs.push(run);
        continue;
      }
      const local = await readLocalHeader(src, entry);
      if ("kind" in local) {
        problems.push(local);
        continue;
      }
      const nameProblem = localNameProblem(entry, local);
      if (nameProblem) problems.push(nameProblem);
      dataStarts.set(entry, local.dataStart);
      if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
      const opened = await openZipMemberAt(src, entry, local, opts);
      if (Array.isArray(opened)) {
        problems.push(...opened);
        continue;
      }
      problems.push(...opened.problems);
      const found = await scanHiddenPickle(opened.source, Math.min(opts.maxPickleBytes, opts.maxMemberBytes));
      if (found) hidden.push({ member: entry.name, hidden: found });
    } catch (e) {
      problems.push({ kind: "malformed", member: entry.name, message: `member \`${entry.name}\` could not be read: ${e.message}` });
    }
  }
  if (runs.length === 0 && !problems.some((p) => p.member === pickleMember)) {
    problems.push({ kind: "malformed", member: pickleMember, message: `\`${pickleMember}\` could not be read` });
  }
  const tensors = runs[0]?.tensors ?? [];
  const mismatches = storageMismatches(tensors, byName, root);
  for (const t of tensors) {
    const s = t.storage;
    if (!s || storages[s.key]) continue;
    const member = `${root}/${STORAGE_DIR}${s.key}`;
    const entry = byName.get(member);
    const dataOffset = entry ? dataStarts.get(entry) : void 0;
    if (!entry || dataOffset === void 0) continue;
    storages[s.key] = {
      member,
      dataOffset,
      size: entry.uncompressedSize,
      compressedSize: entry.compressedSize,
      method: entry.method,
      numel: s.numel,
      itemsize: s.itemsize
    };
  }
  return { problems, hidden, runs, storageMismatches: mismatches, tensors, facts: { container: "pytorch-zip", root, pickleMember, storages } };
}

// src/formats/torch-tar.ts
var MEMBER_SYS_INFO = "sys_info";
var MEMBER_PICKLE = "pickle";
var MEMBER_STORAGES = "storages";
var MEMBER_TENSORS = "tensors";
var INT64_BYTES = 8;
var INT32_BYTES = 4;
var MAX_TAR_RECORDS = 1e6;
function isTorchTar(listing) {
  const names = new Set(listing.files.map((f) => f.name));
  return names.has(MEMBER_PICKLE) && (names.has(MEMBER_SYS_INFO) || names.has(MEMBER_STORAGES) || names.has(MEMBER_TENSORS));
}
function toCount(v) {
  const n = typeof v === "bigint" ? Number(v) : v;
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 && n <= MAX_TAR_RECORDS ? n : void 0;
}
var Walk = class {
  constructor(src, maxPickleBytes) {
    this.src = src;
    this.maxPickleBytes = maxPickleBytes;
  }
  src;
  maxPickleBytes;
  runs = [];
  problems = [];
  pos = 0;
  /** Scans one pickle at the cursor; undefined (and a problem) when it cannot be read whole. */
  async pickle(what) {
    if (this.pos >= this.src.size) {
      this.problems.push(`${what} is missing: the member ends at offset ${this.pos}`);
      return void 0;
    }
    const at = await scanPicklesAt(this.src, this.pos, 1, this.maxPickleBytes);
    this.runs.push(at.run);
    if (at.run.pickles < 1) {
      this.problems.push(`${what} at offset ${this.pos} is not a complete pickle${at.capped ? " within the pickle limit" : ""}`);
      return void 0;
    }
    this.pos = at.end;
    return at.run.values[0];
  }
  /** Reads a little-endian integer at the cursor. */
  async int(bytes, what) {
    const b = await this.src.read(this.pos, bytes);
    if (b.length < bytes) {
      this.problems.push(`${what} at offset ${this.pos} runs past the end of the member`);
      return void 0;
    }
    const dv = new DataView(b.buffer, b.byteOffset, bytes);
    this.pos += bytes;
    const v = bytes === INT64_BYTES ? Number(dv.getBigInt64(0, true)) : dv.getInt32(0, true);
    return Number.isSafeInteger(v) ? v : void 0;
  }
  skip(bytes, what) {
    if (this.pos + bytes > this.src.size) {
      this.problems.push(`${what} needs ${bytes} bytes at offset ${this.pos} but the member ends first`);
      return false;
    }
    this.pos += bytes;
    return true;
  }
};
async function walkStorages(w) {
  const count = toCount(await w.pickle("the storage count"));
  if (count === void 0) return void w.problems.push("the first pickle is not a storage count");
  for (let i = 0; i < count; i++) {
    const args = await w.pickle(`storage record ${i}`);
    const type = Array.isArray(args) ? args[2] : void 0;
    const info = type instanceof GlobalRef && type.module === "torch" ? STORAGE_DTYPES[type.name] : void 0;
    if (!info) return void w.problems.push(`storage record ${i} does not name a torch storage type`);
    const numel2 = await w.int(INT64_BYTES, `the element count of storage ${i}`);
    if (numel2 === void 0 || numel2 < 0) return void w.problems.push(`storage ${i} has an impossible element count`);
    if (!w.skip(numel2 * info.itemsize, `storage ${i}`)) return;
  }
  await w.pickle("the storage view list");
}
async function walkTensors(w) {
  const count = toCount(await w.pickle("the tensor count"));
  if (count === void 0) return void w.problems.push("the first pickle is not a tensor count");
  for (let i = 0; i < count; i++) {
    if (await w.pickle(`tensor record ${i}`) === void 0) return;
    const ndim = await w.int(INT32_BYTES, `the dimension count of tensor ${i}`);
    if (ndim === void 0 || ndim < 0 || ndim > MAX_TAR_RECORDS) return void w.problems.push(`tensor ${i} has an impossible dimension count`);
    if (!w.skip(INT32_BYTES + 2 * ndim * INT64_BYTES + INT64_BYTES, `the shape of tensor ${i}`)) return;
  }
}
async function readTorchTar(src, listing, opts) {
  const members = [];
  for (const entry of listing.files) {
    try {
      members.push(await readMember(src, entry, opts));
    } catch (e) {
      members.push({ name: entry.name, kind: "unreadable", error: e.message });
    }
  }
  return { members, facts: { container: "pytorch-tar", members: listing.files.map((f) => f.name) } };
}
async function readMember(src, entry, opts) {
  const member = new SliceSource(src, entry.dataStart, entry.size);
  const name = entry.name;
  if (name === MEMBER_STORAGES || name === MEMBER_TENSORS) {
    const w = new Walk(member, opts.maxPickleBytes);
    await (name === MEMBER_STORAGES ? walkStorages(w) : walkTensors(w));
    if (w.problems.length === 0 && w.pos < member.size) w.problems.push(`${member.size - w.pos} bytes follow the last record`);
    return { name, kind: "records", run: mergeRuns(w.runs), problems: w.problems };
  }
  if (name === MEMBER_SYS_INFO || name === MEMBER_PICKLE) {
    const runs = [];
    let pos = 0;
    while (pos < member.size) {
      const at = await scanPicklesAt(member, pos, 1, opts.maxPickleBytes);
      runs.push(at.run);
      if (at.run.pickles < 1 || at.end <= pos) break;
      pos = at.end;
    }
    return { name, kind: "stack", run: mergeRuns(runs) };
  }
  const hidden = await scanHiddenPickle(member, opts.maxPickleBytes);
  return hidden ? { name, kind: "other", hidden } : { name, kind: "other" };
}

// src/formats/gzip.ts
import { createGunzip as createGunzip2 } from "node:zlib";
var READ_CHUNK_BYTES = 1024 * 1024;
async function gunzipBounded(src, maxBytes) {
  const gunzip = createGunzip2();
  const chunks = [];
  let total = 0;
  let overLimit = false;
  let error;
  const done = new Promise((resolve6) => {
    gunzip.on("data", (chunk) => {
      if (overLimit) return;
      if (total + chunk.length > maxBytes) {
        overLimit = true;
        chunks.push(chunk.subarray(0, maxBytes - total));
        total = maxBytes;
        gunzip.destroy();
        resolve6();
        return;
      }
      chunks.push(chunk);
      total += chunk.length;
    });
    gunzip.on("error", (e) => {
      error = e.message;
      resolve6();
    });
    gunzip.on("end", () => resolve6());
    gunzip.on("close", () => resolve6());
  });
  for (let off = 0; off < src.size && !overLimit && error === void 0; off += READ_CHUNK_BYTES) {
    const chunk = await src.read(off, READ_CHUNK_BYTES);
    if (chunk.length === 0) break;
    if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once("drain", r).once("close", r));
  }
  if (!overLimit && error === void 0) gunzip.end();
  await done;
  return { source: new ChunkedSource(chunks), bytes: total, overLimit, ...error !== void 0 ? { error } : {} };
}

// src/formats/npy.ts
var MAGIC = [147, 78, 85, 77, 80, 89];
var MAX_NPY_HEADER_BYTES = 1e4;
var NPY_PREFIX_BYTES = 12;
var MAX_LITERAL_DEPTH = 32;
var DTYPE_NAMES = {
  b1: "BOOL",
  i1: "I8",
  u1: "U8",
  i2: "I16",
  u2: "U16",
  i4: "I32",
  u4: "U32",
  i8: "I64",
  u8: "U64",
  f2: "F16",
  f4: "F32",
  f8: "F64",
  c8: "C64"
};
var LiteralReader = class {
  constructor(s) {
    this.s = s;
  }
  s;
  p = 0;
  parse() {
    const v = this.value(0);
    this.ws();
    if (this.p !== this.s.length) throw new Error(`unexpected \`${this.s.slice(this.p, this.p + 10)}\` after the dict`);
    return v;
  }
  ws() {
    while (this.p < this.s.length && /\s/.test(this.s[this.p])) this.p++;
  }
  value(depth) {
    if (depth > MAX_LITERAL_DEPTH) throw new Error("literal nested too deeply");
    this.ws();
    const c = this.s[this.p];
    if (c === "{") return this.dict(depth);
    if (c === "(" || c === "[") return this.sequence(c === "(" ? ")" : "]", depth);
    if (c === "'" || c === '"') return this.str();
    const m = /^(?:True|False|None|[-+]?\d+)/.exec(this.s.slice(this.p, this.p + 32));
    if (!m) throw new Error(`unexpected \`${this.s.slice(this.p, this.p + 10)}\``);
    this.p += m[0].length;
    if (m[0] === "True") return true;
    if (m[0] === "False") return false;
    if (m[0] === "None") return null;
    return Number(m[0]);
  }
  str() {
    const q = this.s[this.p++];
    let out = "";
    while (this.p < this.s.length && this.s[this.p] !== q) {
      if (this.s[this.p] === "\\") this.p++;
      out += this.s[this.p++] ?? "";
    }
    if (this.s[this.p] !== q) throw new Error("unterminated string");
    this.p++;
    return out;
  }
  sequence(close, depth) {
    this.p++;
    const out = [];
    for (; ; ) {
      this.ws();
      if (this.s[this.p] === close) break;
      out.push(this.value(depth + 1));
      this.ws();
      if (this.s[this.p] === ",") this.p++;
      else if (this.s[this.p] !== close) throw new Error(`expected \`,\` or \`${close}\``);
    }
    this.p++;
    return out;
  }
  dict(depth) {
    this.p++;
    const out = /* @__PURE__ */ new Map();
    for (; ; ) {
      this.ws();
      if (this.s[this.p] === "}") break;
      const key = this.value(depth + 1);
      if (typeof key !== "string") throw new Error("dict key is not a string");
      this.ws();
      if (this.s[this.p++] !== ":") throw new Error("expected `:`");
      out.set(key, this.value(depth + 1));
      this.ws();
      if (this.s[this.p] === ",") this.p++;
      else if (this.s[this.p] !== "}") throw new Error("expected `,` or `}`");
    }
    this.p++;
    return out;
  }
};
function descrHasObject(descr) {
  if (typeof descr === "string") return /^[<>|=]?O\d*$/.test(descr);
  if (Array.isArray(descr)) return descr.some((d) => descrHasObject(d));
  return false;
}
function simpleDtype(descr) {
  if (typeof descr !== "string") return void 0;
  const m = /^[<>|=]?([biufc])(\d+)$/.exec(descr);
  if (!m) return void 0;
  const key = `${m[1]}${m[2]}`;
  return { itemsize: Number(m[2]), ...DTYPE_NAMES[key] ? { dtype: DTYPE_NAMES[key] } : {} };
}
function lengthField(major) {
  if (major === 1) return { width: 2, encoding: "latin1" };
  if (major === 2) return { width: 4, encoding: "latin1" };
  if (major === 3) return { width: 4, encoding: "utf-8" };
  return void 0;
}
function npyHeaderLength(head) {
  if (head.length < NPY_PREFIX_BYTES || !MAGIC.every((b, i) => head[i] === b)) return void 0;
  const f = lengthField(head[6]);
  if (!f) return void 0;
  const len = f.width === 2 ? head[8] | head[9] << 8 : (head[8] | head[9] << 8 | head[10] << 16) + head[11] * 16777216;
  return 8 + f.width + len;
}
function parseNpyHeader(bytes) {
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, message: "no \\x93NUMPY magic" };
  const major = bytes[6];
  const f = lengthField(major);
  if (!f) return { ok: false, message: `unknown .npy format version ${major}.${bytes[7]}` };
  const total = npyHeaderLength(bytes);
  if (total === void 0 || total - 8 - f.width > MAX_NPY_HEADER_BYTES) {
    return { ok: false, message: `header is longer than numpy's ${MAX_NPY_HEADER_BYTES}-byte limit` };
  }
  if (bytes.length < total) return { ok: false, message: `header declares ${total} bytes but the file has ${bytes.length}: truncated` };
  const text = new TextDecoder(f.encoding).decode(bytes.subarray(8 + f.width, total));
  let dict;
  try {
    dict = new LiteralReader(text).parse();
  } catch (e) {
    return { ok: false, message: `header is not a Python dict literal: ${e.message}` };
  }
  if (!(dict instanceof Map)) return { ok: false, message: "header is not a dict" };
  const keys = [...dict.keys()].sort().join(",");
  if (keys !== "descr,fortran_order,shape") return { ok: false, message: `header keys are {${keys}}, numpy expects exactly descr, fortran_order, shape` };
  const descr = dict.get("descr");
  const fortran = dict.get("fortran_order");
  const shape = dict.get("shape");
  if (typeof fortran !== "boolean") return { ok: false, message: "`fortran_order` is not a bool" };
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === "number" && Number.isSafeInteger(d) && d >= 0)) {
    return { ok: false, message: "`shape` is not a tuple of non-negative integers" };
  }
  if (typeof descr !== "string" && !Array.isArray(descr)) return { ok: false, message: "`descr` is neither a dtype string nor a field list" };
  const simple = simpleDtype(descr);
  return {
    ok: true,
    header: {
      version: `${major}.${bytes[7]}`,
      descr,
      fortranOrder: fortran,
      shape,
      dataStart: total,
      hasObject: descrHasObject(descr),
      ...simple ? { itemsize: simple.itemsize, ...simple.dtype ? { dtype: simple.dtype } : {} } : {}
    }
  };
}

// src/formats/torch-legacy.ts
var LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
var LEGACY_PROTOCOL_VERSION = 1001;
var LEGACY_PICKLES = 5;
var STORAGE_COUNT_BYTES = 8;
function isLegacyMagic(v) {
  return v === LEGACY_MAGIC || typeof v === "number" && Number.isInteger(v) && BigInt(v) === LEGACY_MAGIC;
}
function field(obj, key) {
  if (obj instanceof Map) return obj.get(key);
  if (obj !== null && typeof obj === "object") return obj[key];
  return void 0;
}
function headerProblems(values) {
  const out = [];
  if (!isLegacyMagic(values[0])) out.push("the first pickle is not the legacy magic number 0x1950a86a20f9469cfc6c (it may be computed by a call, as in GHSA-97f8)");
  if (values.length > 1 && values[1] !== LEGACY_PROTOCOL_VERSION && values[1] !== BigInt(LEGACY_PROTOCOL_VERSION)) {
    out.push(`the protocol version is ${String(values[1])}, not ${LEGACY_PROTOCOL_VERSION}`);
  }
  if (values.length > 2 && field(values[2], "little_endian") === false) out.push("sys_info says big-endian: the raw storages would be read byte-swapped");
  return out;
}
function storageShapes(tensors) {
  const out = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    if (!t.storage) continue;
    const s = out.get(t.storage.key);
    if (s) s.users.push(t.name);
    else out.set(t.storage.key, { numel: t.storage.numel, itemsize: t.storage.itemsize, users: [t.name] });
  }
  return out;
}
async function walkStorages2(src, start, keys, tensors) {
  const shapes = storageShapes(tensors);
  const walk2 = { storages: {}, end: start, problems: [] };
  let pos = start;
  for (const key of keys) {
    const shape = shapes.get(key);
    if (!shape) {
      walk2.problems.push({ code: "storage", message: `Storage key \`${key}\` is listed but no tensor uses it, so its element size is unknown; the raw storages after it were not checked` });
      walk2.end = pos;
      return walk2;
    }
    const countBytes = await src.read(pos, STORAGE_COUNT_BYTES);
    if (countBytes.length < STORAGE_COUNT_BYTES) {
      walk2.problems.push({ code: "storage", message: `The file ends at ${src.size} before the raw data of storage \`${key}\`: truncated`, tensors: shape.users });
      walk2.end = src.size;
      return walk2;
    }
    const count = new DataView(countBytes.buffer, countBytes.byteOffset, STORAGE_COUNT_BYTES).getBigInt64(0, true);
    const numel2 = Number(count);
    if (count < 0n || !Number.isSafeInteger(numel2)) {
      walk2.problems.push({ code: "storage", message: `Storage \`${key}\` at offset ${pos} declares an impossible element count ${count}`, tensors: shape.users });
      walk2.end = pos;
      return walk2;
    }
    if (numel2 !== shape.numel) {
      walk2.problems.push({ code: "storage", message: `Storage \`${key}\` holds ${numel2} elements in the file but the pickle declares ${shape.numel}`, tensors: shape.users });
    }
    const size = numel2 * shape.itemsize;
    walk2.storages[key] = { dataOffset: pos + STORAGE_COUNT_BYTES, size, numel: numel2, itemsize: shape.itemsize };
    pos += STORAGE_COUNT_BYTES + size;
    if (pos > src.size) {
      walk2.problems.push({ code: "storage", message: `Storage \`${key}\` needs ${size} bytes but the file ends ${pos - src.size} bytes short: truncated`, tensors: shape.users });
      walk2.end = src.size;
      return walk2;
    }
  }
  walk2.end = pos;
  return walk2;
}
async function readTorchLegacy(src, opts) {
  const { run, capped } = await scanPicklesAt(src, 0, LEGACY_PICKLES, opts.maxPickleBytes);
  const problems = [];
  const facts = { container: "pytorch-legacy", storagesStart: run.end, storages: {} };
  const keys = run.values[LEGACY_PICKLES - 1];
  let tail = run.end;
  if (run.pickles < LEGACY_PICKLES) {
    if (run.problems.length === 0 && !capped) {
      problems.push({ code: "pickles", message: `A legacy torch checkpoint holds ${LEGACY_PICKLES} pickles; this file has ${run.pickles}` });
    }
  } else if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string")) {
    problems.push({ code: "keys", message: "The fifth pickle is not the list of storage keys `_legacy_save` writes; the raw storages could not be located" });
  } else {
    const walk2 = await walkStorages2(src, run.end, keys, run.tensors);
    problems.push(...walk2.problems);
    facts.storages = walk2.storages;
    tail = walk2.end;
    if (walk2.end < src.size && walk2.problems.length === 0) {
      problems.push({ code: "trailing", message: `${src.size - walk2.end} bytes follow the last raw storage; torch never reads them` });
    }
  }
  let hidden;
  if (tail < src.size && run.pickles >= LEGACY_PICKLES) {
    const found = await scanHiddenPickle(new SliceSource(src, tail, src.size - tail), opts.maxPickleBytes);
    if (found) hidden = { offset: tail, hidden: found };
  }
  return {
    run,
    capped,
    header: headerProblems(run.values),
    problems,
    ...hidden ? { hidden } : {},
    tensors: run.tensors,
    facts
  };
}

// src/checks/pickle-imports.ts
var MAX_PROBLEMS_LISTED = 5;
var JUNK_AFTER_STOP = "junk-after-stop";
function importGroups(imports) {
  const groups = /* @__PURE__ */ new Map();
  for (const imp of imports) {
    if (imp.verdict === "allowed") continue;
    const key = `${imp.verdict}\0${imp.module}\0${imp.name}\0${imp.opcode === "BUILD" ? "BUILD" : ""}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { first: imp, count: 1 });
  }
  return [...groups.values()];
}
function where(first, count) {
  const times = count > 1 ? `${count} times, first ` : "";
  return `${times}at byte offset ${first.offset} (${first.opcode})`;
}
function pickleFindings(path2, run) {
  const out = [];
  const groups = importGroups(run.imports);
  for (const { first, count } of groups.filter((g) => g.first.verdict === "code-execution")) {
    const what = first.opcode === "BUILD" ? `BUILD changes \`${first.module}.${first.name}\`` : `The pickle imports \`${first.module}.${first.name}\``;
    out.push(
      finding("pickle-code-execution", {
        path: path2,
        message: `${what} ${where(first, count)}: ${first.description}. Loading this file with torch.load or pickle runs it.`
      })
    );
  }
  const unreadable = run.problems.some((p) => p.code !== JUNK_AFTER_STOP);
  for (const { first, count } of groups.filter((g) => g.first.verdict === "unknown")) {
    out.push(
      finding("pickle-unknown-global", {
        path: path2,
        ...unreadable ? { severity: "critical" } : {},
        message: `The pickle imports \`${first.module}.${first.name}\` ${where(first, count)}: ${first.description}.${unreadable ? " The pickle cannot be read to the end, so what this import is used for cannot be checked: judged critical, like code execution." : ""}`
      })
    );
  }
  for (const p of run.problems.filter((p2) => p2.code === "limit")) {
    out.push(
      finding("resource-limit", {
        path: path2,
        message: `The pickle scan stopped at byte offset ${p.offset}: ${p.message}. Imports found before that point are reported; the rest of the stream was not checked.`
      })
    );
  }
  const junk = run.problems.filter((p) => p.code === JUNK_AFTER_STOP);
  const malformed = run.problems.filter((p) => p.code !== "limit" && p.code !== JUNK_AFTER_STOP);
  if (malformed.length > 0) {
    const listed = malformed.slice(0, MAX_PROBLEMS_LISTED).map((p) => `${p.message} (${p.code}, offset ${p.offset})`);
    const more = malformed.length > MAX_PROBLEMS_LISTED ? `; and ${malformed.length - MAX_PROBLEMS_LISTED} more` : "";
    out.push(
      finding("pickle-malformed", {
        path: path2,
        message: `The pickle cannot be read as a loader would read it: ${listed.join("; ")}${more}. Imports found before the problem are still reported.`
      })
    );
  }
  for (const p of junk) {
    out.push(
      finding("pickle-malformed", {
        path: path2,
        severity: "warning",
        message: `${p.message}. pickle.load stops at the first STOP and ignores them, but a checkpoint writer never leaves them: they can hide a second pickle or another file format.`,
        fix: "Re-save the checkpoint; trailing bytes after the pickle are not part of a normal torch.save or pickle.dump output."
      })
    );
  }
  return out;
}
function pickleCheckpointFinding(path2) {
  return finding("pickle-checkpoint", {
    path: path2,
    message: "This checkpoint is a pickle. It imports nothing outside what a state dict needs and has no shared or non-contiguous tensors, so it can be converted to safetensors as it is. Loading the pickle itself with torch.load (without weights_only=True, the default before torch 2.6) or pickle runs whatever it imports; a safetensors file holds only tensors and cannot run code."
  });
}

// src/formats/layout.ts
function numel(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function rowMajorStride(shape) {
  const out = new Array(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = s;
    s *= shape[i];
  }
  return out;
}
function isRowMajor(shape, stride) {
  if (!stride || stride.length !== shape.length || numel(shape) === 0) return true;
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && stride[i] !== expected) return false;
    expected *= shape[i];
  }
  return true;
}
function isContiguous(t) {
  return isRowMajor(t.shape, t.stride);
}
function byteSpan(t) {
  const s = t.storage;
  if (!s || numel(t.shape) === 0) return void 0;
  const stride = t.stride && t.stride.length === t.shape.length ? t.stride : rowMajorStride(t.shape);
  let last = s.offset;
  for (let i = 0; i < t.shape.length; i++) last += (t.shape[i] - 1) * stride[i];
  return [s.offset * s.itemsize, (last + 1) * s.itemsize];
}
function isComplete(t) {
  return !!t.storage && t.storage.offset === 0 && numel(t.shape) === t.storage.numel && isContiguous(t);
}
function sharedGroups(tensors) {
  const byStorage = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    const span = byteSpan(t);
    if (!span || !t.storage) continue;
    const list = byStorage.get(t.storage.key) ?? [];
    list.push({ name: t.name, start: span[0], end: span[1], tensor: t });
    byStorage.set(t.storage.key, list);
  }
  const groups = [];
  for (const spans of byStorage.values()) {
    if (spans.length < 2) continue;
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    let current = [spans[0]];
    let reach = spans[0].end;
    for (const s of spans.slice(1)) {
      if (s.start < reach) {
        current.push(s);
        reach = Math.max(reach, s.end);
      } else {
        if (current.length > 1) groups.push(current.map((c) => c.tensor));
        current = [s];
        reach = s.end;
      }
    }
    if (current.length > 1) groups.push(current.map((c) => c.tensor));
  }
  return groups;
}

// src/checks/tensor-layout.ts
var MAX_NAMES_IN_MESSAGE = 10;
var MODULES_TO_SAVE_BIAS = /^(.*)\.modules_to_save(?:\.[^.]+)?\.bias$/;
function isPeftBiasAlias(names, siblingConfig) {
  const set = new Set(names);
  for (const n of names) {
    const m = MODULES_TO_SAVE_BIAS.exec(n);
    if (m && set.has(`${m[1]}.bias`)) return true;
  }
  return siblingConfig?.bias === "all" && names.some((n) => n.includes("modules_to_save") || n.endsWith(".bias"));
}
function sharedFinding(path2, group, siblingConfig) {
  const names = group.map((t) => t.name).sort();
  const list = names.map((n) => `\`${n}\``).join(", ");
  const storage = group[0].storage.key;
  const identical = group.every((t) => {
    const a = byteSpan(t);
    const b = byteSpan(group[0]);
    return a && b && a[0] === b[0] && a[1] === b[1];
  });
  const complete = group.filter(isComplete).map((t) => t.name).sort();
  const how = identical ? "are the same bytes" : "overlap";
  let message = `Tensors ${list} ${how} in storage \`${storage}\`. safetensors \`save_file\` refuses this ("Some tensors share memory, this will lead to duplicate memory on disk").`;
  let fix;
  if (complete.length > 0) {
    message += ` \`save_model\` can drop the duplicates: it keeps \`${complete[0]}\`, which covers the whole storage.`;
    fix = "Save with `safetensors.torch.save_model` (it drops duplicates and records them in the metadata), or `.clone()` the aliases before `save_file`.";
  } else {
    message += " `save_model` cannot fix it either: no member covers the whole storage, so these are overlapping partial views.";
    fix = "Make each tensor own its memory (`.clone().contiguous()`) before saving, or save only the full tensor and re-slice it at load time.";
  }
  if (isPeftBiasAlias(names, siblingConfig)) {
    message += " This is the PEFT shared-bias pattern (peft#1876): the adapter was added with transformers' `add_adapter(..., bias=\"all\")` together with `modules_to_save`, so the head's bias is saved under two names, and `save_pretrained(safe_serialization=True)` refuses it.";
    fix = 'Create the adapter with `get_peft_model` (PEFT clones the alias when saving), or use `bias="lora_only"` or `bias="none"`. Do not switch to `safe_serialization=False`: that writes a pickle.';
  }
  return finding("shared-tensors", { path: path2, message, fix, tensors: names });
}
function tensorLayoutFindings(path2, tensors, opts = {}) {
  const out = [];
  for (const group of sharedGroups(tensors)) out.push(sharedFinding(path2, group, opts.siblingConfig));
  const nonContiguous = tensors.filter((t) => !isContiguous(t));
  if (nonContiguous.length > 0) {
    const names = nonContiguous.map((t) => t.name);
    const shown = nonContiguous.slice(0, MAX_NAMES_IN_MESSAGE).map((t) => `\`${t.name}\` (shape [${t.shape.join(", ")}], stride [${(t.stride ?? []).join(", ")}])`);
    const more = names.length > MAX_NAMES_IN_MESSAGE ? ` and ${names.length - MAX_NAMES_IN_MESSAGE} more` : "";
    out.push(
      finding("non-contiguous-tensor", {
        path: path2,
        message: `${names.length === 1 ? "Tensor" : `${names.length} tensors`} ${shown.join(", ")}${more} ${names.length === 1 ? "is" : "are"} not stored in row-major order (for example a transposed view). safetensors \`save_file\` refuses it ("You are trying to save a non contiguous tensor").`,
        tensors: names
      })
    );
  }
  return out;
}

// src/checks/containers.ts
function hasBlocking(findings) {
  return findings.some((f) => f.severity === "critical" || f.severity === "error");
}
function layoutOpts(opts) {
  return opts.siblingConfig ? { siblingConfig: opts.siblingConfig } : {};
}
function zipProblemFindings(path2, problems) {
  return problems.map((p) => {
    const rule = p.kind === "anomaly" ? "zip-anomaly" : p.kind === "limit" ? "resource-limit" : "pickle-malformed";
    return finding(rule, { path: path2, message: `${p.message}.` });
  });
}
function tarProblemFindings(path2, problems) {
  return problems.map((p) => finding(p.kind === "limit" ? "resource-limit" : "pickle-malformed", { path: path2, message: `${p.message}.` }));
}
function hiddenPickleFindings(path2, where2, hidden, maxBytes) {
  const out = pickleFindings(path2, hidden.run).map((f) => ({ ...f, message: `In ${where2}: ${f.message}` }));
  if (hidden.truncated) {
    out.push(finding("resource-limit", { path: path2, message: `The pickle in ${where2} is bigger than the ${maxBytes}-byte pickle limit; only its start was scanned.` }));
  }
  return out;
}
function storageMismatchFinding(path2, m) {
  const want = m.numel * m.itemsize;
  const tensors = m.users;
  if (m.kind === "missing") {
    return finding("pickle-malformed", { path: path2, tensors, message: `Storage \`${m.key}\` is referenced by the pickle but member \`${m.member}\` is missing.` });
  }
  if (m.kind === "short") {
    return finding("pickle-malformed", { path: path2, tensors, message: `Member \`${m.member}\` holds ${m.size} bytes but storage \`${m.key}\` needs ${m.numel} elements x ${m.itemsize} bytes = ${want}: truncated.` });
  }
  return finding("zip-anomaly", { path: path2, tensors, message: `Member \`${m.member}\` holds ${m.size} bytes, more than the ${want} bytes storage \`${m.key}\` needs; torch ignores the rest.` });
}
function torchZipFindings(path2, r, opts) {
  const findings = zipProblemFindings(path2, r.problems);
  for (const h of r.hidden) findings.push(...hiddenPickleFindings(path2, `member \`${h.member}\``, h.hidden, opts.maxPickleBytes));
  for (const run of r.runs) findings.push(...pickleFindings(path2, run));
  for (const m of r.storageMismatches) findings.push(storageMismatchFinding(path2, m));
  findings.push(...tensorLayoutFindings(path2, r.tensors, layoutOpts(opts)));
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path2));
  return findings;
}
function torchTarFindings(path2, r, opts, structural = []) {
  const findings = [];
  for (const m of r.members) {
    const where2 = `member \`${m.name}\``;
    const inMember = (f) => ({ ...f, message: `In ${where2}: ${f.message}` });
    if (m.kind === "unreadable") {
      findings.push(finding("pickle-malformed", { path: path2, message: `Member \`${m.name}\` could not be read: ${m.error}.` }));
    } else if (m.kind === "records") {
      findings.push(...pickleFindings(path2, m.run).map(inMember));
      for (const p of m.problems) findings.push(finding("pickle-malformed", { path: path2, message: `In ${where2}: ${p}.` }));
    } else if (m.kind === "stack") {
      findings.push(...pickleFindings(path2, m.run).map(inMember));
    } else if (m.hidden) {
      findings.push(...hiddenPickleFindings(path2, where2, m.hidden, opts.maxPickleBytes));
    }
  }
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path2));
  const all = [...structural, ...findings];
  return hasBlocking(structural) ? all.filter((f) => f.ruleId !== "pickle-checkpoint") : all;
}
function torchLegacyFindings(path2, r, opts) {
  const findings = pickleFindings(path2, r.run);
  if (r.capped) findings.push(finding("resource-limit", { path: path2, message: `The legacy pickles do not end within the first ${opts.maxPickleBytes} bytes (the pickle limit); the rest was not scanned.` }));
  for (const p of r.header) findings.push(finding("pickle-malformed", { path: path2, message: `Legacy torch header: ${p}.` }));
  for (const p of r.problems) findings.push(finding("pickle-malformed", { path: path2, message: `${p.message}.`, ...p.tensors ? { tensors: p.tensors } : {} }));
  if (r.hidden) findings.push(...hiddenPickleFindings(path2, `the bytes from offset ${r.hidden.offset}`, r.hidden.hidden, opts.maxPickleBytes));
  findings.push(...tensorLayoutFindings(path2, r.tensors, layoutOpts(opts)));
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path2));
  return findings;
}
function memberNameIssue(name) {
  if (name.includes("\\")) return "contains backslashes (a path separator on Windows)";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
  if (name.split("/").includes("..")) return "climbs out of the extraction directory with `..`";
  return void 0;
}
function memberNameFinding(archive, kind, raw) {
  const issue = memberNameIssue(raw);
  return issue ? finding("zip-anomaly", { path: archive, message: `${kind} member name \`${raw}\` ${issue}; it was scanned in place, never extracted.` }) : void 0;
}
function nestingLimitFinding(path2, depth, maxDepth) {
  return finding("resource-limit", {
    path: path2,
    severity: "critical",
    message: `Not scanned: archive nested ${depth} levels deep, past the ${maxDepth}-level limit, so its members were not read. Whatever they hold (a pickle that runs code on load) was not checked; judged critical (fail closed).`
  });
}
function npyPickleFindings(path2, run, truncated, opts) {
  const findings = pickleFindings(path2, run);
  if (truncated) {
    findings.push(finding("resource-limit", { path: path2, message: `The pickle after the NumPy header is over the ${opts.maxPickleBytes}-byte pickle limit; only its start was scanned.` }));
  }
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path2));
  return findings;
}
function rawPickleFindings(path2, run, size, opts) {
  const findings = pickleFindings(path2, run);
  if (size !== void 0) {
    findings.push(finding("resource-limit", { path: path2, message: `Pickle stream is ${size} bytes, over the ${opts.maxPickleBytes}-byte pickle limit; only its start was scanned.` }));
  }
  if (run.tensors.length > 0) {
    findings.push(...tensorLayoutFindings(path2, run.tensors, layoutOpts(opts)));
    if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(path2));
  }
  return findings;
}

// src/engine/container-handlers.ts
var CRC_CHECK_MAX_BYTES = 64 * 1024;
function layoutOpts2(ctx) {
  return ctx.siblingConfig ? { siblingConfig: ctx.siblingConfig } : {};
}
function checkpointOpts(ctx) {
  return { maxPickleBytes: ctx.limits.maxPickleBytes, ...layoutOpts2(ctx) };
}
function sanitizeMemberName(name) {
  const parts = name.replace(/\\/g, "/").replace(/^[A-Za-z]:/, "").split("/");
  return parts.filter((p) => p !== "" && p !== "." && p !== "..").join("/") || "_";
}
var MemberNames = class {
  constructor(archive, kind) {
    this.archive = archive;
    this.kind = kind;
  }
  archive;
  kind;
  seen = /* @__PURE__ */ new Map();
  next(raw, findings) {
    const unsafe = memberNameFinding(this.archive, this.kind, raw);
    if (unsafe) findings.push(unsafe);
    const clean = sanitizeMemberName(raw);
    const n = (this.seen.get(clean) ?? 0) + 1;
    this.seen.set(clean, n);
    return n > 1 ? `${clean}#${n}` : clean;
  }
};
function depthFinding(ctx) {
  return ctx.depth + 1 <= ctx.limits.maxArchiveDepth ? void 0 : nestingLimitFinding(ctx.path, ctx.depth, ctx.limits.maxArchiveDepth);
}
async function hiddenPickleCheck(memberPath, name, member, ctx) {
  const head = await member.read(0, SNIFF_BYTES);
  if (sniff(head, name, member.size) !== "unknown") return [];
  const hidden = await scanHiddenPickle(member, ctx.limits.maxPickleBytes);
  return hidden ? hiddenPickleFindings(memberPath, "this member (a pickle under a name that does not say so)", hidden, ctx.limits.maxPickleBytes) : [];
}
function isNpz(entries) {
  const files = entries.filter((e) => !e.name.endsWith("/"));
  return files.length > 0 && files.every((e) => e.name.toLowerCase().endsWith(".npy"));
}
async function scanZipMembers(src, entries, ctx, problems, findings) {
  const names = new MemberNames(ctx.path, "Zip");
  const budget = { maxMemberBytes: ctx.limits.maxMemberBytes, reserveUnpacked: (n) => ctx.reserveUnpacked(n) };
  for (const entry of entries) {
    try {
      const encrypted = (entry.flags & FLAG_ENCRYPTED) !== 0;
      problems.push(...entryProblems(entry).filter((p) => !(encrypted && p.kind === "anomaly" && p.message.includes("marked encrypted"))));
      if (encrypted && !(entry.name.endsWith("/") && entry.uncompressedSize === 0)) {
        const name2 = names.next(entry.name, findings);
        findings.push(finding("file-unreadable", { path: `${ctx.path}!/${name2}`, severity: "warning", message: `Not scannable: zip member \`${entry.name}\` is encrypted; its content cannot be read without the password (Python's zipfile refuses it too).` }));
        if (entry.method === METHOD_STORED || entry.method === METHOD_DEFLATED) {
          const opened2 = await openZipMember(src, entry, budget).catch(() => void 0);
          if (opened2 && !Array.isArray(opened2)) await ctx.scanMember(`${ctx.path}!/${name2}`, opened2.source).catch(() => void 0);
        }
        continue;
      }
      if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) continue;
      if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
      const name = names.next(entry.name, findings);
      const opened = await openZipMember(src, entry, budget);
      if (Array.isArray(opened)) {
        problems.push(...opened);
        continue;
      }
      problems.push(...opened.problems);
      if (entry.method === METHOD_STORED && entry.uncompressedSize <= CRC_CHECK_MAX_BYTES) {
        const crc = crcProblem(entry, await opened.source.read(0, opened.source.size));
        if (crc) problems.push(crc);
      }
      const memberPath = `${ctx.path}!/${name}`;
      await ctx.scanMember(memberPath, opened.source);
      findings.push(...await hiddenPickleCheck(memberPath, name, opened.source, ctx));
    } catch (e) {
      problems.push({ kind: "malformed", member: entry.name, message: `member \`${entry.name}\` could not be read: ${e.message}` });
    }
  }
}
var zipHandler = async (src, _head, ctx) => {
  const dir = await readZipDirectory(src, ctx.limits.maxArchiveMembers);
  if (isTorchZip(dir)) {
    const r = await readTorchZip(src, dir, {
      maxPickleBytes: ctx.limits.maxPickleBytes,
      maxMemberBytes: ctx.limits.maxMemberBytes,
      reserveUnpacked: (n) => ctx.reserveUnpacked(n)
    });
    return { format: "pytorch-zip", findings: torchZipFindings(ctx.path, r, checkpointOpts(ctx)), tensors: r.tensors, facts: { ...r.facts } };
  }
  const format = isNpz(dir.entries) ? "npz" : "zip";
  const findings = [];
  const problems = [...dir.problems, ...duplicateNameProblems(dir.entries)];
  const deep = depthFinding(ctx);
  if (deep) findings.push(deep);
  else await scanZipMembers(src, dir.entries, ctx, problems, findings);
  findings.unshift(...zipProblemFindings(ctx.path, problems));
  return { format, findings, facts: { container: format, members: dir.entries.length, zip64: dir.zip64 } };
};
var tarHandler = async (src, _head, ctx) => {
  const listing = await readTarEntries(src, ctx.limits.maxArchiveMembers);
  const findings = tarProblemFindings(ctx.path, listing.problems);
  if (isTorchTar(listing)) {
    const r = await readTorchTar(src, listing, { maxPickleBytes: ctx.limits.maxPickleBytes });
    return { format: "pytorch-tar", findings: torchTarFindings(ctx.path, r, checkpointOpts(ctx), findings), facts: { ...r.facts } };
  }
  const deep = depthFinding(ctx);
  if (deep) return { format: "tar", findings: [...findings, deep] };
  const names = new MemberNames(ctx.path, "Tar");
  for (const entry of listing.files) {
    try {
      const name = names.next(entry.name, findings);
      const member = new SliceSource(src, entry.dataStart, entry.size);
      const memberPath = `${ctx.path}!/${name}`;
      await ctx.scanMember(memberPath, member);
      findings.push(...await hiddenPickleCheck(memberPath, name, member, ctx));
    } catch (e) {
      findings.push(finding("pickle-malformed", { path: ctx.path, message: `Tar member \`${entry.name}\` could not be read: ${e.message}.` }));
    }
  }
  return { format: "tar", findings, facts: { container: "tar", members: listing.files.length + listing.others.length } };
};
function gunzippedName(name) {
  if (/\.tgz$/i.test(name)) return name.slice(0, -4) + ".tar";
  if (/\.gz$/i.test(name) && name.length > 3) return name.slice(0, -3);
  return `${name}.gunzipped`;
}
var gzipHandler = async (src, _head, ctx) => {
  const deep = depthFinding(ctx);
  if (deep) return { format: "gzip", findings: [deep] };
  const findings = [];
  const stopAfter = Math.min(MAX_STREAMED_MEMBER_BYTES, ctx.limits.maxUnpackedBytes);
  const sum = await measureInflated(src, stopAfter, "gzip");
  if (sum.over) {
    findings.push(finding("resource-limit", { path: ctx.path, message: `Gzip stream inflates to more than ${stopAfter} bytes (compressed ${src.size} bytes), past the scan's unpacked-bytes limit; not scanned.` }));
    return { format: "gzip", findings };
  }
  if (sum.error !== void 0) {
    findings.push(finding("pickle-malformed", { path: ctx.path, message: `Gzip stream is corrupt or truncated after ${sum.size} inflated bytes: ${sum.error}.` }));
  }
  if (!ctx.reserveUnpacked(sum.size)) {
    findings.push(finding("resource-limit", { path: ctx.path, message: `Inflating this gzip (${sum.size} bytes) passes the scan's total unpacked-bytes limit; not scanned.` }));
    return { format: "gzip", findings };
  }
  const out = sum.size <= ctx.limits.maxMemberBytes ? await gunzipBounded(src, ctx.limits.maxMemberBytes) : { source: new InflatingSource(src, sum.size, ctx.limits.maxMemberBytes, "gzip"), bytes: sum.size };
  if (out.bytes > 0) await ctx.scanMember(`${ctx.path}!/${gunzippedName(ctx.name)}`, out.source);
  return { format: "gzip", findings, facts: { container: "gzip", inflatedBytes: out.bytes } };
};
var npyHandler = async (src, head, ctx) => {
  const { path: path2 } = ctx;
  const total = npyHeaderLength(head) ?? NPY_PREFIX_BYTES;
  const bytes = await src.read(0, Math.min(total, NPY_PREFIX_BYTES + MAX_NPY_HEADER_BYTES));
  const parsed = parseNpyHeader(bytes);
  if (!parsed.ok) return { format: "npy", findings: [finding("pickle-malformed", { path: path2, message: `NumPy header cannot be read: ${parsed.message}.` })] };
  const h = parsed.header;
  const facts = { container: "npy", version: h.version, descr: h.descr, fortranOrder: h.fortranOrder, dataStart: h.dataStart };
  if (h.hasObject) {
    const length = Math.min(src.size - h.dataStart, ctx.limits.maxPickleBytes);
    const run = scanPickles(await src.read(h.dataStart, length));
    return { format: "npy", findings: npyPickleFindings(path2, run, src.size - h.dataStart > length, checkpointOpts(ctx)), facts };
  }
  const findings = [];
  const numel2 = h.shape.reduce((a, b) => a * b, 1);
  const name = ctx.name.replace(/\.npy$/i, "");
  if (h.itemsize === void 0) return { format: "npy", findings, facts };
  const want = numel2 * h.itemsize;
  if (src.size - h.dataStart !== want) {
    findings.push(finding("pickle-malformed", { path: path2, message: `NumPy array ${JSON.stringify(h.shape)} of ${h.itemsize}-byte items needs ${want} data bytes after the header; the file has ${src.size - h.dataStart}.` }));
  }
  const tensors = h.dtype ? [{ name, dtype: h.dtype, shape: h.shape, dataStart: h.dataStart, dataOffsets: [0, want] }] : [];
  return { format: "npy", findings, tensors, facts };
};
async function legacyResult(src, ctx) {
  const r = await readTorchLegacy(src, { maxPickleBytes: ctx.limits.maxPickleBytes });
  return { format: "pytorch-legacy", findings: torchLegacyFindings(ctx.path, r, checkpointOpts(ctx)), tensors: r.tensors, facts: { ...r.facts } };
}
var legacyHandler = async (src, _head, ctx) => legacyResult(src, ctx);
var pickleHandler = async (src, _head, ctx) => {
  const { path: path2 } = ctx;
  const length = Math.min(src.size, ctx.limits.maxPickleBytes);
  let run = scanPickles(await src.read(0, length));
  if (src.size > length && run.incomplete) {
    const swept = await sweepSource(src, run.incomplete.pickleStart, run.incomplete.offset);
    run = addSweptImports(run, new Uint8Array(0), swept.imports, `the ${ctx.limits.maxPickleBytes}-byte pickle limit`);
  }
  if (isLegacyMagic(run.values[0])) return legacyResult(src, ctx);
  const findings = rawPickleFindings(path2, run, src.size > length ? src.size : void 0, checkpointOpts(ctx));
  return { format: "pickle", findings, ...run.tensors.length > 0 ? { tensors: run.tensors } : {} };
};
function guarded(format, handler) {
  return async (src, head, ctx) => {
    try {
      return await handler(src, head, ctx);
    } catch (e) {
      if (typeof e.syscall === "string") throw e;
      return { format, findings: [finding("pickle-malformed", { path: ctx.path, message: `The ${format} container could not be read: ${e.message}.` })] };
    }
  };
}
var MAX_7Z_ARCHIVE_BYTES = 64 * 1024 * 1024;
var sevenZipHandler = async (src, _head, ctx) => {
  const { path: path2 } = ctx;
  const findings = [];
  const notScannable = (message) => finding("file-unreadable", { path: path2, severity: "warning", message });
  if (src.size > MAX_7Z_ARCHIVE_BYTES) {
    findings.push(finding("resource-limit", { path: path2, message: `Not scanned: 7z archive of ${src.size} bytes is over the ${MAX_7Z_ARCHIVE_BYTES}-byte limit for 7z archives (read in memory).` }));
    return { format: "7z", findings };
  }
  const deep = depthFinding(ctx);
  if (deep) return { format: "7z", findings: [deep] };
  const archive = await src.read(0, src.size);
  const { extract7z, list7z } = await import("./cli-MFXFA4UH.js");
  const listing = await list7z(archive);
  if (!listing.ok) {
    findings.push(
      listing.encrypted ? notScannable(`Not scannable: the 7z archive is encrypted (its file list too), so its members cannot be read without the password (${listing.message}).`) : finding("pickle-malformed", { path: path2, message: `The 7z archive cannot be read: ${listing.message}.` })
    );
    return { format: "7z", findings };
  }
  const files = listing.entries.filter((e) => !e.directory);
  if (files.length > ctx.limits.maxArchiveMembers) {
    findings.push(finding("resource-limit", { path: path2, message: `7z archive lists ${files.length} members, over the ${ctx.limits.maxArchiveMembers}-member limit; only the first ${ctx.limits.maxArchiveMembers} were scanned.` }));
  }
  const names = new MemberNames(path2, "7z");
  let batch = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const { members } = await extract7z(archive, batch.map((e) => e.name));
    for (const e of batch) {
      const bytes = members.get(e.name);
      const name = names.next(e.name, findings);
      if (bytes === void 0) {
        findings.push(finding("pickle-malformed", { path: path2, message: `7z member \`${e.name}\` could not be extracted (corrupt data or a CRC mismatch).` }));
        continue;
      }
      const memberPath = `${path2}!/${name}`;
      const member = new MemorySource(bytes);
      await ctx.scanMember(memberPath, member);
      findings.push(...await hiddenPickleCheck(memberPath, name, member, ctx));
    }
    batch = [];
    batchBytes = 0;
  };
  for (const e of files.slice(0, ctx.limits.maxArchiveMembers)) {
    if (e.encrypted) {
      findings.push(notScannable(`Not scannable: 7z member \`${e.name}\` is encrypted; its content cannot be read without the password.`));
      continue;
    }
    if (e.size > ctx.limits.maxMemberBytes) {
      findings.push(finding("resource-limit", { path: path2, message: `Not scanned: 7z member \`${e.name}\` unpacks to ${e.size} bytes, over the ${ctx.limits.maxMemberBytes}-byte member limit.` }));
      continue;
    }
    if (!ctx.reserveUnpacked(e.size)) {
      findings.push(finding("resource-limit", { path: path2, message: `Not scanned: unpacking 7z member \`${e.name}\` passes the scan's total unpacked-bytes limit; it and the members after it were not read.` }));
      break;
    }
    if (batchBytes + e.size > ctx.limits.maxMemberBytes) await flush();
    batch.push(e);
    batchBytes += e.size;
  }
  await flush();
  return { format: "7z", findings, facts: { container: "7z", members: files.length } };
};
var CONTAINER_HANDLERS = {
  "7z": guarded("7z", sevenZipHandler),
  zip: guarded("zip", zipHandler),
  npz: guarded("npz", zipHandler),
  "pytorch-zip": guarded("pytorch-zip", zipHandler),
  tar: guarded("tar", tarHandler),
  "pytorch-tar": guarded("pytorch-tar", tarHandler),
  gzip: guarded("gzip", gzipHandler),
  npy: guarded("npy", npyHandler),
  pickle: guarded("pickle", pickleHandler),
  "pytorch-legacy": guarded("pytorch-legacy", legacyHandler)
};

// src/engine/code-handlers.ts
var MAX_PYTHON_BYTES = 4 * 1024 * 1024;
var MAX_NOTEBOOK_BYTES = 64 * 1024 * 1024;
function codeHandler(format, max) {
  return async (src, _head, ctx) => {
    if (ctx.code === false || ctx.depth > 0) return { format, findings: [], status: "skipped" };
    if (src.size > max) {
      return {
        format,
        status: "skipped",
        findings: [finding("resource-limit", { path: ctx.path, severity: "note", message: `${format === "python" ? "Python file" : "Notebook"} of ${src.size} bytes is over the ${max}-byte limit for code lint; not linted.` })]
      };
    }
    const text = new TextDecoder("utf-8").decode(await src.read(0, src.size));
    const { lintNotebook, lintPython } = await import("./cli-ADQ4R3G5.js");
    const r = format === "python" ? lintPython(ctx.path, text) : lintNotebook(ctx.path, text);
    return { format, findings: r.findings, ...r.pending.length > 0 ? { facts: { codePending: r.pending } } : {} };
  };
}
var CODE_HANDLERS = {
  python: codeHandler("python", MAX_PYTHON_BYTES),
  notebook: codeHandler("notebook", MAX_NOTEBOOK_BYTES)
};

// src/engine/handlers.ts
var MAX_JSON_BYTES = 16 * 1024 * 1024;
var safetensorsHandler = async (src, _head, ctx) => {
  const read = await readSafetensors(src);
  return {
    format: "safetensors",
    findings: safetensorsFindings(ctx.path, read),
    tensors: read.ok ? read.header.tensors : void 0,
    metadata: read.ok ? read.header.metadata : void 0,
    status: read.ok ? void 0 : "error"
  };
};
var lfsHandler = async (src, _head, ctx) => {
  const text = new TextDecoder().decode(await src.read(0, Math.min(src.size, 1024)));
  return { format: "lfs-pointer", status: "skipped", findings: lfsPointerFindings(ctx.path, ctx.name, parseLfsPointer(text)) };
};
var jsonHandler = async (src, _head, ctx) => {
  if (src.size > MAX_JSON_BYTES) {
    return {
      format: "json",
      status: "skipped",
      findings: [finding("resource-limit", { path: ctx.path, severity: "warning", message: `JSON file of ${src.size} bytes is over the ${MAX_JSON_BYTES}-byte limit for configs and indexes; not read.` })]
    };
  }
  const bytes = await src.read(0, src.size);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { format: "json", findings: [], json: { text: "", value: void 0, error: "not valid UTF-8" } };
  }
  const parsed = parseJson(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  return {
    format: "json",
    findings: [],
    // The parse (keys, lines, duplicates) is kept for the checks, which would otherwise parse the text again.
    json: parsed.error === void 0 ? { text, value: parsed.value, parsed } : { text, value: void 0, error: parsed.error, parsed }
  };
};
var unknownHandler = async (src, _head, ctx) => {
  if (ctx.depth === 0) {
    const hidden = await scanHiddenPickle(src, ctx.limits.maxPickleBytes);
    if (hidden) return { format: "pickle", findings: hiddenPickleFindings(ctx.path, "this file (a pickle under a name that does not say so)", hidden, ctx.limits.maxPickleBytes) };
  }
  return { format: "unknown", findings: [], status: "skipped" };
};
var HANDLERS = {
  safetensors: safetensorsHandler,
  "lfs-pointer": lfsHandler,
  json: jsonHandler,
  unknown: unknownHandler,
  ...CONTAINER_HANDLERS,
  ...CODE_HANDLERS
};

// src/checks/adapter/tuners.ts
var LORA_DIMS = { lora_A: 0, lora_B: 1, lora_embedding_A: 0, lora_embedding_B: 1 };
var TUNERS = [
  { type: "PROMPT_TUNING", since: "0.0.1", family: "prompt", params: [] },
  { type: "P_TUNING", since: "0.0.1", family: "prompt", params: [] },
  { type: "PREFIX_TUNING", since: "0.0.1", family: "prompt", params: [] },
  {
    type: "LORA",
    since: "0.0.1",
    family: "layer",
    biasOnly: "lora_only",
    biasFlag: { key: "lora_bias", param: "lora_B" },
    params: ["lora_A", "lora_B", "lora_embedding_A", "lora_embedding_B", "lora_magnitude_vector"],
    // Linear/Conv: lora_B zero; Embedding: lora_embedding_A zero (lora/layer.py reset_lora_parameters).
    zeroInit: ["lora_B", "lora_embedding_A"],
    rank: { key: "r", default: 8, dims: LORA_DIMS, pattern: "rank_pattern" }
  },
  {
    type: "ADALORA",
    since: "0.3.0",
    family: "layer",
    biasOnly: "lora_only",
    params: ["lora_A", "lora_B", "lora_E", "lora_embedding_A", "lora_embedding_B"],
    zeroInit: ["lora_E"],
    // Saved at the number of ranks its rank_pattern mask keeps (adalora/model.py resize_state_dict_by_rank_pattern).
    rank: { key: "init_r", default: 12, dims: { lora_A: 0, lora_E: 0, lora_B: 1 } }
  },
  { type: "ADAPTION_PROMPT", since: "0.3.0", family: "adaption-prompt", params: ["adaption_prompt", "adaption_gate"], zeroInit: ["adaption_gate"] },
  { type: "IA3", since: "0.4.0", family: "layer", params: ["ia3_l"], biasOnly: "ia3_only" },
  { type: "LOHA", since: "0.6.0", family: "layer", params: ["hada_w1_a", "hada_w1_b", "hada_w2_a", "hada_w2_b", "hada_t1", "hada_t2"], zeroInit: ["hada_w2_b"], rank: { key: "r", default: 8, dims: { hada_w1_a: 1, hada_w1_b: 0, hada_w2_a: 1, hada_w2_b: 0 }, pattern: "rank_pattern" } },
  { type: "MULTITASK_PROMPT_TUNING", since: "0.6.0", family: "prompt", params: [] },
  { type: "LOKR", since: "0.6.0", family: "layer", params: ["lokr_w1", "lokr_w1_a", "lokr_w1_b", "lokr_w2", "lokr_w2_a", "lokr_w2_b", "lokr_t2"], rank: { key: "r", default: 8, dims: { lokr_w1_a: 1, lokr_w1_b: 0, lokr_w2_a: 1, lokr_w2_b: 0 }, pattern: "rank_pattern" } },
  { type: "OFT", since: "0.7.0", family: "layer", params: ["oft_R", "oft_s", "oft_embedding_R"], biasOnly: "oft_only", skewBlock: { key: "oft_block_size", param: "oft_R" } },
  { type: "POLY", since: "0.8.0", family: "layer", params: ["poly_lora_A", "poly_lora_B", "poly_router"] },
  { type: "LN_TUNING", since: "0.11.0", family: "layer", params: ["ln_tuning_layers"] },
  { type: "VERA", since: "0.11.0", family: "layer", params: ["vera_lambda_b", "vera_lambda_d"], shared: ["vera_A", "vera_B"], sharedRequiredUnless: "save_projection", biasOnly: "vera_only", rank: { key: "r", default: 256, dims: { vera_lambda_d: 0 } } },
  { type: "BOFT", since: "0.11.0", family: "layer", params: ["boft_R", "boft_s"], biasOnly: "boft_only" },
  { type: "FOURIERFT", since: "0.12.0", family: "layer", params: ["fourierft_spectrum"], biasOnly: "fourier_only" },
  { type: "HRA", since: "0.12.0", family: "layer", params: ["hra_u"], biasOnly: "hra_only", rank: { key: "r", default: 8, dims: { hra_u: 1 } } },
  { type: "XLORA", since: "0.12.0", family: "layer", params: ["lora_A", "lora_B", "lora_embedding_A", "lora_embedding_B", "internal_xlora_classifier", "internal_xlora_scalings"] },
  { type: "VBLORA", since: "0.13.0", family: "layer", params: ["vblora_logits_A", "vblora_logits_B", "vblora_logits_A_topk_indices", "vblora_logits_A_topk_weights", "vblora_logits_B_topk_indices", "vblora_logits_B_topk_weights"], shared: ["vblora_vector_bank"], biasOnly: "vblora_only" },
  { type: "CPT", since: "0.14.0", family: "prompt", params: [] },
  // BONE: a PeftType from 0.14.0 to 0.18.x (removed by #3051 in favour of MISS); tuners/bone/layer.py.
  { type: "BONE", since: "0.14.0", until: "0.18.1", family: "layer", params: ["bone_block"], biasOnly: "bone_only" },
  { type: "TRAINABLE_TOKENS", since: "0.15.0", family: "layer", params: ["trainable_tokens_delta"] },
  { type: "RANDLORA", since: "0.16.0", family: "layer", params: ["randlora_lambda", "randlora_gamma", "randlora_A", "randlora_B"], shared: ["randlora_A", "randlora_B"], biasOnly: "randlora_only" },
  { type: "C3A", since: "0.16.0", family: "layer", params: ["c3a_kernel"], biasOnly: "c3a_only" },
  { type: "MISS", since: "0.17.0", family: "layer", params: ["miss_block"], biasOnly: "miss_only" },
  { type: "SHIRA", since: "0.17.0", family: "layer", params: ["shira_weight", "shira_indices"] },
  { type: "DELORA", since: "0.18.0", family: "layer", params: ["delora_A", "delora_B", "delora_lambda", "delora_w_norm"], biasOnly: "delora_only" },
  { type: "ROAD", since: "0.18.0", family: "layer", params: ["road_theta", "road_alpha"] },
  { type: "OSF", since: "0.18.0", family: "layer", params: ["osf_svd_params"] },
  { type: "WAVEFT", since: "0.18.0", family: "layer", params: ["waveft_spectrum"], biasOnly: "waveft_only" },
  { type: "ADAMSS", since: "0.19.0", family: "layer", params: ["adamss_A", "adamss_B"] },
  { type: "CARTRIDGE", since: "0.19.0", family: "prompt", params: [] },
  { type: "LILY", since: "0.19.0", family: "layer", params: ["lily_A", "lily_B", "lily_router"] },
  { type: "PSOFT", since: "0.19.0", family: "layer", params: ["psoft_R"] },
  { type: "PVERA", since: "0.19.0", family: "layer", params: ["pvera_lambda_b", "pvera_lambda_d"], shared: ["pvera_A", "pvera_B"], sharedRequiredUnless: "save_projection" },
  { type: "PEANUT", since: "0.19.0", family: "layer", params: ["peanut_A", "peanut_B", "peanut_encoders", "peanut_decoders"] },
  { type: "TINYLORA", since: "0.19.0", family: "layer", params: ["tinylora_v", "tinylora_A", "tinylora_B", "tinylora_P"], shared: ["tinylora_v"] },
  { type: "GRALORA", since: "0.19.0", family: "layer", params: ["gralora_A", "gralora_B", "gralora_A_general", "gralora_B_general"] },
  { type: "GLORA", since: "0.20.0", family: "layer", params: ["glora_A", "glora_B", "glora_C", "glora_D", "glora_E"] },
  { type: "UNILORA", since: "0.20.0", family: "layer", params: ["unilora_theta_d", "unilora_indices_A", "unilora_indices_B", "unilora_scales_A", "unilora_scales_B"], shared: ["unilora_theta_d"] },
  { type: "HIRA", since: "0.20.0", family: "layer", params: ["hira_A", "hira_B", "hira_embedding_A", "hira_embedding_B"] },
  { type: "BEFT", since: "0.20.0", family: "layer", params: ["beft_bias"] },
  { type: "FROD", since: "0.20.0", family: "layer", params: ["frod_lambda_l", "frod_lambda_s_values"], shared: ["frod_V", "frod_U", "frod_s_indices", "frod_s_size"] },
  { type: "DEFT", since: "0.20.0", family: "layer", params: ["deft_P", "deft_R"] },
  { type: "SUPERTUNING", since: "0.21.0", family: "layer", params: ["supertuning_values", "supertuning_indices", "supertuning_lora_A", "supertuning_lora_B"] },
  { type: "SHADOW", since: "0.21.0", family: "layer", params: ["shadow_down", "shadow_up", "shadow_update_transform"] }
];
var TUNER_BY_TYPE = new Map(TUNERS.map((t) => [t.type, t]));
var PARAM_OWNERS = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const t of TUNERS) for (const p of t.params) m.set(p, [...m.get(p) ?? [], t.type]);
  return m;
})();
var SHARED_PARAMS = new Set(TUNERS.flatMap((t) => t.shared ?? []));
var PROMPT_KEYS = /* @__PURE__ */ new Set(["prompt_embeddings", "prefix_task_cols", "prefix_task_rows"]);
function compareVersions(a, b) {
  const parse = (v) => v.split(/[.+]/).map((x2) => /^\d+$/.test(x2) ? Number(x2) : -1);
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
var LAYER_INDEX_FIRST_SINCE = "0.20.0";
var LORA_ONLY_BIAS_SAVED_SINCE = "0.21.0";

// src/checks/adapter/config-schema.ts
var PEFT_TYPES = /* @__PURE__ */ new Set([
  "PROMPT_TUNING",
  "MULTITASK_PROMPT_TUNING",
  "P_TUNING",
  "PREFIX_TUNING",
  "LORA",
  "ADALORA",
  "ADAMSS",
  "BOFT",
  "ADAPTION_PROMPT",
  "IA3",
  "BEFT",
  "LILY",
  "LOHA",
  "LOKR",
  "OFT",
  "POLY",
  "LN_TUNING",
  "VERA",
  "FROD",
  "PVERA",
  "FOURIERFT",
  "GLORA",
  "XLORA",
  "HRA",
  "VBLORA",
  "UNILORA",
  "CPT",
  "MISS",
  "RANDLORA",
  "ROAD",
  "TRAINABLE_TOKENS",
  "HIRA",
  "SHIRA",
  "C3A",
  "WAVEFT",
  "OSF",
  "DELORA",
  "GRALORA",
  "CARTRIDGE",
  "TINYLORA",
  "PSOFT",
  "PEANUT",
  "SUPERTUNING",
  "DEFT"
]);
var TASK_TYPES = /* @__PURE__ */ new Set(["SEQ_CLS", "SEQ_2_SEQ_LM", "CAUSAL_LM", "TOKEN_CLS", "QUESTION_ANS", "FEATURE_EXTRACTION"]);
var HEAD_TASK_TYPES = /* @__PURE__ */ new Map([
  ["SEQ_CLS", ["classifier", "score"]],
  ["TOKEN_CLS", ["classifier", "score"]],
  ["QUESTION_ANS", ["qa_outputs"]]
]);
var LORA_FAMILY = /* @__PURE__ */ new Set(["LORA", "ADALORA"]);
var LORA_BIAS_VALUES = ["none", "all", "lora_only"];
var ALL_LINEAR = "all-linear";
var LORA_DEFAULT_R = 8;
var ADALORA_DEFAULT_INIT_R = 12;
var BASE_KEYS = ["peft_type", "task_type", "base_model_name_or_path", "revision", "inference_mode", "auto_mapping", "peft_version"];
var LORA_KEYS = [
  "r",
  "target_modules",
  "exclude_modules",
  "lora_alpha",
  "lora_dropout",
  "fan_in_fan_out",
  "bias",
  "use_rslora",
  "modules_to_save",
  "init_lora_weights",
  "layers_to_transform",
  "layers_pattern",
  "rank_pattern",
  "alpha_pattern",
  "megatron_config",
  "megatron_core",
  "trainable_token_indices",
  "loftq_config",
  "eva_config",
  "corda_config",
  "lora_ga_config",
  "velora_config",
  "monteclora_config",
  "arrow_config",
  "kasa_config",
  "use_bdlora",
  "use_dora",
  "alora_invocation_tokens",
  "use_qalora",
  "qalora_group_size",
  "layer_replication",
  "runtime_config",
  "lora_bias",
  "target_parameters",
  "ensure_weight_tying",
  // Removed from LoraConfig in older releases; PEFT drops them with a warning.
  "enable_lora",
  "merge_weights"
];
var ADALORA_KEYS = [...LORA_KEYS, "target_r", "init_r", "tinit", "tfinal", "deltaT", "beta1", "beta2", "orth_reg_weight", "total_step"];
var PROMPT_LEARNING_KEYS = [
  "num_virtual_tokens",
  "token_dim",
  "num_transformer_submodules",
  "num_attention_heads",
  "num_layers",
  "modules_to_save",
  "prompt_tuning_init",
  "prompt_tuning_init_text",
  "tokenizer_name_or_path",
  "tokenizer_kwargs",
  "encoder_reparameterization_type",
  "encoder_hidden_size",
  "encoder_num_layers",
  "encoder_dropout",
  "prefix_projection",
  "num_tasks",
  "prompt_tuning_init_task",
  "num_ranks"
];
var KNOWN_KEYS = /* @__PURE__ */ new Map([
  ["LORA", /* @__PURE__ */ new Set([...BASE_KEYS, ...LORA_KEYS])],
  ["ADALORA", /* @__PURE__ */ new Set([...BASE_KEYS, ...ADALORA_KEYS])],
  ["PROMPT_TUNING", /* @__PURE__ */ new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])],
  ["P_TUNING", /* @__PURE__ */ new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])],
  ["PREFIX_TUNING", /* @__PURE__ */ new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])],
  ["MULTITASK_PROMPT_TUNING", /* @__PURE__ */ new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])]
]);

// src/checks/adapter/config.ts
function isStringList(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function isPositiveInt(v) {
  return typeof v === "number" && Number.isInteger(v) && v > 0;
}
function show(v) {
  const s = JSON.stringify(v, (_k, x) => typeof x === "bigint" ? x.toString() : x);
  return s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
}
function readPeftConfig(a) {
  const path2 = a.path;
  const invalid = (message, line, severity) => finding("peft-config-invalid", { path: path2, line, message, severity });
  if (!a.json) {
    if (a.format === "lfs-pointer" || a.status === "skipped" || a.status === "error") return { findings: [] };
    return { findings: [invalid(`adapter_config.json is not JSON (its content reads as ${a.format}); PEFT fails with a JSONDecodeError.`, 1)] };
  }
  const text = a.json.text.charCodeAt(0) === 65279 ? a.json.text.slice(1) : a.json.text;
  if (a.json.error === "not valid UTF-8") return { findings: [invalid("adapter_config.json is not valid UTF-8; PEFT cannot read it.", 1)] };
  const parsed = a.json.parsed ?? parseJson(text);
  if (parsed.error !== void 0) {
    return { findings: [invalid(`adapter_config.json is not valid JSON (${parsed.error}); \`PeftConfig.from_pretrained\` fails with a JSONDecodeError.`, parsed.errorLine ?? 1)] };
  }
  const lineOf = (key) => parsed.keys.get(key) ?? 1;
  let lineStarts;
  const lineOfEntry = (key, entry) => {
    lineStarts ??= jsonLineStarts(text);
    const from = lineStarts[lineOf(key) - 1] ?? 0;
    const at = text.indexOf(JSON.stringify(entry), from);
    return at < 0 ? lineOf(key) : jsonLineAt(lineStarts, at);
  };
  const root = parsed.value;
  if (!isJsonObject(root)) return { findings: [invalid(`adapter_config.json must hold a JSON object, found ${show(root ?? null)}.`, 1)] };
  const findings = [];
  for (const d of parsed.duplicates) {
    findings.push(invalid(`The key \`${d.path}\` appears twice; Python's json keeps the last value silently, so what was meant is unclear.`, d.line, "warning"));
  }
  const view = { path: path2, modulesToSave: [], rankPattern: {}, useDora: false, raw: root, lineOf, lineOfEntry };
  const version = root.peft_version;
  if (typeof version === "string" && /^\d+\.\d+/.test(version)) view.peftVersion = version;
  const has = (k) => Object.prototype.hasOwnProperty.call(root, k);
  const get = (k) => has(k) ? root[k] : void 0;
  const peftType = get("peft_type");
  if (peftType === void 0) {
    findings.push(invalid("`peft_type` is missing: PEFT fails with \"is missing required keys: {'peft_type'}\" and cannot tell which adapter this is.", 1));
  } else if (typeof peftType !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(peftType)) {
    findings.push(invalid(`\`peft_type\` is ${show(peftType)}, which no PEFT release knows (LORA, ADALORA, IA3, PROMPT_TUNING, \u2026).`, lineOf("peft_type")));
  } else if (!PEFT_TYPES.has(peftType) && !TUNER_BY_TYPE.has(peftType)) {
    findings.push(invalid(`\`peft_type\` is "${peftType}", a tuner type this scanner does not know yet (it knows the ${TUNER_BY_TYPE.size} types of PEFT up to 0.21); its weights were not checked. PEFT releases without it fail with "'${peftType}' is not a valid PeftType".`, lineOf("peft_type"), "note"));
  } else {
    view.peftType = peftType;
  }
  const taskType = get("task_type");
  if (taskType !== void 0 && taskType !== null) {
    if (typeof taskType === "string" && TASK_TYPES.has(taskType)) view.taskType = taskType;
    else findings.push(invalid(`\`task_type\` is ${show(taskType)}; PEFT accepts ${[...TASK_TYPES].join(", ")} or null.`, lineOf("task_type")));
  }
  const lora = view.peftType !== void 0 && LORA_FAMILY.has(view.peftType);
  if (lora) {
    const r = get("r");
    if (r === void 0) view.r = void 0;
    else if (isPositiveInt(r)) view.r = r;
    else findings.push(invalid(`\`r\` is ${show(r)}; the LoRA rank must be a positive integer.`, lineOf("r")));
    const alpha = get("lora_alpha");
    if (alpha !== void 0 && (typeof alpha !== "number" || alpha === 0)) {
      findings.push(invalid(`\`lora_alpha\` is ${show(alpha)}; it must be a non-zero number (the update is scaled by lora_alpha / r).`, lineOf("lora_alpha")));
    }
    const dropout = get("lora_dropout");
    if (dropout !== void 0 && (typeof dropout !== "number" || dropout < 0 || dropout > 1)) {
      findings.push(invalid(`\`lora_dropout\` is ${show(dropout)}; it must be a probability between 0 and 1.`, lineOf("lora_dropout")));
    }
    if (view.peftType === "ADALORA") {
      const initR = get("init_r");
      if (initR === void 0) view.initR = void 0;
      else if (isPositiveInt(initR)) view.initR = initR;
      else findings.push(invalid(`\`init_r\` is ${show(initR)}; AdaLoRA's initial rank must be a positive integer.`, lineOf("init_r")));
    }
  }
  const bias = get("bias");
  if (bias !== void 0 && bias !== null) {
    const ok = typeof bias === "string" && (lora ? LORA_BIAS_VALUES.includes(bias) : bias === "none" || bias === "all" || /^[a-z0-9]+_only$/.test(bias));
    if (ok) view.bias = bias;
    else findings.push(invalid(`\`bias\` is ${show(bias)}; PEFT accepts "none", "all" or "lora_only".`, lineOf("bias")));
  }
  for (const key of ["target_modules", "exclude_modules"]) {
    const v = get(key);
    if (v === void 0 || v === null) continue;
    if (typeof v === "string" || isStringList(v)) {
      if (key === "target_modules") view.targetModules = v;
      else view.excludeModules = v;
    } else {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a list of module names or one regular expression string.`, lineOf(key)));
    }
  }
  for (const key of ["modules_to_save", "target_parameters"]) {
    const v = get(key);
    if (v === void 0 || v === null) continue;
    if (isStringList(v)) {
      if (key === "modules_to_save") view.modulesToSave = v;
      else view.targetParameters = v;
    } else {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a list of module names.`, lineOf(key)));
    }
  }
  for (const key of ["rank_pattern", "alpha_pattern"]) {
    const v = get(key);
    if (v === void 0 || v === null) continue;
    if (!isJsonObject(v)) {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a map from module name or pattern to a value.`, lineOf(key)));
      continue;
    }
    const bad = Object.entries(v).filter(
      ([, x]) => key === "alpha_pattern" ? typeof x !== "number" : view.peftType === "ADALORA" ? !(isPositiveInt(x) || Array.isArray(x) && x.every((b) => typeof b === "boolean")) : !isPositiveInt(x)
    );
    if (bad.length > 0) {
      const [k, x] = bad[0];
      findings.push(invalid(`\`${key}\` maps "${k}" to ${show(x)}; ${key === "alpha_pattern" ? "alphas must be numbers" : "ranks must be positive integers"}.`, lineOf(`${key}.${k}`)));
    } else if (key === "rank_pattern") {
      view.rankPattern = v;
    }
  }
  const layers = get("layers_to_transform");
  if (typeof layers === "number" && Number.isInteger(layers)) view.layersToTransform = [layers];
  else if (Array.isArray(layers) && layers.length > 0 && layers.every((x) => typeof x === "number" && Number.isInteger(x))) view.layersToTransform = layers;
  const pattern = get("layers_pattern");
  if (typeof pattern === "string" && pattern) view.layersPattern = [pattern];
  else if (Array.isArray(pattern) && pattern.length > 0 && pattern.every((x) => typeof x === "string")) view.layersPattern = pattern;
  const dora = get("use_dora");
  if (dora !== void 0 && dora !== null) {
    if (typeof dora === "boolean") view.useDora = dora;
    else findings.push(invalid(`\`use_dora\` is ${show(dora)}; it must be true or false.`, lineOf("use_dora")));
  }
  const known = view.peftType !== void 0 ? KNOWN_KEYS.get(view.peftType) : void 0;
  if (known) {
    const unknown = Object.keys(root).filter((k) => !known.has(k));
    if (unknown.length > 0) {
      findings.push(
        invalid(
          `Key(s) ${unknown.map((k) => `\`${k}\``).join(", ")} are not ${view.peftType} config fields this scanner knows. A newer PEFT may have written them; older PEFT versions drop them with "Unexpected keyword arguments \u2026 these are ignored".`,
          lineOf(unknown[0]),
          "note"
        )
      );
    }
  }
  return { findings, view };
}
function configObject(a) {
  return isJsonObject(a.json?.value) ? a.json.value : void 0;
}

// src/checks/adapter/keys.ts
var PEFT_KEY_PREFIX = "base_model.model.";
var LORA_PARTS = ["lora_A", "lora_B", "lora_E", "lora_embedding_A", "lora_embedding_B", "lora_magnitude_vector"];
var LORA_PART_SET = new Set(LORA_PARTS);
function stripPeftPrefix(key) {
  if (key.startsWith(PEFT_KEY_PREFIX)) return key.slice(PEFT_KEY_PREFIX.length);
  return key.startsWith("base_model.") ? key.slice("base_model.".length) : key;
}
function ownerOf(module) {
  const parts = module.split(".");
  const i = parts.indexOf("base_layer");
  return i < 0 ? module : parts.slice(0, i).join(".");
}
function parseAdapterKey(key) {
  const hit = KEY_CACHE.get(key);
  if (hit) return hit;
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  const k = Object.freeze(classifyKey(key));
  KEY_CACHE.set(key, k);
  return k;
}
var KEY_CACHE_MAX = 65536;
var KEY_CACHE = /* @__PURE__ */ new Map();
function classifyKey(key) {
  const nested = key.startsWith(PEFT_KEY_PREFIX);
  const parts = stripPeftPrefix(key).split(".");
  const leaf = parts[parts.length - 1];
  if (parts.length === 1 && PROMPT_KEYS.has(leaf)) return { key, module: "", owner: "", kind: "prompt", leaf };
  if (!nested && key.startsWith("base_model.") && SHARED_PARAMS.has(parts[0])) return { key, module: "", owner: "", kind: "aux", param: parts[0], leaf };
  const tok = parts.indexOf("token_adapter");
  if (tok >= 0) {
    const module2 = parts.slice(0, tok).join(".");
    return { key, module: module2, owner: ownerOf(module2), kind: "aux", param: "trainable_tokens_delta", leaf };
  }
  for (let i = parts.length - 1; i >= 1; i--) {
    const p = parts[i];
    if (!PARAM_OWNERS.has(p)) continue;
    const module2 = parts.slice(0, i).join(".");
    if (LORA_PART_SET.has(p)) return { key, module: module2, owner: ownerOf(module2), kind: "lora", part: p, param: p, leaf };
    return { key, module: module2, owner: ownerOf(module2), kind: "tuner", param: p, leaf };
  }
  const bl = parts.lastIndexOf("base_layer");
  if (bl >= 0) {
    const module2 = parts.slice(0, bl).join(".");
    return { key, module: module2, owner: ownerOf(module2), kind: "base-layer", leaf };
  }
  const module = parts.slice(0, -1).join(".");
  return { key, module, owner: module, kind: "other", leaf };
}
function rankOf(part, shape) {
  switch (part) {
    case "lora_A":
    case "lora_E":
    case "lora_embedding_A":
      return shape.length >= 1 ? shape[0] : void 0;
    case "lora_B":
    case "lora_embedding_B":
      return shape.length >= 2 ? shape[1] : void 0;
    default:
      return void 0;
  }
}

// src/checks/adapter/targets.ts
function compilePythonRegex(pattern, wrap) {
  const js = pattern.replace(/\(\?P</g, "(?<").replace(/\(\?P=(\w+)\)/g, "\\k<$1>").replace(/\\A/g, "^").replace(/\\Z/g, "$");
  try {
    return new RegExp(wrap(js));
  } catch {
    return void 0;
  }
}
var fullMatch = (p) => `^(?:${p})$`;
function matchesModuleSpec(spec, name) {
  if (typeof spec === "string") {
    if (spec === ALL_LINEAR) return true;
    const re = compilePythonRegex(spec, fullMatch);
    return re ? re.test(name) : void 0;
  }
  return spec.some((e) => e === ALL_LINEAR || name === e || name.endsWith(`.${e}`));
}
function matchesTargetParameter(params, name) {
  return params.some((p) => {
    const owner = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "";
    return owner === "" ? false : name === owner || name.endsWith(`.${owner}`);
  });
}
function rankPatternFor(view, name) {
  for (const [pattern, value] of Object.entries(view.rankPattern)) {
    if (typeof value !== "number") continue;
    const re = compilePythonRegex(pattern, (p) => `^(?:.*\\.)?(?:${p})$`);
    if (re?.test(name)) return { rank: value, pattern };
  }
  return void 0;
}
function modulesToSaveEntry(entries, name) {
  const parts = name.split(".");
  for (let n = parts.length; n >= 1; n--) {
    const prefix = parts.slice(0, n).join(".");
    const hit = entries.find((e) => prefix.endsWith(e));
    if (hit !== void 0) return hit;
  }
  return void 0;
}
function listNames(names, max = 5) {
  const shown = names.slice(0, max).map((n) => `\`${n}\``).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
function targetUnmatchedFindings(view, adapterModules) {
  const spec = view.targetModules;
  if (spec === void 0 || adapterModules.length === 0 || view.peftType === "ADAPTION_PROMPT") return [];
  if (typeof spec === "string") {
    if (spec === ALL_LINEAR) return [];
    const re = compilePythonRegex(spec, fullMatch);
    if (!re || adapterModules.some((m) => re.test(m))) return [];
    return [
      finding("peft-target-unmatched", {
        path: view.path,
        line: view.lineOf("target_modules"),
        message: `The target_modules pattern "${spec}" matches none of the ${adapterModules.length} adapted modules in the weights (e.g. \`${adapterModules[0]}\`); the pattern and the weights describe different models.`
      })
    ];
  }
  const out = [];
  for (const entry of spec) {
    if (entry === ALL_LINEAR) continue;
    if (view.excludeModules !== void 0 && matchesModuleSpec(view.excludeModules, entry) === true) continue;
    if (adapterModules.some((m) => m === entry || m.endsWith(`.${entry}`))) continue;
    out.push(
      finding("peft-target-unmatched", {
        path: view.path,
        line: view.lineOfEntry("target_modules", entry),
        message: `target_modules lists "${entry}", but no saved adapter weight belongs to a module of that name (saved modules end in ${listNames([...new Set(adapterModules.map((m) => m.slice(m.lastIndexOf(".") + 1)))], 6)}). PEFT skips unmatched entries as long as one matches, so this loads, but it is usually a typo or a config copied from another architecture.`
      })
    );
  }
  return out;
}

// src/checks/adapter/base-layer.ts
var EMBEDDING_MODULES = /* @__PURE__ */ new Set(["embed_tokens", "lm_head", "wte", "word_embeddings", "embed_in", "embed_out", "shared"]);
var VOCAB_SIZED_ROWS = 16e3;
function tensorBytes(t) {
  const bits = dtypeInfo(t.dtype)?.bits ?? (t.storage ? t.storage.itemsize * 8 : 0);
  return t.shape.reduce((a, b) => a * b, 1) * bits / 8;
}
function isEmbeddingMatrix(t) {
  const k = parseAdapterKey(t.name);
  if (k.kind !== "other" || k.leaf !== "weight" || t.shape.length !== 2) return false;
  const last = k.module.slice(k.module.lastIndexOf(".") + 1);
  return EMBEDDING_MODULES.has(last) || t.shape[0] >= VOCAB_SIZED_ROWS;
}
function mib(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${groupDigits(bytes)} bytes`;
}
function baseLayerFindings(weights, modulesToSave, targetModules) {
  const tensors = weights.tensors ?? [];
  const saved = tensors.filter((t) => {
    const k = parseAdapterKey(t.name);
    if (k.kind === "base-layer") return k.leaf === "weight";
    return isEmbeddingMatrix(t) && modulesToSaveEntry(modulesToSave, k.module) === void 0;
  });
  if (saved.length === 0) return [];
  const targeted = (t) => {
    const m = parseAdapterKey(t.name).module;
    const last = m.slice(m.lastIndexOf(".") + 1);
    return EMBEDDING_MODULES.has(last) && Array.isArray(targetModules) && targetModules.some((e) => m === e || m.endsWith(`.${e}`));
  };
  const auto = saved.every(targeted);
  const bytes = saved.reduce((n, t) => n + tensorBytes(t), 0);
  const total = tensors.reduce((n, t) => n + tensorBytes(t), 0);
  const share = total > 0 ? Math.round(100 * bytes / total) : 0;
  return [
    finding("peft-base-layer-saved", {
      path: weights.path,
      severity: auto ? "note" : void 0,
      message: `The adapter holds ${saved.length} full base-model weight(s), ${listNames(saved.map((t) => t.name), 3)}: ${mib(bytes)}, ${share}% of the file. This makes the "adapter" as large as that part of the model; PEFT does it when \`save_embedding_layers\` is True or "auto" finds \`embed_tokens\`/\`lm_head\` in target_modules.`,
      tensors: saved.map((t) => t.name).slice(0, 20)
    })
  ];
}

// src/checks/adapter/config-vs-weights.ts
function loraModules(keys) {
  const m = /* @__PURE__ */ new Map();
  for (const { k, t } of keys) {
    if (k.kind !== "lora" || !k.part || k.leaf === "bias") continue;
    const parts = m.get(k.module) ?? {};
    parts[k.part] = t;
    m.set(k.module, parts);
  }
  return m;
}
function adaloraMask(view, module) {
  for (const [name, mask] of Object.entries(view.rankPattern)) {
    if (!Array.isArray(mask)) continue;
    const parts = name.split(".");
    const e = parts.lastIndexOf("lora_E");
    const prefix = stripPeftPrefix((e >= 0 ? parts.slice(0, e) : parts.slice(0, -2)).join("."));
    if (prefix === module) return mask;
  }
  return void 0;
}
function adaloraMaskRank(view, module) {
  const mask = adaloraMask(view, module);
  return mask ? mask.filter((b) => b === true).length : void 0;
}
function expectedRank(view, module) {
  if (view.peftType === "ADALORA") {
    const masked = adaloraMaskRank(view, module);
    if (masked !== void 0) return { rank: masked, source: "its AdaLoRA rank_pattern mask" };
    if (view.initR !== void 0) return { rank: view.initR, source: `init_r=${view.initR}` };
    return { rank: ADALORA_DEFAULT_INIT_R, source: `init_r (default ${ADALORA_DEFAULT_INIT_R})` };
  }
  const p = rankPatternFor(view, module);
  if (p) return { rank: p.rank, source: `rank_pattern "${p.pattern}"` };
  if (view.r !== void 0) return { rank: view.r, source: `r=${view.r}` };
  return { rank: LORA_DEFAULT_R, source: `r (default ${LORA_DEFAULT_R})` };
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function layerIndex(module, patterns, rule = "first") {
  const lazy = rule === "first" ? ".*?" : ".*";
  const res = patterns ? patterns.map((p) => new RegExp(rule === "first" ? `^(?:|.*?\\.)${escapeRegExp(p)}\\.(\\d+)\\.` : `^.*\\.${escapeRegExp(p)}\\.(\\d+)\\.`)) : [new RegExp(`^${lazy}\\.[^.]*\\.(\\d+)\\.`)];
  for (const re of res) {
    const m = re.exec(module);
    if (m) return Number(m[1]);
  }
  return void 0;
}
function layerRules(view) {
  if (view.peftVersion === void 0) return ["first", "last"];
  return [compareVersions(view.peftVersion, LAYER_INDEX_FIRST_SINCE) >= 0 ? "first" : "last"];
}
function mismatch(weights, message, modules, severity) {
  return finding("peft-config-mismatch", { path: weights.path, message, severity, tensors: modules.slice(0, 20) });
}
function configMismatchFindings(view, weights) {
  const tensors = weights.tensors ?? [];
  if (tensors.length === 0 || view.peftType === void 0) return [];
  const keys = tensors.map((t) => ({ k: parseAdapterKey(t.name), t }));
  const out = [];
  const cfg = `adapter_config.json (${view.peftType})`;
  if (LORA_FAMILY.has(view.peftType)) {
    const modules = loraModules(keys);
    if (modules.size === 0) {
      out.push(mismatch(weights, `${cfg} describes a LoRA adapter, but the weights hold no lora_A/lora_B tensor (e.g. \`${tensors[0].name}\`): config and weights come from different adapters.`, []));
      return out;
    }
    const onlyA = [];
    const onlyB = [];
    const disagree = [];
    const wrongRank = /* @__PURE__ */ new Map();
    const doraExtra = [];
    const doraMissing = [];
    for (const [module, p] of modules) {
      const a = p.lora_A ?? p.lora_embedding_A;
      const b = p.lora_B ?? p.lora_embedding_B;
      if (a && !b) onlyA.push(module);
      if (b && !a) onlyB.push(module);
      const ra = a && rankOf(p.lora_A ? "lora_A" : "lora_embedding_A", a.shape);
      const rb = b && rankOf(p.lora_B ? "lora_B" : "lora_embedding_B", b.shape);
      if (ra !== void 0 && rb !== void 0 && ra !== rb) {
        disagree.push(`${module} (lora_A rank ${ra}, lora_B rank ${rb})`);
        continue;
      }
      const actual = ra ?? rb;
      const want = expectedRank(view, module);
      const owner = module.split(".base_layer")[0];
      const perExpert = view.targetParameters !== void 0 && matchesTargetParameter(view.targetParameters, owner);
      if (actual !== void 0 && want && actual !== want.rank && !(perExpert && actual % want.rank === 0)) {
        const key = `${want.source} but the weights have rank ${actual}`;
        wrongRank.set(key, [...wrongRank.get(key) ?? [], module]);
      }
      if (p.lora_magnitude_vector && !view.useDora) doraExtra.push(module);
      if (view.useDora && (a || b) && !p.lora_magnitude_vector) doraMissing.push(module);
    }
    if (onlyA.length > 0) out.push(mismatch(weights, `${onlyA.length} LoRA layer(s) have lora_A but no lora_B: ${listNames(onlyA)}. PEFT would leave lora_B at its zero init, so these layers do nothing.`, onlyA));
    if (onlyB.length > 0) out.push(mismatch(weights, `${onlyB.length} LoRA layer(s) have lora_B but no lora_A: ${listNames(onlyB)}. PEFT would pair them with a random lora_A.`, onlyB));
    if (disagree.length > 0) out.push(mismatch(weights, `lora_A [r, in] and lora_B [out, r] disagree on r in ${listNames(disagree)}; loading fails with a size mismatch.`, disagree.map((d) => d.split(" ")[0])));
    for (const [why, mods] of wrongRank) {
      out.push(mismatch(weights, `${mods.length} LoRA layer(s) contradict the config: ${cfg} says ${why} (${listNames(mods)}). Loading fails with "size mismatch for \u2026lora_A\u2026".`, mods));
    }
    if (doraExtra.length > 0) out.push(mismatch(weights, `The weights hold lora_magnitude_vector (DoRA) for ${listNames(doraExtra)}, but use_dora is not true: PEFT builds plain LoRA layers and the magnitudes are ignored.`, doraExtra));
    if (doraMissing.length > 0) out.push(mismatch(weights, `use_dora is true, but ${listNames(doraMissing)} have no lora_magnitude_vector: PEFT would recompute the magnitude from the base weights instead of the trained one.`, doraMissing));
  }
  const adapted = [...new Set(keys.filter((x) => x.k.kind === "lora" || x.k.kind === "tuner").map((x) => x.k.owner))];
  const family = TUNER_BY_TYPE.get(view.peftType)?.family;
  if (family !== "adaption-prompt" && (view.targetModules !== void 0 || view.targetParameters !== void 0)) {
    const untargeted = adapted.filter((m) => {
      const byModules = view.targetModules !== void 0 ? matchesModuleSpec(view.targetModules, m) : false;
      if (byModules === void 0) return false;
      return !byModules && !(view.targetParameters && matchesTargetParameter(view.targetParameters, m));
    });
    if (untargeted.length > 0 && untargeted.length === adapted.length) {
      out.push(mismatch(weights, `target_modules selects none of the ${adapted.length} saved adapter layer(s) (${listNames(untargeted)}): loading fails with "Target modules \u2026 not found in the base model", or, on another model, builds layers these weights do not fit.`, untargeted));
    } else if (untargeted.length > 0) {
      out.push(mismatch(weights, `${untargeted.length} saved adapter layer(s) belong to modules that target_modules does not select: ${listNames(untargeted)}. PEFT never creates those layers, so their weights are silently not loaded.`, untargeted));
    }
  }
  if (view.layersToTransform !== void 0) {
    const allowed = new Set(view.layersToTransform);
    const rules = layerRules(view);
    const exact = Array.isArray(view.targetModules) ? new Set(view.targetModules) : /* @__PURE__ */ new Set();
    const outside = adapted.filter((m) => !exact.has(m) && rules.every((rule) => {
      const idx = layerIndex(m, view.layersPattern, rule);
      return idx === void 0 || !allowed.has(idx);
    }));
    if (outside.length > 0) {
      out.push(mismatch(weights, `${outside.length} saved adapter layer(s) are not in the layers that layers_to_transform [${view.layersToTransform.join(", ")}] selects${view.layersPattern ? ` (layers_pattern ${view.layersPattern.map((p) => `"${p}"`).join(", ")})` : ""}: ${listNames(outside)}. PEFT never creates those layers, so their weights are silently not loaded.`, outside));
    }
  }
  if (view.excludeModules !== void 0) {
    const excluded = adapted.filter((m) => matchesModuleSpec(view.excludeModules, m) === true);
    if (excluded.length > 0) out.push(mismatch(weights, `${excluded.length} saved adapter layer(s) belong to modules that exclude_modules removes: ${listNames(excluded)}; their weights are silently not loaded.`, excluded));
  }
  out.push(...headFindings(view, weights, keys));
  return out;
}
function headFindings(view, weights, keys) {
  const out = [];
  const headNames = view.taskType !== void 0 && "modules_to_save" in view.raw ? HEAD_TASK_TYPES.get(view.taskType) : void 0;
  const declared = view.modulesToSave;
  const adaptedOwners = new Set(keys.filter((x) => x.k.kind === "lora" || x.k.kind === "tuner").map((x) => x.k.owner));
  const plain = keys.filter(
    (x) => x.k.kind === "other" && !/(^|\.)(modules_to_save|original_module)(\.|$)/.test(x.k.module) && !(isEmbeddingMatrix(x.t) && modulesToSaveEntry(declared, x.k.module) === void 0) && // bias="all": every key with "bias" in it (T5's relative_attention_bias too; save_and_load.py up to 0.20).
    !(view.bias === "all" && x.k.key.includes("bias")) && // bias="<method>_only" before the base_layer wrapper: the adapted layer's own `<module>.bias`.
    !(view.bias !== void 0 && view.bias.endsWith("_only") && x.k.leaf === "bias" && adaptedOwners.has(x.k.module))
  );
  const modules = [...new Set(plain.map((x) => x.k.module))];
  const matched = declared.filter((e) => modules.some((m) => modulesToSaveEntry([e], m) !== void 0));
  if (headNames && !headNames.some((h) => modules.some((m) => modulesToSaveEntry([h], m) !== void 0)) && !matched.length) {
    const listed = [...new Set(declared.length > 0 ? declared : headNames)];
    out.push(
      mismatch(
        weights,
        `task_type ${view.taskType} needs a trained head, but none of ${listNames([...listed])} is saved in the weights: the head would load with random weights and the adapter's predictions are noise.`,
        []
      )
    );
  } else if (!headNames) {
    for (const e of declared.filter((x) => !matched.includes(x))) {
      out.push(
        finding("peft-config-mismatch", {
          path: view.path,
          line: view.lineOfEntry("modules_to_save", e),
          severity: "warning",
          message: `modules_to_save lists "${e}", but no saved weight belongs to a module of that name: that module keeps its base weights when the adapter loads.`
        })
      );
    }
  }
  const effective = [...declared, ...headNames ?? []];
  const unlisted = modules.filter((m) => modulesToSaveEntry(declared, m) === void 0);
  if (unlisted.length > 0) {
    const byTask = unlisted.filter((m) => modulesToSaveEntry(effective, m) !== void 0);
    const stray = unlisted.filter((m) => !byTask.includes(m));
    if (byTask.length > 0) {
      out.push(
        mismatch(
          weights,
          `The weights hold ${listNames(byTask)}, which modules_to_save in adapter_config.json does not list; PEFT loads it because task_type ${view.taskType} adds ${listNames([...headNames ?? []])} by itself. Loaded any other way (a different task type, transformers' load_adapter) the head is dropped.`,
          byTask,
          "note"
        )
      );
    }
    if (stray.length > 0) {
      out.push(
        mismatch(
          weights,
          `The weights hold full weights of ${listNames(stray)}, which neither target_modules nor modules_to_save explains: PEFT does not load them (unexpected keys are ignored).`,
          stray,
          "warning"
        )
      );
    }
  }
  return out;
}

// src/checks/deep/tensor-data.ts
var DEEP_CHUNK_BYTES = 4 * 1024 * 1024;
var MAX_WHOLE_TENSOR_BYTES = 64 * 1024 * 1024;
function onDisk(a) {
  return !a.path.includes("!/");
}
async function withFile(root, a, fn) {
  const src = await FileSource.open(pathOnDisk(root, a.path));
  try {
    return await fn(src);
  } finally {
    await src.close();
  }
}
function tensorRange(t) {
  if (!t.dataOffsets || t.dataStart === void 0) return void 0;
  return [t.dataStart + t.dataOffsets[0], t.dataStart + t.dataOffsets[1]];
}
async function* tensorChunks(src, t, chunkBytes = DEEP_CHUNK_BYTES) {
  const range2 = tensorRange(t);
  if (!range2) return;
  for (let at = range2[0]; at < range2[1]; at += chunkBytes) {
    const chunk = await src.read(at, Math.min(chunkBytes, range2[1] - at));
    if (chunk.length === 0) return;
    yield chunk;
  }
}
async function readTensorBytes(src, t) {
  const range2 = tensorRange(t);
  if (!range2 || range2[1] - range2[0] > MAX_WHOLE_TENSOR_BYTES) return void 0;
  return src.read(range2[0], range2[1] - range2[0]);
}
function sameBytes(a, b) {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}
var DeepCutShort = class extends Error {
  constructor(at, partial) {
    super(`the deep read passed the per-file time limit at byte ${at}`);
    this.at = at;
    this.partial = partial;
  }
  at;
  partial;
};

// src/checks/adapter/bias-trap.ts
var TRAP_EXPLAINED = "With transformers' `model.add_adapter(config)` the head's bias is saved under two names that share one tensor (`<head>.modules_to_save.bias` and `<head>.bias`), and `save_pretrained(safe_serialization=True)` fails with \"The weights trying to be saved contained shared tensors\" (peft#1876). `get_peft_model` works because PEFT clones the alias, at the cost of a duplicate copy.";
function sharedBiasRiskFindings(view, savedSafely = false) {
  if (view.bias !== "all") return [];
  const head = view.taskType !== void 0 && HEAD_TASK_TYPES.has(view.taskType);
  if (view.modulesToSave.length === 0 && !head) return [];
  const why = view.modulesToSave.length > 0 ? `modules_to_save (${view.modulesToSave.map((m) => `"${m}"`).join(", ")})` : `task_type ${view.taskType}, which adds a trained head`;
  return [
    finding("peft-shared-bias-risk", {
      path: view.path,
      line: view.lineOf("bias"),
      // A safetensors save next to the config means this save got past the trap (PeftModel clones the alias).
      severity: savedSafely ? "note" : void 0,
      message: `bias is "all" together with ${why}.${savedSafely ? " This adapter_model.safetensors was written, so this save passed." : ""} ${TRAP_EXPLAINED} Do not fall back to \`safe_serialization=False\`: that writes a pickle.`
    })
  ];
}
function aliasPartner(name) {
  if (!name.endsWith(".bias") || !name.includes("modules_to_save")) return void 0;
  const parts = name.split(".");
  const i = parts.lastIndexOf("modules_to_save");
  if (i < 0 || parts[parts.length - 1] !== "bias") return void 0;
  const rest = parts.slice(i + 1);
  const tail = rest.length === 2 ? rest.slice(1) : rest;
  return [...parts.slice(0, i), ...tail].join(".");
}
function samePlace(a, b) {
  return a.storage !== void 0 && b.storage !== void 0 && a.storage.key === b.storage.key && a.storage.offset === b.storage.offset;
}
async function biasAliasFindings(weights, ctx) {
  const tensors = weights.tensors ?? [];
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const pairs = [];
  for (const t of tensors) {
    const p = aliasPartner(t.name);
    const partner = p !== void 0 ? byName.get(p) : void 0;
    if (partner) pairs.push([t, partner]);
  }
  const out = [];
  for (const [alias, head] of pairs) {
    const names = [alias.name, head.name];
    if (samePlace(alias, head)) {
      out.push(
        finding("peft-shared-bias-risk", {
          path: weights.path,
          tensors: names,
          message: `\`${alias.name}\` and \`${head.name}\` are one tensor saved under two names (same storage): this checkpoint cannot be converted to safetensors as it is, the bias="all" + modules_to_save trap of peft#1876.`
        })
      );
      continue;
    }
    let verdict = "hold two copies of the same head bias";
    if (ctx.deep && weights.format === "safetensors" && onDisk(weights)) {
      const [x, y] = await withFile(ctx.root, weights, async (src) => [await readTensorBytes(src, alias), await readTensorBytes(src, head)]);
      if (x && y) verdict = sameBytes(x, y) ? "hold byte-identical copies of one head bias" : "hold different values although PEFT saves them from one tensor (the file was edited or merged)";
    }
    out.push(
      finding("peft-shared-bias-risk", {
        path: weights.path,
        tensors: names,
        severity: "note",
        message: `\`${alias.name}\` and \`${head.name}\` ${verdict}: PEFT cloned the alias made by bias="all" + modules_to_save to be able to save (peft#1876), costing ${groupDigits(tensorBytes(head))} extra bytes. Only \`${head.name}\` is loaded.`
      })
    );
  }
  return out;
}

// src/checks/adapter/formats-disagree.ts
import { createHash as createHash2 } from "node:crypto";

// src/formats/materialize.ts
var COPY_CHUNK_BYTES = 8 * 1024 * 1024;
var MAX_GATHER_BYTES = 256 * 1024 * 1024;
function elementSpan(t) {
  const s = t.storage;
  const stride = t.stride && t.stride.length === t.shape.length ? t.stride : rowMajorStride(t.shape);
  let lo = s.offset;
  let hi = s.offset;
  for (let i = 0; i < t.shape.length; i++) {
    const reach = (t.shape[i] - 1) * stride[i];
    if (reach >= 0) hi += reach;
    else lo += reach;
  }
  return [lo, hi];
}
async function materialize(src, storage, t, sink) {
  const s = t.storage;
  if (!s) throw new Error(`tensor ${t.name} has no storage`);
  const n = numel(t.shape);
  if (n === 0) return 0;
  const isz = s.itemsize;
  const [lo, hi] = elementSpan(t);
  if (lo < 0 || (hi + 1) * isz > storage.size) {
    throw new Error(`tensor ${t.name} reaches outside its storage (elements ${lo}..${hi}, storage holds ${storage.size / isz})`);
  }
  if (isRowMajor(t.shape, t.stride)) {
    let pos = storage.dataOffset + s.offset * isz;
    let left = n * isz;
    const reuse = src instanceof FileSource ? new Uint8Array(Math.min(left, COPY_CHUNK_BYTES)) : void 0;
    while (left > 0) {
      const want = Math.min(left, COPY_CHUNK_BYTES);
      const chunk = reuse ? await src.readInto(reuse.subarray(0, want), pos) : await src.read(pos, want);
      if (chunk.length !== want) throw new Error(`storage of ${t.name} is truncated`);
      await sink(chunk);
      pos += want;
      left -= want;
    }
    return n * isz;
  }
  const spanBytes = (hi - lo + 1) * isz;
  if (spanBytes > MAX_GATHER_BYTES) {
    throw new Error(`tensor ${t.name} is a strided view over ${spanBytes} bytes, over the ${MAX_GATHER_BYTES}-byte gather limit`);
  }
  const window = await src.read(storage.dataOffset + lo * isz, spanBytes);
  if (window.length !== spanBytes) throw new Error(`storage of ${t.name} is truncated`);
  const stride = t.stride;
  const rank = t.shape.length;
  const out = new Uint8Array(Math.min(n * isz, COPY_CHUNK_BYTES - COPY_CHUNK_BYTES % isz));
  let o = 0;
  const idx = new Array(rank).fill(0);
  let srcEl = s.offset - lo;
  for (let k = 0; k < n; k++) {
    const from = srcEl * isz;
    for (let b = 0; b < isz; b++) out[o + b] = window[from + b];
    o += isz;
    if (o === out.length) {
      await sink(out.slice());
      o = 0;
    }
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      srcEl += stride[d];
      if (idx[d] < t.shape[d]) break;
      srcEl -= stride[d] * t.shape[d];
      idx[d] = 0;
    }
  }
  if (o > 0) await sink(out.slice(0, o));
  return n * isz;
}

// src/checks/deep/float-bits.ts
import { endianness } from "node:os";
function emptyCounts() {
  return { nan: 0, posInf: 0, negInf: 0, nonzero: 0 };
}
var LITTLE_ENDIAN_HOST = endianness() === "LE";
function words(bytes, width, make) {
  const n = Math.floor(bytes.length / width);
  let b = bytes;
  if (b.byteOffset % width !== 0 || !LITTLE_ENDIAN_HOST) b = bytes.slice(0, n * width);
  if (!LITTLE_ENDIAN_HOST) {
    for (let i = 0; i < n * width; i += width) b.subarray(i, i + width).reverse();
  }
  return make(b.buffer, b.byteOffset, n);
}
var u162 = (bytes) => words(bytes, 2, (b, o, n) => new Uint16Array(b, o, n));
var u322 = (bytes) => words(bytes, 4, (b, o, n) => new Int32Array(b, o, n));
function half(expMask, mantMask) {
  return (bytes, acc) => {
    const a = u162(bytes);
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if ((v & 32767) !== 0) acc.nonzero++;
      if ((v & expMask) === expMask) {
        if (v & mantMask) acc.nan++;
        else if (v & 32768) acc.negInf++;
        else acc.posInf++;
      }
    }
  };
}
var f32 = (bytes, acc) => {
  const a = u322(bytes);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if ((v & 2147483647) !== 0) acc.nonzero++;
    if ((v & 2139095040) === 2139095040) {
      if (v & 8388607) acc.nan++;
      else if (v >>> 31) acc.negInf++;
      else acc.posInf++;
    }
  }
};
var f64 = (bytes, acc) => {
  const a = u322(bytes.subarray(0, Math.floor(bytes.length / 8) * 8));
  for (let i = 0; i + 1 < a.length; i += 2) {
    const lo = a[i];
    const hi = a[i + 1];
    if ((hi & 2147483647) !== 0 || lo !== 0) acc.nonzero++;
    if ((hi & 2146435072) === 2146435072) {
      if ((hi & 1048575) !== 0 || lo !== 0) acc.nan++;
      else if (hi >>> 31) acc.negInf++;
      else acc.posInf++;
    }
  }
};
function bytewise(classify) {
  return (bytes, acc) => {
    for (let i = 0; i < bytes.length; i++) classify(bytes[i], acc);
  };
}
var e5m2 = bytewise((b, acc) => {
  if (b & 127) acc.nonzero++;
  if ((b & 124) === 124) {
    if (b & 3) acc.nan++;
    else if (b & 128) acc.negInf++;
    else acc.posInf++;
  }
});
var e4m3fn = bytewise((b, acc) => {
  if (b & 127) acc.nonzero++;
  if ((b & 127) === 127) acc.nan++;
});
var fnuz = bytewise((b, acc) => {
  if (b === 128) acc.nan++;
  else if (b !== 0) acc.nonzero++;
});
var e8m0 = bytewise((b, acc) => {
  if (b === 255) acc.nan++;
  else acc.nonzero++;
});
var SCANNERS = {
  F16: half(31744, 1023),
  BF16: half(32640, 127),
  F32: f32,
  // Complex64 is two float32 parts per element.
  C64: f32,
  F64: f64,
  F8_E5M2: e5m2,
  F8_E4M3: e4m3fn,
  F8_E4M3FNUZ: fnuz,
  F8_E5M2FNUZ: fnuz,
  F8_E8M0: e8m0
};
function lanesQuick(mask, target, low, high, nonzeroMask) {
  return (w) => {
    let special = 0;
    let nz = 0;
    for (let i = 0; i < w.length; i++) {
      const v = w[i];
      const x = v & mask ^ target;
      special |= x - low & ~x & high;
      nz |= v & nonzeroMask;
    }
    return { special: special !== 0, nonzero: nz !== 0 };
  };
}
var f32Quick = (w) => {
  let special = 0;
  let nz = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    special |= (v & 2139095040) + 8388608;
    nz |= v & 2147483647;
  }
  return { special: special < 0, nonzero: nz !== 0 };
};
var f64Quick = (w) => {
  let special = false;
  let nz = 0;
  for (let i = 0; i + 1 < w.length; i += 2) {
    const hi = w[i + 1];
    if ((hi & 2146435072) === 2146435072) special = true;
    nz |= w[i] | hi & 2147483647;
  }
  return { special, nonzero: nz !== 0 };
};
var f16Quick = (w) => {
  let special = 0;
  let nz = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    const x = v & 2080406528 ^ 2080406528;
    special |= x - 65537 & ~x & 2147516416;
    nz |= v & 2147450879;
  }
  return { special: special !== 0, nonzero: nz !== 0 };
};
var bf16Quick = (w) => {
  let special = 0;
  let nz = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    const x = v & 2139127680 ^ 2139127680;
    special |= x - 65537 & ~x & 2147516416;
    nz |= v & 2147450879;
  }
  return { special: special !== 0, nonzero: nz !== 0 };
};
var QUICK = {
  // Exponent bits all ones: Inf or NaN.
  F16: f16Quick,
  BF16: bf16Quick,
  F32: f32Quick,
  C64: f32Quick,
  F64: f64Quick,
  F8_E5M2: lanesQuick(2088533116, 2088533116, 16843009, 2155905152, 2139062143),
  F8_E4M3: lanesQuick(2139062143, 2139062143, 16843009, 2155905152, 2139062143),
  // NaN is the byte 0x80; every other non-zero byte is a value. (E8M0 is rare: exact path only.)
  F8_E4M3FNUZ: lanesQuick(4294967295, 2155905152, 16843009, 2155905152, 4294967295),
  F8_E5M2FNUZ: lanesQuick(4294967295, 2155905152, 16843009, 2155905152, 4294967295)
};
function quickUnit(dtype) {
  return dtype === "F64" || dtype === "C64" ? 8 : 4;
}
function hasScanner(dtype) {
  return SCANNERS[dtype] !== void 0;
}
function scanBits(dtype, bytes, acc) {
  const exact = SCANNERS[dtype];
  if (!exact) return;
  const quick = QUICK[dtype];
  const unit = quickUnit(dtype);
  const whole = bytes.length - bytes.length % unit;
  if (!quick || whole === 0) return exact(bytes, acc);
  const r = quick(u322(bytes.subarray(0, whole)));
  if (r.special) return exact(bytes, acc);
  if (r.nonzero) acc.nonzero++;
  if (whole < bytes.length) exact(bytes.subarray(whole), acc);
}

// src/checks/deep/pickle-stats.ts
function storagesOf(a) {
  return a.facts?.storages;
}
async function pickleTensorStats(src, a, deadline = Infinity) {
  const out = /* @__PURE__ */ new Map();
  const storages = storagesOf(a);
  if (!storages) return out;
  for (const t of a.tensors ?? []) {
    const st = t.storage ? storages[t.storage.key] : void 0;
    if (!st || (st.method ?? 0) !== 0 || !hasScanner(t.dtype)) continue;
    const stats = { name: t.name, dtype: t.dtype, ...emptyCounts() };
    try {
      await materialize(src, st, t, (chunk) => {
        if (Date.now() > deadline) throw new DeepCutShort(st.dataOffset, out);
        scanBits(t.dtype, chunk, stats);
      });
      out.set(t.name, stats);
    } catch (e) {
      if (e instanceof DeepCutShort) throw e;
    }
  }
  return out;
}

// src/checks/adapter/formats-disagree.ts
function describeTensor(t) {
  return `${t.dtype}[${t.shape.join(", ")}]`;
}
async function hashPickleTensor(src, storages, t) {
  const st = t.storage ? storages[t.storage.key] : void 0;
  if (!st || (st.method ?? 0) !== 0) return void 0;
  const h = createHash2("sha256");
  try {
    await materialize(src, st, t, (chunk) => {
      h.update(chunk);
    });
  } catch {
    return void 0;
  }
  return h.digest("hex");
}
async function hashSafetensors(src, t) {
  const h = createHash2("sha256");
  for await (const chunk of tensorChunks(src, t)) h.update(chunk);
  return h.digest("hex");
}
async function differingBytes(g, root, common) {
  const st = g.safetensors;
  const bin = g.bin;
  const storages = bin ? storagesOf(bin) : void 0;
  if (!st?.tensors || !bin?.tensors || !storages || !onDisk(st) || !onDisk(bin)) return void 0;
  const stByName = new Map(st.tensors.map((t) => [t.name, t]));
  const binByName = new Map(bin.tensors.map((t) => [t.name, t]));
  const binSrc = await FileSource.open(pathOnDisk(root, bin.path));
  try {
    return await withFile(root, st, async (stSrc) => {
      const differ = [];
      for (const name of common) {
        const b = await hashPickleTensor(binSrc, storages, binByName.get(name));
        if (b === void 0) return void 0;
        const a = await hashSafetensors(stSrc, stByName.get(name));
        if (a !== b) differ.push(name);
      }
      return differ;
    });
  } finally {
    await binSrc.close();
  }
}
async function formatsDisagreeFindings(g, ctx) {
  const st = g.safetensors;
  const bin = g.bin;
  if (!st?.tensors || !bin?.tensors) return [];
  const stByName = new Map(st.tensors.map((t) => [t.name, t]));
  const binByName = new Map(bin.tensors.map((t) => [t.name, t]));
  const onlySt = [...stByName.keys()].filter((n) => !binByName.has(n));
  const onlyBin = [...binByName.keys()].filter((n) => !stByName.has(n));
  const common = [...stByName.keys()].filter((n) => binByName.has(n));
  const reshaped = common.filter((n) => {
    const a = stByName.get(n);
    const b = binByName.get(n);
    return a.dtype !== b.dtype || a.shape.join(",") !== b.shape.join(",");
  });
  const out = [];
  const intro = `${st.path} and ${bin.path} are two copies of this adapter's weights that do not match`;
  const tail = "PEFT loads the safetensors file and ignores the .bin, other tools may load the .bin: the same directory gives different adapters depending on the loader.";
  if (onlySt.length > 0 || onlyBin.length > 0 || reshaped.length > 0) {
    const parts = [];
    if (onlySt.length > 0) parts.push(`only the safetensors file has ${listNames(onlySt, 3)}`);
    if (onlyBin.length > 0) parts.push(`only the .bin has ${listNames(onlyBin, 3)}`);
    if (reshaped.length > 0) {
      const n = reshaped[0];
      parts.push(`${reshaped.length} tensor(s) differ in dtype or shape, e.g. \`${n}\` is ${describeTensor(stByName.get(n))} vs ${describeTensor(binByName.get(n))}`);
    }
    out.push(finding("adapter-formats-disagree", { path: st.path, message: `${intro}: ${parts.join("; ")}. ${tail}`, tensors: [...onlySt, ...onlyBin, ...reshaped].slice(0, 20) }));
    return out;
  }
  if (ctx.deep) {
    const differ = await differingBytes(g, ctx.root, common);
    if (differ && differ.length > 0) {
      out.push(
        finding("adapter-formats-disagree", {
          path: st.path,
          message: `${intro}: same names and shapes, but ${differ.length} of ${common.length} tensor(s) hold different bytes (${listNames(differ, 3)}). ${tail}`,
          tensors: differ.slice(0, 20)
        })
      );
    }
  }
  return out;
}

// src/checks/adapter/group.ts
var CONFIG_NAME = "adapter_config.json";
var SAFETENSORS_WEIGHTS_NAME = "adapter_model.safetensors";
var WEIGHTS_NAME = "adapter_model.bin";
function splitPath(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? { dir: "", base: path2 } : { dir: path2.slice(0, i), base: path2.slice(i + 1) };
}
function groupAdapters(analyses) {
  const groups = /* @__PURE__ */ new Map();
  for (const a of analyses) {
    const { dir, base } = splitPath(a.path);
    const slot = base === CONFIG_NAME ? "config" : base === SAFETENSORS_WEIGHTS_NAME ? "safetensors" : base === WEIGHTS_NAME ? "bin" : void 0;
    if (!slot) continue;
    let g = groups.get(dir);
    if (!g) {
      g = { dir };
      groups.set(dir, g);
    }
    g[slot] = a;
  }
  return [...groups.values()].sort((x, y) => x.dir < y.dir ? -1 : x.dir > y.dir ? 1 : 0);
}
function preferredWeights(g) {
  if (g.safetensors && g.safetensors.tensors) return g.safetensors;
  if (g.bin && g.bin.tensors) return g.bin;
  return void 0;
}

// src/checks/adapter/shard-index.ts
import { existsSync } from "node:fs";
import { join as join3 } from "node:path";
var INDEX_NAME = /^(.+?)(\.safetensors|\.bin)\.index\.json$/;
async function loadShard(root, path2, byPath) {
  const file = path2.slice(path2.lastIndexOf("/") + 1);
  const a = byPath.get(path2);
  if (a) return a.format === "lfs-pointer" ? { file, path: path2 } : { file, path: path2, tensors: a.tensors, bytes: a.bytes };
  if (path2.includes("!/") || !existsSync(join3(root, path2))) return "missing";
  if (!file.endsWith(".safetensors")) return { file, path: path2 };
  if (!resolvesInside(realRootSync(root), join3(root, path2))) return { file, path: path2 };
  const src = await FileSource.open(join3(root, path2));
  try {
    const read = await readSafetensors(src);
    return { file, path: path2, tensors: read.ok ? read.header.tensors : void 0, bytes: src.size };
  } finally {
    await src.close();
  }
}
function indexAnalyses(analyses) {
  const byPath = /* @__PURE__ */ new Map();
  const namesByDir = /* @__PURE__ */ new Map();
  for (const a of analyses) {
    byPath.set(a.path, a);
    const { dir, base } = splitPath(a.path);
    const names = namesByDir.get(dir);
    if (names) names.push(base);
    else namesByDir.set(dir, [base]);
  }
  return { byPath, namesByDir };
}
async function shardIndexFindings(index, analyses, root, seen = indexAnalyses(analyses)) {
  const { dir, base } = splitPath(index.path);
  const m = INDEX_NAME.exec(base);
  if (!m || !index.json) return [];
  const [, stem, ext2] = m;
  const path2 = index.path;
  const bad = (message, line, tensors) => finding("shard-index-invalid", { path: path2, line, message, tensors });
  const parsed = index.json.parsed ?? parseJson(index.json.text.charCodeAt(0) === 65279 ? index.json.text.slice(1) : index.json.text);
  if (parsed.error !== void 0 || !isJsonObject(parsed.value)) {
    return [bad(`The shard index is not a JSON object (${parsed.error ?? "wrong top-level type"}); transformers cannot load the sharded checkpoint.`, parsed.errorLine ?? 1)];
  }
  const lineOf = (k) => parsed.keys.get(k) ?? 1;
  const weightMap = parsed.value.weight_map;
  if (!isJsonObject(weightMap)) return [bad("The shard index has no `weight_map` object mapping tensor names to shard files.", lineOf("weight_map"))];
  const out = [];
  const entries = Object.entries(weightMap);
  const badValues = entries.filter(([, f]) => typeof f !== "string" || f === "" || f.split("/").includes("..") || f.startsWith("/"));
  if (badValues.length > 0) {
    out.push(bad(`weight_map sends ${badValues.length} tensor(s) to something that is not a shard file name in this directory, e.g. \`${badValues[0][0]}\`.`, lineOf(`weight_map.${badValues[0][0]}`), badValues.map(([k]) => k).slice(0, 20)));
  }
  const byPath = seen.byPath;
  const badFiles = new Set(badValues.map(([, b]) => b));
  const files = [...new Set(entries.map(([, f]) => f).filter((f) => typeof f === "string" && !badFiles.has(f)))];
  const shards = /* @__PURE__ */ new Map();
  const missing = [];
  for (const f of files) {
    const s = await loadShard(root, dir ? `${dir}/${f}` : f, byPath);
    if (s === "missing") missing.push(f);
    else shards.set(f, s);
  }
  if (missing.length > 0) {
    const first = entries.find(([, f]) => f === missing[0]);
    out.push(bad(`weight_map names ${missing.length} shard file(s) that do not exist: ${listNames(missing, 3)}: loading the sharded checkpoint fails on the first one (transformers: "does not appear to have a file named \u2026").`, first ? lineOf(`weight_map.${first[0]}`) : lineOf("weight_map")));
  }
  const absent = [];
  const namesIn = /* @__PURE__ */ new Map();
  for (const [name, f] of entries) {
    const s = typeof f === "string" ? shards.get(f) : void 0;
    if (!s?.tensors) continue;
    let names = namesIn.get(f);
    if (!names) namesIn.set(f, names = new Set(s.tensors.map((t) => t.name)));
    if (!names.has(name)) absent.push(name);
  }
  if (absent.length > 0) {
    out.push(bad(`${absent.length} tensor(s) in weight_map are not in the shard the index names, e.g. \`${absent[0]}\` \u2192 ${String(weightMap[absent[0]])}: loading fails or leaves them randomly initialised.`, lineOf(`weight_map.${absent[0]}`), absent.slice(0, 20)));
  }
  const unindexed = [...shards.values()].flatMap((s) => (s.tensors ?? []).filter((t) => !Object.prototype.hasOwnProperty.call(weightMap, t.name)).map((t) => t.name));
  if (unindexed.length > 0) {
    out.push(bad(`${unindexed.length} tensor(s) in the shards are missing from weight_map, e.g. \`${unindexed[0]}\`: loaders that go by the index (from_pretrained's missing-keys report, lazy loading) do not know they exist.`, lineOf("weight_map"), unindexed.slice(0, 20)));
  }
  const shardName = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d+-of-\\d+${ext2.replace(".", "\\.")}$`);
  const listed = new Set(files);
  const unreferenced = (seen.namesByDir.get(dir) ?? []).filter((b) => shardName.test(b) && !listed.has(b));
  if (unreferenced.length > 0) {
    out.push(bad(`${unreferenced.length} shard file(s) beside the index are not referenced by it: ${listNames(unreferenced, 3)}. Loaders never read them; either the index is stale or the files are left over.`, lineOf("weight_map")));
  }
  const meta = parsed.value.metadata;
  const total = isJsonObject(meta) ? meta.total_size : void 0;
  const known = [...shards.values()];
  if (typeof total === "number" && missing.length === 0 && known.length > 0 && known.every((s) => s.tensors)) {
    const tensorTotal = known.reduce((n, s) => n + (s.tensors ?? []).reduce((k, t) => k + tensorBytes(t), 0), 0);
    const fileTotal = known.reduce((n, s) => n + (s.bytes ?? 0), 0);
    if (total !== tensorTotal && total !== fileTotal) {
      out.push(bad(`metadata.total_size is ${groupDigits(total)} bytes, but the shards hold ${groupDigits(tensorTotal)} bytes of tensors (${groupDigits(fileTotal)} bytes of files): the index was written for other shards.`, lineOf("metadata.total_size")));
    }
  }
  return out;
}

// src/checks/adapter/weights-missing.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join4 } from "node:path";
function onDiskBeside(root, g, name) {
  if (g.dir.includes("!/") || g.dir.endsWith("!")) return false;
  const abs = join4(root, g.dir, name);
  return existsSync2(abs) && resolvesInside(realRootSync(root), abs);
}
function emptyWeights(w) {
  if (!w.tensors || w.tensors.length > 0) return false;
  return !w.findings.some((f) => f.ruleId === "safetensors-empty");
}
function weightsMissingFindings(g, root) {
  const out = [];
  const weights = [g.safetensors, g.bin].filter((w) => w !== void 0);
  if (g.config && weights.length === 0 && !onDiskBeside(root, g, SAFETENSORS_WEIGHTS_NAME) && !onDiskBeside(root, g, WEIGHTS_NAME)) {
    if (g.config.format !== "lfs-pointer") {
      out.push(
        finding("peft-weights-missing", {
          path: g.config.path,
          line: 1,
          message: `adapter_config.json has no ${SAFETENSORS_WEIGHTS_NAME} or ${WEIGHTS_NAME} beside it: loading this adapter fails with "Can't find weights". Git LFS, .gitignore rules on *.safetensors, or an upload of the config alone are the usual causes.`
        })
      );
    }
  }
  const readable = weights.filter((w) => w.tensors !== void 0);
  if (!g.config && readable.length > 0 && !onDiskBeside(root, g, CONFIG_NAME)) {
    const w = readable[0];
    out.push(
      finding("peft-weights-missing", {
        path: w.path,
        message: `${w.path.slice(w.path.lastIndexOf("/") + 1)} has no adapter_config.json beside it: PEFT cannot tell which method, rank or target modules the weights belong to, so \`PeftModel.from_pretrained\` fails.`
      })
    );
  }
  for (const w of weights) {
    if (emptyWeights(w)) {
      out.push(
        finding("peft-weights-missing", {
          path: w.path,
          message: "The adapter weights file holds no tensors: nothing of the adapter was saved. This is the torch.compile / DeepSpeed ZeRO-3 failure mode; loading it silently does nothing or fails.",
          fix: "Save again from the trained model: with torch.compile unwrap it first (`model._orig_mod`); with DeepSpeed ZeRO-3 set `stage3_gather_16bit_weights_on_model_save: true`."
        })
      );
    }
  }
  return out;
}

// src/checks/adapter/tuner-checks.ts
var num = (v) => typeof v === "number" && Number.isInteger(v) ? v : void 0;
function postInitFindings(view) {
  const raw = view.raw;
  const out = [];
  const reject = (key, text, why) => {
    out.push(finding("peft-config-invalid", { path: view.path, line: view.lineOf(key), message: `PEFT refuses this config: ${why} \`PeftConfig.from_pretrained\` raises ValueError: "${text}".` }));
  };
  const lt = raw.layers_to_transform;
  const hasLayers = lt !== void 0 && lt !== null;
  const lp = raw.layers_pattern;
  const hasPattern = lp !== void 0 && lp !== null && !(Array.isArray(lp) && lp.length === 0) && lp !== "";
  if (hasLayers && typeof raw.target_modules === "string") {
    reject("layers_to_transform", "`layers_to_transform` cannot be used when `target_modules` is a str.", "target_modules is a regular expression, which cannot be combined with layers_to_transform.");
  }
  if (hasPattern && !hasLayers && TUNER_BY_TYPE.get(view.peftType ?? "")?.family === "layer") {
    reject("layers_pattern", "When `layers_pattern` is specified, `layers_to_transform` must also be specified.", "layers_pattern is set without layers_to_transform.");
  }
  if (view.peftType === "LORA" && raw.lora_bias === true && raw.use_dora === true) {
    reject("lora_bias", "The argument lora_bias=True is not supported for DoRA, please pass use_dora=False", "lora_bias and use_dora are both true.");
  }
  const lora = view.peftType === "LORA" || view.peftType === "ADALORA";
  if (lora && hasPattern && typeof raw.target_modules === "string") {
    reject("layers_pattern", "`layers_pattern` cannot be used when `target_modules` is a str.", "target_modules is a regular expression, which cannot be combined with layers_pattern.");
  }
  if (view.peftType === "LORA") {
    if (raw.use_dora === true && raw.megatron_config) reject("use_dora", "DoRA does not support megatron_core, please set `use_dora=False`.", "use_dora is combined with megatron_config.");
    if (raw.init_lora_weights === "loftq" && !raw.loftq_config) reject("init_lora_weights", "`loftq_config` must be specified when `init_lora_weights` is 'loftq'.", 'init_lora_weights is "loftq" without loftq_config.');
    if (raw.lora_bias === true && raw.init_lora_weights !== void 0 && typeof raw.init_lora_weights !== "boolean") {
      reject("lora_bias", `The argument lora_bias=True is only supported with init_lora_weights=True or False, got init_lora_weights=${String(raw.init_lora_weights)} instead.`, "lora_bias is true with a non-boolean init_lora_weights.");
    }
  }
  if (view.peftType === "ADALORA") {
    if (raw.use_dora === true) reject("use_dora", "ADALORA does not support DoRA.", "use_dora is true.");
    if (raw.loftq_config && typeof raw.loftq_config === "object" && Object.keys(raw.loftq_config).length > 0) reject("loftq_config", "ADALORA does not support LOFTQ.", "loftq_config is set.");
    const total = num(raw.total_step);
    if (total === void 0 || total <= 0) reject("total_step", "AdaLoRA does not work when `total_step` is None, supply a value > 0.", `total_step is ${JSON.stringify(raw.total_step ?? null)} (PEFT 0.15.0 and later).`);
    else if ((num(raw.tinit) ?? 0) >= total - (num(raw.tfinal) ?? 0)) {
      reject("tinit", "The supplied schedule values don't allow for a budgeting phase. Decrease `tfinal`/`tinit` or increase `total_step`.", `tinit (${num(raw.tinit) ?? 0}) >= total_step (${total}) - tfinal (${num(raw.tfinal) ?? 0}).`);
    }
  }
  if (view.peftType === "OFT") {
    if (!("oft_block_size" in raw)) {
      out.push(finding("peft-config-invalid", { path: view.path, line: view.lineOf("peft_type"), message: 'This OFT config has no `oft_block_size`: it was saved by PEFT before 0.14.0, whose OFT weights are incompatible. PEFT 0.14.0 and later raise ValueError: "OFT has been updated since PEFT 0.14.0. Your trained adapter weights are incompatible with the latest version of OFT. Please retrain your adapter weights with newer PEFT versions. Alternatively, downgrade PEFT to version 0.13.0 to use the old adapter weights."', fix: "Retrain the adapter with PEFT 0.14.0 or later, or pin peft==0.13.0 to load it." }));
    } else {
      const r = num(raw.r) ?? 0;
      const b = num(raw.oft_block_size) ?? 32;
      if (r === 0 && b === 0) reject("oft_block_size", `Either \`r\` or \`oft_block_size\` must be non-zero. Currently, r = ${r} and oft_block_size = ${b}.`, "r and oft_block_size are both 0.");
      else if (r !== 0 && b !== 0) reject("oft_block_size", `You can only specify either r (${r}) or oft_block_size (${b}), but not both simultaneously, because r x oft_block_size == in_features.`, "r and oft_block_size are both set.");
    }
  }
  if (view.peftType === "BOFT") {
    const size = num(raw.boft_block_size) ?? 4;
    const n = num(raw.boft_block_num) ?? 0;
    if (size === 0 && n === 0) reject("boft_block_size", `Either \`boft_block_size\` or \`boft_block_num\` must be non-zero. Currently, boft_block_size = ${size} and boft_block_num = ${n}.`, "boft_block_size and boft_block_num are both 0.");
    else if (size !== 0 && n !== 0) reject("boft_block_size", `You can only specify either boft_block_size (${size}) or boft_block_num (${n}), but not both simultaneously, because boft_block_size x boft_block_num == in_features.`, "boft_block_size and boft_block_num are both set.");
  }
  if (view.peftType === "PROMPT_TUNING" && raw.prompt_tuning_init === "TEXT") {
    if (!raw.tokenizer_name_or_path) reject("prompt_tuning_init", `When prompt_tuning_init='TEXT', tokenizer_name_or_path can't be ${raw.tokenizer_name_or_path === void 0 || raw.tokenizer_name_or_path === null ? "None" : JSON.stringify(raw.tokenizer_name_or_path)}.`, 'prompt_tuning_init is "TEXT" without tokenizer_name_or_path.');
    if (raw.prompt_tuning_init_text === void 0 || raw.prompt_tuning_init_text === null) reject("prompt_tuning_init", "When prompt_tuning_init='TEXT', prompt_tuning_init_text can't be None.", 'prompt_tuning_init is "TEXT" without prompt_tuning_init_text.');
  }
  if (view.peftType === "IA3" && Array.isArray(raw.feedforward_modules) && Array.isArray(raw.target_modules)) {
    const targets = new Set(raw.target_modules);
    const extra = raw.feedforward_modules.filter((m) => !targets.has(m));
    if (extra.length > 0) reject("feedforward_modules", "`feedforward_modules` should be a subset of `target_modules`", `feedforward_modules lists ${extra.map((e) => `"${String(e)}"`).join(", ")}, which target_modules does not.`);
  }
  return out;
}
function mismatch2(weights, message, tensors, severity, fix) {
  return finding("peft-config-mismatch", { path: weights.path, message, tensors: tensors.slice(0, 20), severity, fix });
}
function tunerWeightFindings(view, weights) {
  const spec = view.peftType !== void 0 ? TUNER_BY_TYPE.get(view.peftType) : void 0;
  const tensors = weights.tensors ?? [];
  if (!spec || tensors.length === 0) return [];
  const keys = tensors.map((t) => ({ k: parseAdapterKey(t.name), t }));
  const raw = view.raw;
  const out = [];
  const own = /* @__PURE__ */ new Set([...spec.params, ...spec.shared ?? []]);
  if (spec.family === "layer" && view.peftType !== "XLORA") {
    const tuner = keys.filter((x) => (x.k.kind === "lora" || x.k.kind === "tuner") && x.k.param !== void 0);
    const mine = tuner.filter((x) => own.has(x.k.param));
    if (tuner.length > 0 && mine.length === 0) {
      const others = [...new Set(tuner.flatMap((x) => PARAM_OWNERS.get(x.k.param) ?? []))];
      out.push(mismatch2(weights, `adapter_config.json says ${view.peftType}, but the weights hold ${others.join("/")} parameters (e.g. \`${tuner[0].t.name}\`) and none of ${view.peftType}'s (${spec.params.slice(0, 4).join(", ")}): PEFT builds fresh ${view.peftType} layers, ignores every saved key as unexpected, and the adapter does nothing.`, tuner.slice(0, 20).map((x) => x.t.name)));
      return out;
    }
  }
  if (spec.biasFlag && raw[spec.biasFlag.key] !== true) {
    const { key, param } = spec.biasFlag;
    const biases = keys.filter((x) => x.k.param === param && x.k.leaf === "bias");
    if (biases.length > 0) out.push(mismatch2(weights, `The weights hold ${biases.length} trained ${param}.bias tensor(s) (${listNames(biases.map((x) => x.k.module), 3)}), but ${key} is not true: PEFT builds ${param} without a bias and ignores these keys without a warning, so the outputs differ from the trained adapter.`, biases.map((x) => x.t.name), void 0, `Set \`"${key}": true\` in adapter_config.json (what the adapter was trained with).`));
  }
  if (spec.shared && spec.sharedRequiredUnless !== void 0 && raw[spec.sharedRequiredUnless] !== false) {
    const present = keys.some((x) => x.k.kind === "aux" && x.k.param !== void 0 && spec.shared?.includes(x.k.param));
    const [a, b] = spec.shared;
    if (!present) out.push(mismatch2(weights, `${spec.sharedRequiredUnless} is true, but the weights hold no \`base_model.${a}\`/\`base_model.${b}\`: loading fails with ValueError "Specified to load ${a} and ${b} from state dictionary however they were not present!".`, [], void 0, `Re-save from the trained model with ${spec.sharedRequiredUnless}=True; set it to false only if the projections can be regenerated from projection_prng_key.`));
  }
  if (spec.rank && view.peftType !== "LORA" && view.peftType !== "ADALORA") {
    const base = num(raw[spec.rank.key]) ?? spec.rank.default;
    const wrong = [];
    let seen;
    for (const { k, t } of keys) {
      const dim = k.param !== void 0 ? spec.rank.dims[k.param] : void 0;
      if (dim === void 0 || t.shape.length <= dim) continue;
      const want = rankPatternFor(view, k.module)?.rank ?? base;
      if (t.shape[dim] !== want) {
        wrong.push(t.name);
        seen = t.shape[dim];
      }
    }
    if (wrong.length > 0) out.push(mismatch2(weights, `${wrong.length} ${view.peftType} tensor(s) have rank ${seen} where ${spec.rank.key}=${base} in adapter_config.json (${listNames(wrong, 3)}): loading fails with "size mismatch for \u2026".`, wrong));
  }
  if (spec.skewBlock) {
    const { key, param } = spec.skewBlock;
    const b = num(raw[key]);
    if (b !== void 0 && b > 0) {
      const want = b * (b - 1) / 2;
      const last = (t) => t.shape[t.shape.length - 1];
      const wrong = keys.filter((x) => x.k.param === param && x.t.shape.length >= 1 && last(x.t) !== want);
      if (wrong.length > 0) out.push(mismatch2(weights, `${key}=${b} means ${want} entries per ${param} block, but ${listNames(wrong.map((x) => x.t.name), 3)} hold ${last(wrong[0].t)}: loading fails with "size mismatch for \u2026${param}\u2026".`, wrong.map((x) => x.t.name)));
    }
  }
  const tokenRows = (module) => {
    if (view.peftType === "TRAINABLE_TOKENS") return Array.isArray(raw.token_indices) ? raw.token_indices.length : void 0;
    const tti = raw.trainable_token_indices;
    if (Array.isArray(tti)) return tti.length;
    if (tti && typeof tti === "object") {
      for (const [name, idx] of Object.entries(tti)) if ((module === name || module.endsWith(`.${name}`)) && Array.isArray(idx)) return idx.length;
    }
    return void 0;
  };
  const badTokens = keys.filter((x) => x.k.param === "trainable_tokens_delta" && x.t.shape.length === 2 && tokenRows(x.k.module) !== void 0 && x.t.shape[0] !== tokenRows(x.k.module));
  if (badTokens.length > 0) out.push(mismatch2(weights, `${listNames(badTokens.map((x) => x.t.name), 3)} has ${badTokens[0].t.shape[0]} rows, but the config lists ${tokenRows(badTokens[0].k.module)} token indices: loading fails with "size mismatch for \u2026trainable_tokens_delta\u2026".`, badTokens.map((x) => x.t.name)));
  const outFeatures = new Map(keys.filter((x) => x.k.part === "lora_B" && x.k.leaf === "weight" && x.t.shape.length >= 2).map((x) => [x.k.module, x.t.shape[0]]));
  const badMag = keys.filter((x) => x.k.part === "lora_magnitude_vector" && x.t.shape.length === 1 && outFeatures.has(x.k.module) && outFeatures.get(x.k.module) !== x.t.shape[0]);
  if (badMag.length > 0) out.push(mismatch2(weights, `${listNames(badMag.map((x) => x.t.name), 3)} has ${badMag[0].t.shape[0]} entries, but its layer has ${outFeatures.get(badMag[0].k.module)} output features (lora_B rows): loading fails with "size mismatch for \u2026lora_magnitude_vector\u2026".`, badMag.map((x) => x.t.name)));
  if (spec.family === "prompt") {
    const emb = keys.find((x) => x.k.kind === "prompt" && x.k.leaf === "prompt_embeddings");
    const n = num(raw.num_virtual_tokens);
    const subs = num(raw.num_transformer_submodules) ?? 1;
    if (emb && n !== void 0 && emb.t.shape.length === 2 && view.peftType !== "PREFIX_TUNING" && view.peftType !== "CPT" && emb.t.shape[0] !== n * subs) {
      out.push(mismatch2(weights, `prompt_embeddings has ${emb.t.shape[0]} rows, but num_virtual_tokens=${n} \xD7 num_transformer_submodules=${subs} = ${n * subs}: loading fails with "size mismatch for weight: copying a param with shape [${emb.t.shape.join(", ")}] \u2026".`, [emb.t.name]));
    }
  }
  return out;
}
function biasNotSavedFindings(view, weights) {
  if (view.bias !== "lora_only" && view.bias !== "boft_only") return [];
  if (view.peftVersion !== void 0 && compareVersions(view.peftVersion, LORA_ONLY_BIAS_SAVED_SINCE) >= 0) return [];
  const keys = (weights.tensors ?? []).map((t) => parseAdapterKey(t.name));
  const adapted = new Set(keys.filter((k) => k.kind === "lora" || k.kind === "tuner").map((k) => k.owner));
  if (adapted.size === 0) return [];
  const saved = keys.some((k) => k.leaf === "bias" && (k.kind === "base-layer" && adapted.has(k.owner) || k.kind === "other" && adapted.has(k.module)));
  if (saved) return [];
  const by = view.peftVersion !== void 0 ? `PEFT ${view.peftVersion}` : "a PEFT release older than 0.18 (no peft_version in the config)";
  return [
    finding("peft-bias-not-saved", {
      path: weights.path,
      message: `bias is "${view.bias}" and this adapter was saved by ${by}, which drops the trained biases of the adapted layers (\`<module>.base_layer.bias\`, peft#3306, fixed in ${LORA_ONLY_BIAS_SAVED_SINCE}): the weights hold none for the ${adapted.size} adapted module(s) (${listNames([...adapted], 3)}). PEFT loads the adapter with the base model's original biases, so its outputs differ from the trained model's. (If the base layers have no bias at all, as in Llama's projections, nothing was lost.)`,
      tensors: [...adapted].slice(0, 20)
    })
  ];
}

// src/checks/adapter/index.ts
async function checkAdapter(g, ctx) {
  const out = [...weightsMissingFindings(g, ctx.root)];
  const config = g.config ? readPeftConfig(g.config) : void 0;
  if (config) out.push(...config.findings);
  const view = config?.view;
  const weights = preferredWeights(g);
  if (view) out.push(...sharedBiasRiskFindings(view, weights !== void 0 && weights === g.safetensors));
  if (view) out.push(...postInitFindings(view));
  if (view && weights) {
    out.push(...configMismatchFindings(view, weights));
    out.push(...tunerWeightFindings(view, weights));
    out.push(...biasNotSavedFindings(view, weights));
    const adapted = [...new Set((weights.tensors ?? []).map((t) => parseAdapterKey(t.name)).filter((k) => k.kind === "lora" || k.kind === "tuner").map((k) => k.module))];
    out.push(...targetUnmatchedFindings(view, adapted));
  }
  for (const w of [g.safetensors, g.bin]) {
    if (!w?.tensors) continue;
    out.push(...baseLayerFindings(w, view?.modulesToSave ?? [], view?.targetModules));
    out.push(...await biasAliasFindings(w, ctx));
  }
  out.push(...await formatsDisagreeFindings(g, ctx));
  return out;
}
function failed(path2, e) {
  return finding("file-unreadable", { path: path2, message: `The adapter checks could not finish on this path: ${e.message}. The adapter is not known to be sound.` });
}
var adapterChecks = async (analyses, ctx) => {
  const out = [];
  for (const g of groupAdapters(analyses)) {
    try {
      out.push(...await checkAdapter(g, ctx));
    } catch (e) {
      out.push(failed(g.config?.path ?? g.safetensors?.path ?? g.bin?.path ?? (g.dir || "."), e));
    }
  }
  let known;
  for (const a of analyses) {
    if (!a.path.endsWith(".index.json")) continue;
    try {
      known ??= indexAnalyses(analyses);
      out.push(...await shardIndexFindings(a, analyses, ctx.root, known));
    } catch (e) {
      out.push(failed(a.path, e));
    }
  }
  return out;
};

// src/checks/deep/nonfinite.ts
var NAMED_IN_MESSAGE = 3;
var TENSORS_LISTED = 20;
function counts(s) {
  const parts = [];
  if (s.nan) parts.push(`${groupDigits(s.nan)} NaN`);
  if (s.posInf) parts.push(`${groupDigits(s.posInf)} +Inf`);
  if (s.negInf) parts.push(`${groupDigits(s.negInf)} -Inf`);
  return parts.join(", ");
}
function nonfiniteFindings(path2, stats) {
  const bad = [...stats.values()].filter((s) => s.nan + s.posInf + s.negInf > 0);
  if (bad.length === 0) return [];
  const named = bad.slice(0, NAMED_IN_MESSAGE).map((s) => `\`${s.name}\` (${s.dtype}: ${counts(s)})`).join(", ");
  const more = bad.length > NAMED_IN_MESSAGE ? ` and ${bad.length - NAMED_IN_MESSAGE} more` : "";
  return [
    finding("tensor-nonfinite", {
      path: path2,
      message: `${bad.length} tensor(s) hold NaN or Inf values: ${named}${more}. Any forward pass through them produces NaN; the training run likely diverged before this save.`,
      tensors: bad.slice(0, TENSORS_LISTED).map((s) => s.name)
    })
  ];
}

// src/checks/deep/untrained.ts
function untrainedFindings(path2, stats, peftType) {
  const keys = [...stats.keys()].map(parseAdapterKey).filter((k) => (k.kind === "lora" || k.kind === "tuner") && k.leaf !== "bias");
  const type = peftType ?? (keys.some((k) => k.part === "lora_E") ? "ADALORA" : "LORA");
  const zeroParams = TUNER_BY_TYPE.get(type)?.zeroInit ?? [];
  const zeroInit = keys.filter((k) => k.param !== void 0 && zeroParams.includes(k.param));
  if (zeroInit.length === 0) return [];
  if (zeroInit.some((k) => (stats.get(k.key)?.nonzero ?? 1) > 0)) return [];
  const names = [...new Set(zeroInit.map((k) => k.param))];
  const what = type === "ADALORA" ? "lora_E (AdaLoRA's singular values)" : names.join("/");
  return [
    finding("peft-untrained-adapter", {
      path: path2,
      message: `Every ${what} tensor (${zeroInit.length} of them) is all zeros, exactly as PEFT initialises them for ${type}: this adapter adds nothing to the base model. It was saved before training, or from a different model than the one trained.`,
      tensors: zeroInit.slice(0, 20).map((k) => k.key)
    })
  ];
}

// src/checks/deep/tensor-stats.ts
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
async function fileTensorStats(src, tensors, chunkBytes = DEEP_CHUNK_BYTES, deadline = Infinity) {
  const spans = [];
  for (const t of tensors) {
    const r = tensorRange(t);
    if (!r || !hasScanner(t.dtype) || r[1] <= r[0]) continue;
    spans.push({ t, start: r[0], end: r[1], width: Math.max(1, (dtypeInfo(t.dtype)?.bits ?? 8) / 8), stats: { name: t.name, dtype: t.dtype, ...emptyCounts() } });
  }
  spans.sort((a, b) => a.start - b.start);
  const out = new Map(spans.map((s) => [s.t.name, s.stats]));
  if (spans.length === 0) return out;
  const fileEnd = Math.min(src.size, spans[spans.length - 1].end);
  let ahead = 0;
  const nextAt = (after) => {
    while (ahead < spans.length && spans[ahead].end <= after) ahead++;
    if (ahead >= spans.length) return void 0;
    const at2 = Math.max(after, spans[ahead].start);
    return at2 < fileEnd ? at2 : void 0;
  };
  const buffers = src instanceof FileSource ? [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)] : void 0;
  let turn = 0;
  const readAt = (pos) => {
    const want = Math.min(chunkBytes, fileEnd - pos);
    if (!buffers) return src.read(pos, want);
    const buf = buffers[turn];
    turn ^= 1;
    return src.readInto(buf.subarray(0, want), pos);
  };
  let first = 0;
  let at = nextAt(0);
  let pending = at === void 0 ? void 0 : readAt(at);
  while (pending && at !== void 0) {
    const chunk = await pending;
    if (chunk.length === 0) break;
    if (Date.now() > deadline) throw new DeepCutShort(at, out);
    const chunkAt = at;
    const chunkEnd = chunkAt + chunk.length;
    at = nextAt(chunkEnd);
    pending = at === void 0 ? void 0 : readAt(at);
    while (first < spans.length && spans[first].end <= chunkAt) first++;
    for (let j = first; j < spans.length && spans[j].start < chunkEnd; j++) {
      const s = spans[j];
      const from = Math.max(s.start, chunkAt);
      const to = Math.min(s.end, chunkEnd);
      if (to <= from) continue;
      let bytes = chunk.subarray(from - chunkAt, to - chunkAt);
      if (s.carry) {
        bytes = concat(s.carry, bytes);
        s.carry = void 0;
      }
      const whole = bytes.length - bytes.length % s.width;
      scanBits(s.t.dtype, bytes.subarray(0, whole), s.stats);
      if (whole < bytes.length) s.carry = bytes.slice(whole);
    }
  }
  return out;
}

// src/checks/deep/index.ts
var PICKLE_CHECKPOINTS = /* @__PURE__ */ new Set(["pytorch-zip", "pytorch-legacy"]);
function deepCandidate(a) {
  return (a.format === "safetensors" || PICKLE_CHECKPOINTS.has(a.format)) && a.tensors !== void 0 && a.tensors.length > 0 && onDisk(a);
}
var deepChecks = async (analyses, ctx) => {
  if (!ctx.deep) return [];
  const out = [];
  const stats = /* @__PURE__ */ new Map();
  for (const a of analyses.filter(deepCandidate)) {
    const budget = ctx.maxMillisPerFile ?? Infinity;
    const deadline = Date.now() + budget;
    try {
      const s = await withFile(ctx.root, a, (src) => {
        src.onBulkRead = ctx.onDataRead;
        return a.format === "safetensors" ? fileTensorStats(src, a.tensors ?? [], void 0, deadline) : pickleTensorStats(src, a, deadline);
      });
      stats.set(a.path, s);
      out.push(...nonfiniteFindings(a.path, s));
    } catch (e) {
      if (e instanceof DeepCutShort) {
        out.push(...nonfiniteFindings(a.path, e.partial));
        out.push(
          finding("resource-limit", {
            path: a.path,
            message: `The deep scan stopped after ${budget / 1e3} s (maxMillisPerFile) at byte ${e.at} of ${a.bytes}: tensor values past that point were not checked for NaN/Inf, and whether the adapter was trained was not judged.`
          })
        );
        continue;
      }
      out.push(finding("file-unreadable", { path: a.path, message: `The deep scan could not read the tensor data: ${e.message}. Its values were not checked.` }));
    }
  }
  for (const g of groupAdapters(analyses)) {
    const weights = g.safetensors ?? g.bin;
    const s = weights ? stats.get(weights.path) : void 0;
    if (!s || !weights) continue;
    const cfg = g.config ? configObject(g.config) : void 0;
    const peftType = typeof cfg?.peft_type === "string" ? cfg.peft_type : void 0;
    out.push(...untrainedFindings(weights.path, s, peftType));
  }
  return out;
};

// src/checks/code/post-check.ts
async function codePinChecks(analyses, ctx) {
  const pins = new ProjectPins(ctx.root);
  const out = [];
  let resolvePending;
  for (const a of analyses) {
    const pending = a.facts?.codePending;
    if (!pending || pending.length === 0) continue;
    resolvePending ??= (await import("./cli-ADQ4R3G5.js")).resolvePending;
    out.push(...await resolvePending(a.path, pending, pins));
  }
  return out;
}

// src/remote/base-model.ts
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";
import { readdir } from "node:fs/promises";
import { isAbsolute, join as join5, resolve as resolve4 } from "node:path";
var MAX_BASE_JSON_BYTES = 16 * 1024 * 1024;
var MAX_BASE_SHARDS = 2048;
async function readText(o, name, counter) {
  const src = await o.open(name);
  try {
    if (src.size > MAX_BASE_JSON_BYTES) throw new Error(`${name} is ${src.size} bytes, over the ${MAX_BASE_JSON_BYTES}-byte limit for a config`);
    const bytes = await src.read(0, src.size);
    counter.n += src.bytesRead;
    return new TextDecoder().decode(bytes);
  } finally {
    await src.close?.();
  }
}
async function readJsonObject(o, name, counter) {
  const parsed = parseJson(await readText(o, name, counter));
  if (!isJsonObject(parsed.value)) throw new Error(`${name} of the base ${o.label} is not a JSON object`);
  return parsed.value;
}
async function load(o) {
  const counter = { n: 0 };
  const config = o.has("config.json") ? await readJsonObject(o, "config.json", counter) : {};
  let shards;
  if (o.has("model.safetensors.index.json")) {
    const index = await readJsonObject(o, "model.safetensors.index.json", counter);
    const map = index.weight_map;
    if (!isJsonObject(map)) throw new Error(`model.safetensors.index.json of the base ${o.label} has no weight_map object`);
    shards = [...new Set(Object.values(map).filter((v) => typeof v === "string"))].sort();
  } else if (o.has("model.safetensors")) {
    shards = ["model.safetensors"];
  } else {
    shards = o.list().filter((n) => !n.includes("/") && n.endsWith(".safetensors")).sort();
  }
  if (shards.length === 0) throw new Error(`the base ${o.label} has no safetensors weights (only safetensors headers are read; a pytorch_model.bin base is not loaded)`);
  if (shards.length > MAX_BASE_SHARDS) throw new Error(`the base ${o.label} lists ${shards.length} shards, over the ${MAX_BASE_SHARDS} read per base`);
  const weights = /* @__PURE__ */ new Map();
  for (const s of shards) {
    if (!o.has(s)) throw new Error(`the base ${o.label} has no shard ${s} although its index names it`);
    const src = await o.open(s);
    try {
      const r = await readSafetensors(src);
      counter.n += src.bytesRead;
      if (!r.ok) throw new Error(`${s} of the base ${o.label} is not a valid safetensors file: ${r.error.message}`);
      for (const t of r.header.tensors) weights.set(t.name, { dtype: t.dtype, shape: t.shape });
    } finally {
      await src.close?.();
    }
  }
  return { label: o.label, config, weights, bytesRead: counter.n };
}
async function localOpener(dir, label) {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const set = new Set(names);
  return { label, has: (n) => set.has(n), list: () => names, open: (n) => FileSource.open(join5(dir, n)) };
}
function localBaseDir(name, from) {
  if (name === "") return void 0;
  const candidates = isAbsolute(name) ? [name] : from.map((f) => resolve4(f, name));
  for (const c of candidates) {
    try {
      if (existsSync3(c) && statSync3(c).isDirectory()) return c;
    } catch {
    }
  }
  return void 0;
}
async function loadBaseModel(spec, opts, from = [process.cwd()]) {
  const t = parseHubSpec(spec);
  if (t) {
    if (!opts.hub) throw new Error(`no Hub endpoint to read ${spec}`);
    const hub = opts.hub;
    const r = await resolveHubRepo({ ...t, path: void 0 }, hub);
    const prefix = t.path ? `${t.path}/` : "";
    const files = new Map(r.files.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path.slice(prefix.length), f]));
    const label = `hf://${r.name}@${r.sha}${t.path ? `/${t.path}` : ""}`;
    return load({
      label,
      has: (n) => files.has(n),
      list: () => [...files.keys()],
      open: async (n) => hubFileSource(r, files.get(n), hub)
    });
  }
  const dir = localBaseDir(spec, from);
  if (!dir) throw new Error(`the base ${spec} is not a directory`);
  return load(await localOpener(dir, spec));
}

// src/checks/adapter/base-mismatch.ts
var CONV1D_MODEL_TYPES = /* @__PURE__ */ new Set(["gpt2", "openai-gpt", "imagegpt", "decision_transformer"]);
var CONV1D_LEAVES = /* @__PURE__ */ new Set(["c_attn", "c_proj", "c_fc", "q_attn"]);
var KNOWN_SIZES = {
  llama: { 2048: "Llama 3.2 1B or TinyLlama 1.1B", 3072: "Llama 3.2 3B", 4096: "Llama 2 7B or Llama 3 8B", 5120: "Llama 2 13B", 8192: "Llama 2/3 70B", 16384: "Llama 3.1 405B" },
  mistral: { 4096: "Mistral 7B", 5120: "Mistral Nemo 12B" },
  qwen2: { 896: "Qwen2.5 0.5B", 1536: "Qwen2.5 1.5B", 2048: "Qwen2.5 3B", 3584: "Qwen2.5 7B", 5120: "Qwen2.5 14B or 32B", 8192: "Qwen2.5 72B" },
  gpt2: { 768: "GPT-2 (124M)", 1024: "GPT-2 medium", 1280: "GPT-2 large", 1600: "GPT-2 XL" },
  gemma: { 2048: "Gemma 2B", 3072: "Gemma 7B" },
  phi3: { 3072: "Phi-3 mini", 5120: "Phi-3 medium" }
};
var PREFIX = "base_model.model.";
var NAME2 = String.raw`[A-Za-z0-9_-]+`;
function classifyKey2(t) {
  const name = t.name.startsWith(PREFIX) ? t.name.slice(PREFIX.length) : t.name;
  let m;
  const base = { key: t.name, shape: t.shape, param: "weight" };
  if (m = new RegExp(String.raw`^(.+?)\.(lora_A|lora_B)(?:\.${NAME2})?\.weight$`).exec(name)) return { ...base, module: m[1], kind: m[2] };
  if (m = new RegExp(String.raw`^(.+?)\.lora_embedding_(A|B)(?:\.${NAME2})?$`).exec(name)) return { ...base, module: m[1], kind: m[2] === "A" ? "emb_A" : "emb_B" };
  if (m = new RegExp(String.raw`^(.+?)\.lora_magnitude_vector(?:\.${NAME2})?(?:\.weight)?$`).exec(name)) return { ...base, module: m[1], kind: "magnitude" };
  if (/(^|\.)lora_/.test(name)) return void 0;
  if (m = new RegExp(String.raw`^(.+?)(?:\.modules_to_save(?:\.${NAME2})?|\.base_layer)?\.(weight|bias)$`).exec(name)) return { ...base, module: m[1], kind: "copy", param: m[2] };
  return void 0;
}
function showShape(s) {
  return `[${s.join(", ")}]`;
}
var FLOAT = /^(F|BF|C)\d|^F8/;
var BaseIndex = class {
  constructor(base) {
    this.base = base;
    const counts2 = /* @__PURE__ */ new Map();
    for (const k of base.weights.keys()) {
      const seg = k.split(".")[0];
      counts2.set(seg, (counts2.get(seg) ?? 0) + 1);
      const parts = k.split(".");
      for (let i = 1; i < parts.length; i++) this.modules.add(parts.slice(0, i).join("."));
    }
    this.firstSegments = [...counts2.entries()].filter(([, n]) => n > 1).map(([s]) => s);
  }
  base;
  firstSegments;
  modules = /* @__PURE__ */ new Set();
  /** Module names of the base (every prefix of a weight key), for target_modules. */
  moduleNames() {
    const names = [...this.modules];
    if (this.tied() && !this.modules.has("lm_head")) names.push("lm_head");
    return names;
  }
  tied() {
    return this.base.config.tie_word_embeddings !== false;
  }
  embedding() {
    for (const [k, w] of this.base.weights) if (/(^|\.)(embed_tokens|wte|word_embeddings|embed_in)\.weight$/.test(k)) return [k, w];
    return void 0;
  }
  /** Whether the base has anything under this module (a quantized layer has no float `.weight`). */
  hasModule(module) {
    return this.candidates(module).some((m) => this.modules.has(m)) || /(^|\.)lm_head$/.test(module) && this.tied() && this.embedding() !== void 0;
  }
  candidates(module) {
    const out = [module];
    const dot = module.indexOf(".");
    if (dot > 0) out.push(module.slice(dot + 1));
    for (const s of this.firstSegments) out.push(`${s}.${module}`);
    return out;
  }
  get(module, param) {
    for (const m of this.candidates(module)) {
      const w = this.base.weights.get(`${m}.${param}`);
      if (w) return [`${m}.${param}`, w];
    }
    if (param === "weight" && /(^|\.)lm_head$/.test(module) && this.tied()) return this.embedding();
    return void 0;
  }
};
function hiddenSize(config) {
  for (const k of ["hidden_size", "n_embd", "d_model"]) {
    const v = config[k];
    if (typeof v === "number" && Number.isInteger(v)) return v;
  }
  const text = config.text_config;
  return isJsonObject(text) ? hiddenSize(text) : void 0;
}
function normName(s) {
  return s.replace(/\d+/g, (d) => d.padStart(8, "0"));
}
function baseMismatchFindings(configPath, config, weights, base) {
  const peftType = typeof config.peft_type === "string" ? config.peft_type.toUpperCase() : void 0;
  if (peftType !== "LORA") return [];
  const idx = new BaseIndex(base);
  const out = [];
  const hidden = hiddenSize(base.config);
  const modelType = typeof base.config.model_type === "string" ? base.config.model_type : "";
  const fanInFanOut = config.fan_in_fan_out === true;
  const missing = [];
  const mismatches = [];
  const keys = (weights?.tensors ?? []).map(classifyKey2).filter((k) => k !== void 0);
  keys.sort((a, b) => normName(a.key) < normName(b.key) ? -1 : normName(a.key) > normName(b.key) ? 1 : 0);
  for (const k of keys) {
    const hit = idx.get(k.module, k.param);
    if (!hit) {
      if (k.kind !== "copy" && !idx.hasModule(k.module) && !missing.includes(k.module)) missing.push(k.module);
      continue;
    }
    const w = hit[1].shape;
    if (!FLOAT.test(hit[1].dtype)) continue;
    const leaf = k.module.slice(k.module.lastIndexOf(".") + 1);
    let want;
    let dim;
    let adapterDim;
    if (k.kind === "copy") {
      want = w;
    } else if (w.length === 2 && k.shape.length === 2) {
      const conv1d = CONV1D_MODEL_TYPES.has(modelType) && CONV1D_LEAVES.has(leaf) || fanInFanOut && CONV1D_LEAVES.has(leaf);
      const [inF, outF] = conv1d ? [w[0], w[1]] : [w[1], w[0]];
      if (k.kind === "lora_A") [want, dim, adapterDim] = [[k.shape[0], inF], inF, k.shape[1]];
      else if (k.kind === "lora_B") [want, dim, adapterDim] = [[outF, k.shape[1]], outF, k.shape[0]];
      else if (k.kind === "emb_A") [want, dim, adapterDim] = [[k.shape[0], w[0]], w[0], k.shape[1]];
      else if (k.kind === "emb_B") [want, dim, adapterDim] = [[w[1], k.shape[1]], w[1], k.shape[0]];
      if (want && !conv1d && (k.kind === "lora_A" || k.kind === "lora_B") && showShape(want) !== showShape(k.shape)) {
        const alt = k.kind === "lora_A" ? [k.shape[0], w[0]] : [w[1], k.shape[1]];
        if (fanInFanOut && showShape(alt) === showShape(k.shape)) want = alt;
      }
    } else if (k.kind === "magnitude" && k.shape.length === 1 && w.length === 2) {
      const isEmb = keys.some((o) => o.module === k.module && (o.kind === "emb_A" || o.kind === "emb_B"));
      const conv1d = CONV1D_MODEL_TYPES.has(modelType) && CONV1D_LEAVES.has(leaf);
      dim = isEmb || conv1d ? w[1] : w[0];
      want = [dim];
      adapterDim = k.shape[0];
    }
    if (!want || showShape(want) === showShape(k.shape)) continue;
    const m = { key: k.key, have: k.shape, want };
    if (hidden !== void 0 && dim === hidden && adapterDim !== void 0) m.hidden = [hidden, adapterDim];
    else if (hidden !== void 0 && k.kind === "copy" && w.length === 2) {
      const i = w.indexOf(hidden);
      if (i >= 0 && k.shape.length === 2 && k.shape[i] !== hidden) m.hidden = [hidden, k.shape[i]];
    }
    mismatches.push(m);
  }
  if (missing.length > 0) {
    out.push(
      finding("adapter-base-mismatch", {
        path: configPath,
        tensors: keys.filter((k) => missing.includes(k.module)).map((k) => k.key).slice(0, 20),
        message: `The adapter adapts ${missing.length} module(s) the base ${base.label} does not have, e.g. \`${missing[0]}\`: PEFT finds no such layer to wrap, so these weights are never loaded (unexpected keys) and the adapter does not do what it was trained to do.`
      })
    );
  }
  if (mismatches.length > 0) {
    const f = mismatches[0];
    const withHidden = mismatches.find((x) => x.hidden);
    let hint = "";
    if (withHidden?.hidden) {
      const [baseH, adH] = withHidden.hidden;
      const known = KNOWN_SIZES[modelType]?.[adH];
      hint = ` The adapter's shapes point to hidden size ${adH} (this base has ${baseH})${known ? `: it seems trained for ${known}` : ""}.`;
    }
    out.push(
      finding("adapter-base-mismatch", {
        path: configPath,
        tensors: mismatches.map((x) => x.key).slice(0, 20),
        message: `The adapter does not fit the base ${base.label}: ${mismatches.length} tensor(s) have the wrong shape, and PEFT fails in load_state_dict with "size mismatch for ${f.key}: copying a param with shape ${showShape(f.have)} from checkpoint, the shape in current model is ${showShape(f.want)}".${hint}`
      })
    );
  }
  const targets = config.target_modules;
  const hasTargetParams = Array.isArray(config.target_parameters) && config.target_parameters.length > 0;
  if (!hasTargetParams && targets !== void 0 && targets !== null && targets !== "all-linear") {
    const names = idx.moduleNames();
    let selects;
    if (Array.isArray(targets)) {
      const list = targets.filter((x) => typeof x === "string");
      if (list.length > 0) selects = names.some((n) => list.some((t) => n === t || n.endsWith(`.${t}`)));
    } else if (typeof targets === "string") {
      try {
        const re = new RegExp(`^(?:${targets})$`);
        selects = names.some((n) => re.test(n));
      } catch {
        selects = void 0;
      }
    }
    if (selects === false) {
      out.push(
        finding("adapter-base-mismatch", {
          path: configPath,
          message: `target_modules ${JSON.stringify(targets)} selects no layer of the base ${base.label}: PEFT raises "Target modules ... not found in the base model" when it loads this adapter onto it.`
        })
      );
    }
  }
  return out;
}
function siblings(byPath, dir) {
  const at = (n) => byPath.get(dir ? `${dir}/${n}` : n);
  return { st: at("adapter_model.safetensors"), bin: at("adapter_model.bin") };
}
var baseMismatchCheck = async (analyses, ctx) => {
  const option = ctx.base;
  const out = [];
  const cache = /* @__PURE__ */ new Map();
  const byPath = new Map(analyses.map((a) => [a.path, a]));
  let realRoots;
  for (const a of analyses) {
    if (!(a.path === "adapter_config.json" || a.path.endsWith("/adapter_config.json")) || a.path.includes("!/")) continue;
    const value = a.json?.value;
    if (!isJsonObject(value)) continue;
    const config = value;
    const dir = a.path.includes("/") ? a.path.slice(0, a.path.lastIndexOf("/")) : "";
    const remote = a.path.startsWith("hf://");
    let spec = option?.spec;
    const explicit = spec !== void 0;
    if (!spec) {
      const name = typeof config.base_model_name_or_path === "string" ? config.base_model_name_or_path.trim() : "";
      if (!name) continue;
      const local = localBaseDir(name, remote ? [ctx.root] : [`${ctx.root}/${dir}`, ctx.root]);
      realRoots ??= (ctx.readRoots ?? [ctx.root]).map(realRootSync);
      if (local && realRoots.some((r) => resolvesInside(r, local))) spec = local;
      else if (option?.remote && /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(name)) {
        const rev = typeof config.revision === "string" && config.revision ? `@${encodeURIComponent(config.revision)}` : "";
        spec = `hf://${name}${rev}`;
      } else continue;
    }
    const { st, bin } = siblings(byPath, dir);
    const weights = st?.tensors ? st : bin?.tensors ? bin : void 0;
    let base;
    try {
      let p = cache.get(spec);
      if (!p) {
        p = loadBaseModel(spec, { hub: option?.hub }, [ctx.root]);
        cache.set(spec, p);
      }
      base = await p;
    } catch (e) {
      const why = e.message;
      out.push(
        finding(e instanceof RemoteError ? "remote-unreadable" : "file-unreadable", {
          path: a.path,
          // A base named by the config only (not asked for) that cannot be read is worth a note, not an alarm.
          severity: explicit ? "error" : "note",
          message: `The base model ${spec} could not be read, so the adapter was not checked against it (adapter-base-mismatch): ${why}`
        })
      );
      continue;
    }
    out.push(...baseMismatchFindings(a.path, config, weights, base));
  }
  return out;
};

// src/engine/post-checks.ts
var POST_CHECKS = [adapterChecks, deepChecks, codePinChecks, baseMismatchCheck];

// src/engine/memory-budget.ts
function memoryEstimate(format, head, size, limits) {
  switch (format) {
    case "safetensors": {
      if (head.length < 8) return 0;
      const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true));
      return n > DENSE_HEADER_BYTES && n <= 1e8 ? n : 0;
    }
    case "pickle":
    case "npy":
    case "pytorch-legacy":
      return Math.min(size, limits.maxPickleBytes);
    case "zip":
    case "npz":
    case "pytorch-zip":
    case "tar":
    case "pytorch-tar":
    case "gzip":
    case "7z":
      return Math.min(size, limits.maxMemberBytes + limits.maxPickleBytes);
    default:
      return 0;
  }
}

// src/engine/code-pass.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";

// src/discover/code-files.ts
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([".py", ".ipynb"]);
function isCodeFile(name) {
  return CODE_EXTENSIONS.has(extname(name));
}

// src/engine/code-pass.ts
var WORD_BYTES = PREFILTER_WORDS.map((w) => Buffer.from(w, "latin1"));
var SMALL = Buffer.allocUnsafe(64 * 1024);
function readSmall(abs, max) {
  const fd = openSync2(abs, "r");
  try {
    const first = readSync2(fd, SMALL, 0, SMALL.length, 0);
    if (first < SMALL.length) return Buffer.from(SMALL.subarray(0, first));
    const size = fstatSync2(fd).size;
    if (size > max) return void 0;
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync2(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync2(fd);
  }
}
async function codePass(files, analyses) {
  const rest = [];
  let lint;
  for (const f of files) {
    if (!isCodeFile(f.rel)) {
      rest.push(f);
      continue;
    }
    const notebook = f.rel.toLowerCase().endsWith(".ipynb");
    let buf;
    try {
      buf = readSmall(f.abs, notebook ? MAX_NOTEBOOK_BYTES : MAX_PYTHON_BYTES);
    } catch {
      buf = void 0;
    }
    const format = buf ? sniff(buf.subarray(0, SNIFF_BYTES), f.rel, buf.length) : void 0;
    if (!buf || format !== "python" && format !== "notebook") {
      rest.push(f);
      continue;
    }
    const entry = { path: f.rel, format, bytes: buf.length, status: "ok", bytesRead: buf.length, findings: [] };
    analyses.push(entry);
    if (!WORD_BYTES.some((w) => buf.includes(w))) continue;
    try {
      const text = new TextDecoder("utf-8").decode(buf);
      lint ??= await import("./cli-ADQ4R3G5.js");
      const r = format === "python" ? lint.lintPython(f.rel, text) : lint.lintNotebook(f.rel, text);
      entry.findings.push(...r.findings);
      if (r.pending.length > 0) entry.facts = { codePending: r.pending };
    } catch (e) {
      entry.findings.push(finding("file-unreadable", { path: f.rel, severity: "warning", message: `The code lint failed on this file (${e.message}); it was not checked.` }));
    }
    if (entry.findings.length > 0) entry.status = "findings";
  }
  return rest;
}

// src/engine/gate.ts
var ByteGate = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  inFlight = 0;
  holders = 0;
  waiting = [];
  /** Waits until `bytes` fit (or nothing else holds the gate); returns the release function. */
  async acquire(bytes) {
    if (!this.fits(bytes) || this.waiting.length > 0) {
      await new Promise((go) => this.waiting.push({ bytes, go }));
    } else {
      this.take(bytes);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= bytes;
      this.holders--;
      this.drain();
    };
  }
  get bytesInFlight() {
    return this.inFlight;
  }
  async run(bytes, fn) {
    const release = await this.acquire(bytes);
    try {
      return await fn();
    } finally {
      release();
    }
  }
  fits(bytes) {
    return this.holders === 0 || this.inFlight + bytes <= this.budget;
  }
  take(bytes) {
    this.inFlight += bytes;
    this.holders++;
  }
  drain() {
    while (this.waiting.length > 0 && this.fits(this.waiting[0].bytes)) {
      const next = this.waiting.shift();
      this.take(next.bytes);
      next.go();
    }
  }
};

// src/engine/pool.ts
import { existsSync as existsSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var POOL_MIN_FILES = 1500;
var POOL_MAX_WORKERS = 4;
var POOL_MIN_CORES = 4;
function workerScript() {
  const url = new URL("./scan-worker.js", import.meta.url);
  try {
    return existsSync4(fileURLToPath(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}
function poolWidth(weighed, requested, cores = availableParallelism()) {
  if (requested !== void 0) return requested > 1 ? Math.min(requested, 64) : 0;
  if (weighed < POOL_MIN_FILES || cores < POOL_MIN_CORES) return 0;
  return Math.min(Math.floor(cores / 2), POOL_MAX_WORKERS);
}
function splitForPool(files, width, weighs) {
  const plan = planShards(files, width, weighs);
  const parts = Array.from({ length: width }, () => []);
  for (const f of files) {
    const unit = shardUnit(f.rel);
    parts[(plan.shardOf.get(unit) ?? hashShard(unit, width)) - 1].push(f);
  }
  return parts;
}
async function runWorker(script, input, onProgress) {
  const { Worker } = await import("node:worker_threads");
  return new Promise((resolve6, reject) => {
    const worker = new Worker(script, { workerData: input });
    let settled = false;
    worker.on("message", (m) => {
      if (m.kind === "progress") onProgress(m.files, m.bytes);
      else if (m.kind === "done") {
        settled = true;
        resolve6(m.report);
      } else {
        settled = true;
        reject(new Error(m.message));
      }
    });
    worker.on("error", (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`the scan worker exited with code ${code}`));
      settled = true;
    });
  });
}

// src/engine/scan.ts
var DEFAULT_CONCURRENCY = 8;
var HEAVY_BYTES_IN_FLIGHT = 80 * 1024 ** 2;
function meetsThreshold(severity, failOn) {
  return failOn !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function statusOf2(r) {
  if (r.status) return r.status;
  return r.findings.length > 0 ? "findings" : "ok";
}
var Watchdog = class {
  constructor(ms) {
    this.ms = ms;
  }
  ms;
  running = /* @__PURE__ */ new Set();
  timer;
  async race(p) {
    let entry;
    const t = new Promise((res) => {
      entry = { start: performance.now(), expire: () => res("timeout") };
    });
    this.running.add(entry);
    this.timer ??= setInterval(() => this.check(), Math.max(1, Math.min(WATCHDOG_TICK_MS, this.ms / 4))).unref();
    try {
      return await Promise.race([p, t]);
    } finally {
      this.running.delete(entry);
    }
  }
  check() {
    const now = performance.now();
    for (const e of this.running) {
      if (now - e.start < this.ms) continue;
      this.running.delete(e);
      e.expire();
    }
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
  }
};
var WATCHDOG_TICK_MS = 250;
async function scan(opts) {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const deep = opts.deep ?? false;
  const failOn = opts.failOn ?? "error";
  const disc = opts.candidates ? { files: opts.candidates, findings: [] } : opts.sources && (opts.targets ?? []).length === 0 ? { files: [], findings: [] } : opts.onlyFiles ? await discover({ ...opts, targets: opts.onlyFiles, allFiles: false }) : await discover(opts);
  let files = disc.files;
  let discFindings = disc.findings;
  if (opts.shard || opts.onProgress) files = await withSizes(files);
  if (opts.shard) {
    const spec = opts.shard;
    const plan = planShards(files, spec.count, (rel) => worthOpening(rel) || isCodeFile(rel));
    const mine = (path2) => (plan.shardOf.get(shardUnit(path2)) ?? hashShard(shardUnit(path2), spec.count)) === spec.index;
    files = files.filter((f) => mine(f.rel));
    discFindings = discFindings.filter((f) => mine(f.path));
  }
  if (opts.workers !== void 0 && opts.workers !== 0 && opts.workers !== 1 && !opts.sources && !opts.candidates && !opts.base?.hub?.fetch) {
    const script = workerScript();
    const weighs = (rel) => worthOpening(rel) || isCodeFile(rel);
    let weighed = 0;
    for (const f of files) if (weighs(f.rel)) weighed++;
    const width2 = script ? poolWidth(weighed, opts.workers === "auto" ? void 0 : opts.workers) : 0;
    if (script && width2 > 1) {
      const sized = await withSizes(files);
      const parts = splitForPool(sized, width2, weighs).filter((part) => part.length > 0);
      if (parts.length > 1) return scanInPool(script, sized, parts, discFindings, opts, { limits, deep, failOn });
    }
  }
  const analyses = [];
  const findings = [...opts.findings ?? [], ...discFindings];
  let unpacked = 0;
  let analysed = 0;
  let limitReported = false;
  const memory = new ByteGate(opts.bytesInFlight ?? HEAVY_BYTES_IN_FLIGHT);
  const watchdog = new Watchdog(limits.maxMillisPerFile);
  const configs = /* @__PURE__ */ new Map();
  const isConfigFile = (rel) => rel.endsWith("adapter_config.json");
  for (const c of opts.sources ?? []) {
    if (!isConfigFile(c.rel)) continue;
    try {
      const src = await c.open();
      try {
        if (src.size > 16 * 1024 * 1024) continue;
        const value = JSON.parse(new TextDecoder().decode(await src.read(0, src.size)));
        if (isJsonObject(value)) configs.set(dirname2(c.rel), value);
      } finally {
        await src.close?.();
      }
    } catch {
    }
  }
  const dropped = /* @__PURE__ */ new Set();
  const analyse = async (path2, src, depth) => {
    analysed++;
    if (analysed > limits.maxFiles) {
      if (!limitReported) {
        limitReported = true;
        findings.push(finding("resource-limit", { path: path2, message: `The scan stopped opening files after ${limits.maxFiles} files (maxFiles); the rest were not scanned.` }));
      }
      return;
    }
    const name = path2.slice(path2.lastIndexOf("/") + 1);
    const dir = path2.includes("!/") ? dirname2(path2.slice(0, path2.indexOf("!/"))) : dirname2(path2);
    const ctx = {
      path: path2,
      name,
      deep,
      depth,
      code: opts.code !== false,
      limits,
      siblingConfig: configs.get(dir),
      scanMember: (memberPath, memberSrc) => analyse(memberPath, memberSrc, depth + 1),
      reserveUnpacked: (bytes) => {
        unpacked += bytes;
        return unpacked <= limits.maxUnpackedBytes;
      }
    };
    const entry = { path: path2, format: "unknown", bytes: src.size, status: "ok", bytesRead: 0, findings: [] };
    analyses.push(entry);
    try {
      const head = await src.read(0, SNIFF_BYTES);
      const format = sniff(head, name, src.size);
      const handler = HANDLERS[format] ?? HANDLERS.unknown;
      entry.format = format;
      if (!handler) {
        entry.status = "skipped";
      } else {
        const estimate = depth === 0 ? memoryEstimate(format, head, src.size, limits) : 0;
        const release = estimate > 0 ? await memory.acquire(estimate) : () => {
        };
        const running = handler(src, head, ctx);
        running.then(release, release);
        const r = await watchdog.race(running);
        if (r === "timeout") {
          entry.status = "error";
          entry.findings.push(
            finding("resource-limit", { path: path2, message: `Reading this file took longer than ${limits.maxMillisPerFile / 1e3} s (maxMillisPerFile); the scan moved on and the file is not known to be safe.` })
          );
        } else {
          entry.format = r.format;
          entry.findings.push(...r.findings);
          entry.status = statusOf2(r);
          if (r.tensors) entry.tensors = r.tensors;
          if (r.metadata) entry.metadata = r.metadata;
          if (r.json) entry.json = r.json;
          if (r.facts) entry.facts = r.facts;
          const disguise = disguisedAsSafetensors(path2, name, r.format);
          if (disguise) {
            entry.findings.push(disguise);
            if (entry.status === "ok") entry.status = "findings";
          }
        }
      }
    } catch (e) {
      entry.status = "error";
      entry.findings.push(
        finding("file-unreadable", { path: path2, message: `The file could not be read to the end: ${e.message}. It is not known to be safe.` })
      );
    }
    entry.bytesRead = src.bytesRead;
    if (depth === 0 && (entry.format === "unknown" || entry.format === "lfs-pointer") && entry.findings.length === 0 && !worthOpening(name)) {
      dropped.add(entry);
      analysed--;
    }
  };
  const rest = opts.code === false ? [...files] : await codePass(files, analyses);
  const configQueue = rest.filter((f) => isConfigFile(f.rel));
  const queue = configQueue.length > 0 ? rest.filter((f) => !isConfigFile(f.rel)) : rest;
  const progress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((n, f) => n + (f.size ?? 0), 0) };
  const width = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const diskWorker = async (q) => {
    for (; ; ) {
      const f = q.files[q.next++];
      if (!f) return;
      let src;
      try {
        src = await FileSource.open(f.abs);
        await analyse(f.rel, src, 0);
      } catch (e) {
        findings.push(finding("file-unreadable", { path: f.rel, message: `Cannot open the file: ${e.message}.` }));
      } finally {
        await src?.close();
        progress.filesDone++;
        if (!deep) progress.bytesDone += f.size ?? src?.size ?? 0;
        opts.onProgress?.({ ...progress });
      }
    }
  };
  const configCursor = { files: configQueue, next: 0 };
  await Promise.all(Array.from({ length: Math.min(width, configQueue.length) }, () => diskWorker(configCursor)));
  for (const a of analyses) {
    if (a.path.includes("!/") || !isConfigFile(a.path) || !isJsonObject(a.json?.value)) continue;
    configs.set(dirname2(a.path), a.json.value);
  }
  const cursor = { files: queue, next: 0 };
  const workers = Array.from({ length: width }, () => diskWorker(cursor));
  const remote = [...opts.sources ?? []];
  const remoteWorkers = Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, async () => {
    for (; ; ) {
      const c = remote.shift();
      if (!c) return;
      let src;
      try {
        src = await c.open();
        await analyse(c.rel, src, 0);
        const extra = c.after?.(src) ?? [];
        const entry = analyses.find((x) => x.path === c.rel && !dropped.has(x));
        if (entry && extra.length > 0) {
          entry.findings.push(...extra);
          if (entry.status === "ok") entry.status = "findings";
        }
      } catch (e) {
        findings.push(finding("file-unreadable", { path: c.rel, message: `Cannot open the file: ${e.message}.` }));
      } finally {
        await src?.close?.();
      }
    }
  });
  await Promise.all([...workers, ...remoteWorkers]).finally(() => watchdog.stop());
  if (dropped.size > 0) {
    let w = 0;
    for (const a of analyses) if (!dropped.has(a)) analyses[w++] = a;
    analyses.length = w;
  }
  analyses.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const a of analyses) findings.push(...a.findings);
  const readRoots = [opts.root, ...(opts.targets ?? []).map((t) => resolve5(opts.root, t)).filter((t) => !isInside(resolve5(opts.root), t))];
  for (const check of POST_CHECKS) {
    try {
      const onDataRead = opts.onProgress ? (n) => {
        progress.bytesDone += n;
        opts.onProgress?.({ ...progress });
      } : void 0;
      findings.push(...await check(analyses, { deep, root: opts.root, readRoots, maxMillisPerFile: limits.maxMillisPerFile, base: opts.base, onDataRead }));
    } catch (e) {
      findings.push(finding("file-unreadable", { path: ".", message: `A check failed unexpectedly: ${e.message}.` }));
    }
  }
  const byPath = new Map(analyses.map((a) => [a.path, a]));
  for (const f of findings) {
    const a = byPath.get(f.path);
    if (a && a.status === "ok") a.status = "findings";
  }
  relativeMessages(findings, opts.root);
  const final = applySuppressions(findings, opts.suppressions ?? [], opts.unsuppressible ?? []);
  final.sort(compareFindings);
  const report = buildReport(opts.root, analyses, final, failOn);
  if (opts.shard) report.shard = { index: opts.shard.index, count: opts.shard.count };
  return { report, analyses };
}
function relativeMessages(findings, root) {
  const rootDir = resolve5(root);
  if (rootDir.length > 1) {
    for (const f of findings) if (f.message.includes(rootDir)) f.message = f.message.split(`${rootDir}/`).join("").split(rootDir).join(".");
  }
}
async function scanInPool(script, files, parts, discFindings, opts, p) {
  const n = parts.length;
  const progress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((s, f) => s + f.size, 0) };
  const hub = opts.base?.hub;
  const input = (candidates) => ({
    root: opts.root,
    ...opts.targets ? { targets: opts.targets } : {},
    candidates,
    deep: p.deep,
    code: opts.code !== false,
    failOn: p.failOn,
    // The scan's budgets are shared out, so the process as a whole stays within them.
    limits: { ...p.limits, maxFiles: Math.ceil(p.limits.maxFiles / n), maxUnpackedBytes: Math.floor(p.limits.maxUnpackedBytes / n) },
    bytesInFlight: Math.floor((opts.bytesInFlight ?? HEAVY_BYTES_IN_FLIGHT) / n),
    suppressions: opts.suppressions ?? [],
    unsuppressible: opts.unsuppressible ?? [],
    ...opts.base ? { base: { spec: opts.base.spec, remote: opts.base.remote, ...hub ? { hub: { endpoint: hub.endpoint, token: hub.token } } : {} } } : {}
  });
  const reports = await Promise.all(
    parts.map(
      (part) => runWorker(script, input(part), (files2, bytes) => {
        progress.filesDone += files2;
        progress.bytesDone += bytes;
        opts.onProgress?.({ ...progress });
      }).catch(async () => (await scan({ ...opts, candidates: part, workers: 0, findings: [], shard: void 0, onProgress: void 0 })).report)
    )
  );
  const own = [...opts.findings ?? [], ...discFindings];
  relativeMessages(own, opts.root);
  const findings = [...reports.flatMap((r) => r.findings), ...applySuppressions(own, opts.suppressions ?? [], opts.unsuppressible ?? [])].sort(compareFindings);
  const rows = reports.flatMap((r) => r.files).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const report = buildReport(opts.root, rows.map((f) => ({ ...f, findings: [] })), findings, p.failOn);
  if (opts.shard) report.shard = { index: opts.shard.index, count: opts.shard.count };
  return { report, analyses: [] };
}
function disguisedAsSafetensors(path2, name, format) {
  if (extname(name) !== ".safetensors" || format === "safetensors" || format === "lfs-pointer") return void 0;
  const what = format === "unknown" ? "not a safetensors file" : `a ${format} file`;
  return finding("safetensors-header-invalid", {
    path: path2,
    message: `The file is named .safetensors but its content is ${what}: safetensors loaders fail on its first bytes (usually HeaderTooLarge), and renaming a pickle does not make it safe to load.`,
    fix: "Save the tensors with safetensors (`adapter-guard convert` for a PyTorch checkpoint) instead of renaming the file."
  });
}
function notScannedOf(findings) {
  const out = [];
  for (const f of findings) {
    if (f.suppressed) continue;
    if (f.ruleId === "lfs-pointer") out.push({ path: f.path, reason: "a Git LFS pointer stands where the file should be (checkout without `lfs: true`)" });
    else if (f.ruleId === "resource-limit" || f.ruleId === "file-unreadable") out.push({ path: f.path, reason: f.message.length > 200 ? `${f.message.slice(0, 199)}\u2026` : f.message });
  }
  return out;
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const s = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (s !== 0) return s;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
  if ((a.column ?? 0) !== (b.column ?? 0)) return (a.column ?? 0) - (b.column ?? 0);
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
function buildReport(root, analyses, findings, failOn) {
  const bySeverity = { critical: 0, error: 0, warning: 0, note: 0 };
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) suppressed++;
    else bySeverity[f.severity]++;
  }
  const highest = SEVERITIES.find((s) => bySeverity[s] > 0) ?? "none";
  const active = findings.length - suppressed;
  return {
    tool: { name: "adapter-guard", version: VERSION },
    root,
    files: analyses.map((a) => ({ path: a.path, format: a.format, bytes: a.bytes, status: a.status, bytesRead: a.bytesRead })),
    findings,
    summary: {
      files: analyses.length,
      findings: active,
      suppressed,
      bySeverity,
      highestSeverity: highest,
      failed: highest !== "none" && meetsThreshold(highest, failOn),
      failOn,
      // Archive members read through their container: count files on disk only.
      bytesRead: analyses.reduce((n, a) => a.path.includes("!/") ? n : n + a.bytesRead, 0),
      notScanned: notScannedOf(findings)
    }
  };
}

export {
  isInside,
  resolvesInside,
  realRootSync,
  minimatch,
  worthOpening,
  DEFAULT_EXCLUDE,
  FileSource,
  LOCAL_COPIES,
  dtypeInfo,
  groupDigits,
  readSafetensors,
  numel,
  sharedGroups,
  COPY_CHUNK_BYTES,
  materialize,
  HTTP_NO_RANGE_LIMIT,
  HttpRangeSource,
  MAX_HUB_FILES,
  parseHubSpec,
  isHubSpec,
  hubEndpoint,
  hubToken,
  hubPath,
  RemoteError,
  resolveHubRepo,
  hubFileSource,
  downloadHubFile,
  VERSION,
  parseShard,
  scan,
  compareFindings,
  buildReport
};
