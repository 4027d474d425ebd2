import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
import {
  SEVERITIES,
  SEVERITY_RANK
} from "./cli-25SYHE7W.js";
import {
  finding
} from "./cli-V52KP4TN.js";
import {
  __export
} from "./cli-XKIFUZST.js";

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
    const at2 = open2[i];
    out += masked.slice(last, at2) + "\0";
    last = at2 + 1;
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
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
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
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
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
          return literal2();
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
      return literal2();
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
    const dot2 = allowDot ?? !!this.#options.dot;
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
              dot2 && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot2 && !allowDot && aps.has(src.charAt(0));
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
    let body = this.#partsToRegExp(dot2);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot2 || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot2 ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot2 && !allowDot ? startNoDot : "") + star + ")"
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
  #partsToRegExp(dot2) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot2);
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
function cString(b, at2, len) {
  const field2 = b.subarray(at2, at2 + len);
  const nul = field2.indexOf(0);
  return utf8.decode(nul < 0 ? field2 : field2.subarray(0, nul));
}
function numeric2(b, at2, len) {
  if (b[at2] & 128) {
    let v2 = b[at2] & 127;
    for (let i = 1; i < len; i++) v2 = v2 * 256 + b[at2 + i];
    return Number.isSafeInteger(v2) ? v2 : void 0;
  }
  const text = latin1.decode(b.subarray(at2, at2 + len)).replace(/[\0 ]+$/, "").trim();
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
    const name2 = pax.get("path") ?? longName ?? globalPax.get("path") ?? headerName;
    const paxSize = pax.get("size");
    const realSize = paxSize !== void 0 && /^\d+$/.test(paxSize) ? Number(paxSize) : size;
    if (realSize !== size) {
      if (dataStart + realSize > src.size) {
        listing.problems.push({ kind: "malformed", message: `tar member \`${name2}\` declares ${realSize} bytes (pax size) but the file ends first: truncated` });
        return listing;
      }
      pos = dataStart + roundUp(realSize);
    }
    longName = void 0;
    pax = /* @__PURE__ */ new Map();
    const entry = { name: name2, type, size: realSize, dataStart };
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
function extname(name2) {
  const base = name2.slice(name2.lastIndexOf("/") + 1);
  const i = base.lastIndexOf(".");
  return i <= 0 ? "" : base.slice(i).toLowerCase();
}
function worthOpening(name2) {
  const base = name2.slice(name2.lastIndexOf("/") + 1);
  const ext2 = extname(base);
  if (ext2 === ".json") return isAdapterJson(base);
  if (WORTH_OPENING.has(ext2)) return true;
  return ext2 === "" && !base.startsWith(".") && /^(adapter_model|pytorch_model|model|weights|checkpoint|data)/i.test(base);
}
function isAdapterJson(base) {
  return base === "adapter_config.json" || base.endsWith(".index.json") || base === "config.json";
}
var MAGIC_BYTES = /* @__PURE__ */ new Map();
function startsWith(head, bytes, at2 = 0) {
  let arr;
  if (typeof bytes === "string") {
    arr = MAGIC_BYTES.get(bytes) ?? Array.from(bytes, (c) => c.charCodeAt(0));
    MAGIC_BYTES.set(bytes, arr);
  } else arr = bytes;
  if (head.length < at2 + arr.length) return false;
  for (let i = 0; i < arr.length; i++) if (head[at2 + i] !== arr[i]) return false;
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
function sniff(head, name2, _size) {
  const base = name2.slice(name2.lastIndexOf("/") + 1);
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
      const where3 = containment(base.root, base.real, abs);
      if (where3.kind === "outside") {
        if (explicit || worthOpening(rel)) this.reportOutside(toPosix2(relative2(this.root, resolve2(base.root, where3.via))));
        return;
      }
      if (where3.kind === "missing") return this.dangling(rel);
      if (st.isSymbolicLink()) {
        const tst = statOf(where3.real);
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
function join(dir, name2) {
  return dir === "" ? name2 : `${dir}/${name2}`;
}
function child(d, name2) {
  return { abs: d.abs.endsWith(sep3) ? d.abs + name2 : d.abs + sep3 + name2, sub: join(d.sub, name2), rel: join(d.rel, name2) };
}
function walk(c, t2) {
  const rel = toPosix2(relative2(c.root, t2.abs));
  if (hasGitPart(rel)) return;
  const exclude = new Exclude(t2.exclude);
  const top = { abs: t2.abs, sub: "", rel };
  if (exclude.childrenIgnored(".", t2.abs)) return;
  const sets = [];
  for (const p of t2.patterns) for (const s of new Minimatch(p, PATTERN_OPTS).set) sets.push(s);
  if (sets.length === 1 && sets[0].length === 1 && sets[0][0] === GLOBSTAR) return walkAll(c, t2, exclude, top);
  new PatternWalk(c, t2, exclude, sets).run(top);
}
function readDir(abs) {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch {
    return [];
  }
}
function walkAll(c, t2, exclude, d) {
  for (const e of readDir(d.abs)) {
    const x = child(d, e.name);
    if (e.isDirectory()) {
      if (e.name !== ".git" && !exclude.childrenIgnored(x.sub, x.abs)) walkAll(c, t2, exclude, x);
    } else if (e.isFile()) {
      if (!exclude.ignored(x.sub, x.abs)) c.plain(x.abs, x.rel);
    } else if (e.isSymbolicLink()) {
      if (!exclude.ignored(x.sub, x.abs)) c.link(x.abs, x.rel, t2.baseReal);
    }
  }
}
var PatternWalk = class {
  constructor(c, t2, exclude, sets) {
    this.c = c;
    this.t = t2;
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
  same(name2, p) {
    return NOCASE ? name2.toLowerCase() === p.toLowerCase() : name2 === p;
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
      let at2 = d;
      let i = start;
      if (i === 0 && parts[0] === "" && parts.length > 1) {
        at2 = { abs: resolve2("/"), sub: toPosix2(relative2(this.t.abs, resolve2("/"))), rel: toPosix2(relative2(this.c.root, resolve2("/"))) };
        i = 1;
      }
      while (typeof parts[i] === "string" && i < parts.length - 1) {
        const abs = resolve2(at2.abs, parts[i]);
        at2 = { abs, sub: toPosix2(relative2(this.t.abs, abs)), rel: toPosix2(relative2(this.c.root, abs)) };
        i++;
      }
      const p = parts[i];
      if (typeof p === "string") {
        if (p !== "" && p !== "." && p !== "..") {
          const abs = resolve2(at2.abs, p);
          const st = lstatOf(abs);
          if (st && !st.isDirectory() && !this.exclude.ignored(toPosix2(relative2(this.t.abs, abs)), abs)) {
            if (st.isSymbolicLink()) this.c.link(abs, toPosix2(relative2(this.c.root, abs)), this.t.baseReal);
            else this.c.path(abs, false, { root: this.t.baseRoot, real: this.t.baseReal });
          }
        }
        continue;
      }
      if (at2 === d) here.push([pi, i]);
      else if (this.enterLiteral(at2)) this.visit(at2, [[pi, i]]);
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
      const where3 = containment(this.t.baseRoot, this.t.baseReal, d.abs);
      if (where3.kind === "outside") this.c.reportOutside(toPosix2(relative2(this.c.root, resolve2(this.t.baseRoot, where3.via))));
      return false;
    }
    return Boolean(statOf(real)?.isDirectory());
  }
  /** glob's Processor.filterEntries over `d`'s entries, then the walk into the subdirectories that can still match. */
  list(d, states) {
    for (const e of readDir(d.abs)) {
      const name2 = e.name;
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
            const hit = typeof q === "string" ? q !== "" && q !== "." && q !== ".." && this.same(name2, q) : q instanceof RegExp && q.test(name2);
            if (hit) {
              if (i + 1 === parts.length - 1) matched = true;
              else add([pi, i + 2]);
            }
          }
        } else if (typeof p === "string" ? this.same(name2, p) : p.test(name2)) {
          if (last) matched = true;
          else add([pi, i + 1]);
        }
      }
      if (!matched && next.length === 0) continue;
      const x = child(d, name2);
      if (matched && !isDir && !this.exclude.ignored(x.sub, x.abs)) {
        if (e.isFile()) this.c.plain(x.abs, x.rel);
        else if (isLink) this.c.link(x.abs, x.rel, this.t.baseReal);
      }
      if (next.length === 0 || name2 === ".git" || this.exclude.childrenIgnored(x.sub, x.abs)) continue;
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
  for (const t2 of targets) {
    const abs = resolve3(root, t2);
    let st;
    try {
      st = lstatSync2(abs);
    } catch (e) {
      c.findings.push(finding("file-unreadable", { path: toPosix2(relative3(root, abs)) || t2, message: `Cannot read the path: ${e.message}.` }));
      continue;
    }
    let base = { root, real: realRoot };
    let isDir = st.isDirectory();
    if (!isInside(root, abs)) {
      isDir ||= st.isSymbolicLink() && resolvesDir(abs);
      base = isDir ? { root: abs, real: realRootSync(abs) } : void 0;
    } else if (abs !== root && !resolvesInside(realRoot, abs)) {
      const where3 = containment(root, realRoot, abs);
      if (where3.kind === "outside") {
        c.reportOutside(where3.via);
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
  const hash2 = createHash("sha256");
  let bytes = 0;
  const meter = new Transform({
    transform(chunk, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new Error(`${what} is over the ${maxBytes}-byte limit`));
      hash2.update(chunk);
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
  return { bytes, sha256: hash2.digest("hex") };
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
  const t2 = Date.parse(v);
  return Number.isNaN(t2) ? void 0 : Math.max(0, t2 - now);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryable(status) {
  return status === 429 || status >= 500;
}
async function fetchFollowing(url, init) {
  const doFetch = init.fetch ?? fetch;
  const origin = new URL(url).origin;
  let at2 = new URL(url);
  for (let hops = 0; ; hops++) {
    const headers = { ...init.headers, ...at2.origin === origin ? init.authHeaders : void 0 };
    const res = await doFetch(at2, { method: init.method ?? "GET", headers, redirect: "manual", signal: init.signal });
    if (!REDIRECTS.has(res.status)) return { res, url: at2 };
    const location = res.headers.get("location");
    await res.body?.cancel();
    if (!location) throw new HttpError(res.status, at2.host, `HTTP ${res.status} from ${at2.host} without a Location header`);
    if (hops >= HTTP_MAX_REDIRECTS) throw new HttpError(res.status, at2.host, `more than ${HTTP_MAX_REDIRECTS} redirects`);
    at2 = new URL(location, at2);
    if (at2.protocol !== "https:" && at2.protocol !== "http:") throw new HttpError(res.status, at2.host, `redirect to unsupported scheme ${at2.protocol}`);
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
  const t2 = (explicit ?? "").trim() || (env.HF_TOKEN ?? "").trim() || (env.HUGGING_FACE_HUB_TOKEN ?? "").trim();
  return t2 || void 0;
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
function explain(t2, e, token) {
  const name2 = `${t2.owner}/${t2.repo}`;
  const status = statusOf(e);
  if (status === 401 || status === 403) {
    return new RemoteError(
      token ? `The Hub refused access to ${name2} (HTTP ${status}) with the token given: the repo is gated or private and this token has no access to it (accept the conditions on the repo page, or use a token with read access).` : `The Hub refused access to ${name2} (HTTP ${status}): the repo is gated or private, and no token was given (set HF_TOKEN, or the hub-token input of the Action).`,
      status
    );
  }
  if (status === 404) {
    return new RemoteError(`The Hub has no model repo ${name2}${t2.revision ? ` at revision "${t2.revision}"` : ""} (HTTP 404)${token ? "" : ", or it is private and no token was given"}.`, status);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new RemoteError(`${name2} could not be read from the Hub: ${msg}`, status);
}
async function resolveHubRepo(t2, opts) {
  const name2 = `${t2.owner}/${t2.repo}`;
  const f = hubFetch(opts);
  const { listFiles, modelInfo } = await import("./cli-7PNXDRM3.js");
  let sha;
  try {
    const info = await modelInfo({ name: name2, revision: t2.revision ?? "main", hubUrl: opts.endpoint, fetch: f, additionalFields: ["sha"] });
    sha = String(info.sha ?? "");
  } catch (e) {
    throw explain(t2, e, opts.token !== void 0);
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new RemoteError(`The Hub gave no commit sha for ${name2} at "${t2.revision ?? "main"}".`);
  const files = [];
  let truncated = false;
  try {
    for await (const e of listFiles({ repo: name2, revision: sha, path: t2.path, recursive: true, hubUrl: opts.endpoint, fetch: f })) {
      if (e.type !== "file") continue;
      if (files.length >= MAX_HUB_FILES) {
        truncated = true;
        break;
      }
      const lfs = e.lfs;
      files.push({ path: e.path, size: lfs?.size ?? e.size, ...lfs?.oid ? { sha256: lfs.oid } : {} });
    }
  } catch (e) {
    if (t2.path && (statusOf(e) === 404 || statusOf(e) === 400)) {
      const dir = t2.path.includes("/") ? t2.path.slice(0, t2.path.lastIndexOf("/")) : void 0;
      try {
        for await (const x of listFiles({ repo: name2, revision: sha, path: dir, hubUrl: opts.endpoint, fetch: f })) {
          if (x.type === "file" && x.path === t2.path) files.push({ path: x.path, size: x.lfs?.size ?? x.size, ...x.lfs?.oid ? { sha256: x.lfs.oid } : {} });
        }
      } catch (e2) {
        throw explain(t2, e2, opts.token !== void 0);
      }
      if (files.length === 0) throw new RemoteError(`${name2}@${sha} has no file or folder "${t2.path}".`, 404);
    } else {
      throw explain(t2, e, opts.token !== void 0);
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { target: t2, name: name2, sha, files, truncated };
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
  const { res, url: at2 } = await fetchFollowing(url, {
    headers: { "user-agent": "adapter-guard" },
    ...opts.token ? { authHeaders: { authorization: `Bearer ${opts.token}` } } : {},
    ...opts.fetch ? { fetch: opts.fetch } : {},
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)
  });
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new HttpError(res.status, at2.host);
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
import { readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve5 } from "node:path";

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
  readAsync(buf, at2, n, position) {
    return new Promise((res, rej) => readCb(this.fd, buf, at2, n, position, (err, got) => err ? rej(err) : res(got)));
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
    const at2 = start - (this.starts[lo] ?? 0);
    if (first && at2 + (end - start) <= first.length) return first.subarray(at2, at2 + (end - start));
    const out = new Uint8Array(end - start);
    let o = 0;
    for (let i = lo; o < out.length && i < this.chunks.length; i++) {
      const c = this.chunks[i];
      const from = i === lo ? at2 : 0;
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
  if (options.keys === false) {
    const fast = nativeWhenEquivalent(text);
    if (fast !== void 0) return { value: fast.value, duplicates: [], keys: /* @__PURE__ */ new Map() };
  }
  const duplicates = [];
  const keys = /* @__PURE__ */ new Map();
  const wantKeys = options.keys !== false;
  const hasOwn = Object.prototype.hasOwnProperty;
  const lineStarts2 = [0];
  for (let i2 = 0; i2 < text.length; i2++) if (text.charCodeAt(i2) === 10) lineStarts2.push(i2 + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStarts2.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts2[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
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
      const col = Math.min(e.pos, text.length) - lineStarts2[line - 1] + 1;
      return { error: `${e.message} at line ${line} column ${col}`, errorLine: line, duplicates, keys };
    }
    throw e;
  }
}
function isJsonObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat);
}
function nativeWhenEquivalent(text) {
  let keyTokens = 0;
  let depth = 0;
  let inString = false;
  let lastStringEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) {
        inString = false;
        lastStringEnd = i;
      }
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 58) {
      if (lastStringEnd >= 0) keyTokens++;
    } else if (c === 123 || c === 91) {
      if (++depth >= MAX_JSON_DEPTH) return void 0;
    } else if (c === 125 || c === 93) depth--;
    else if (c === 46 || c === 101 || c === 69) return void 0;
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
function dtypeInfo(name2) {
  return BY_NAME.get(name2);
}
function isNewDtype(name2) {
  const d = BY_NAME.get(name2);
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
  byteAt(at2) {
    const i = at2 - this.winStart;
    if (i >= 0 && i < this.winLen) return this.win[i];
    return this.slice(at2, at2 + 1)[0] ?? -1;
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
  const at2 = cols.nameAt[i];
  let end = at2;
  for (let c = r.byteAt(end); c !== 34 && c >= 0; c = r.byteAt(end)) end += c === 92 ? 2 : 1;
  const text = textOf(r, { rawAt: at2, rawLen: end - at2, escaped: false, hash: 0 });
  return text.includes("\\") ? JSON.parse(`"${text}"`) : text;
}
async function readDenseHeader(src, headerLength, size) {
  let fill;
  if (src instanceof FileSource) {
    fill = (t2, at2) => src.readIntoSync(t2.subarray(0, Math.max(0, Math.min(t2.length, headerLength - at2))), 8 + at2);
  } else {
    const all = await src.read(8, headerLength);
    fill = (t2, at2) => {
      const part = all.subarray(at2, Math.min(all.length, at2 + t2.length));
      t2.set(part);
      return t2.subarray(0, part.length);
    };
  }
  {
    const buf = new Uint8Array(WINDOW);
    for (let at2 = 0; at2 < headerLength; ) {
      const got = fill(buf, at2);
      let cut = got.length;
      if (at2 + cut < headerLength) {
        while (cut > 0 && cut > got.length - 4 && (got[cut - 1] & 192) === 128) cut--;
        if (cut > 0 && got[cut - 1] >= 192) cut--;
      }
      if (cut === 0 || !isUtf8(got.subarray(0, cut))) return fail("InvalidHeader", "invalid UTF-8 in header: the header bytes are not valid UTF-8");
      at2 += cut;
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
        const meta2 = {};
        metadata = meta2;
        let kept = 0;
        forEachMember(r, () => {
          const k = { ...readString(r) };
          r.expect(58, "`:`");
          r.ws();
          if (r.peek() !== 34) throw new HeaderFail("InvalidHeaderDeserialization", `invalid JSON in header: \`__metadata__\` value for "${textOf(r, k)}" must be a string`);
          const v = readString(r);
          if (kept++ < MAX_METADATA_ENTRIES) meta2[textOf(r, k)] = textOf(r, v);
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
      const name2 = nameOf(r, cols, i);
      const why = end < begin ? `its data_offsets end (${end}) is before its begin (${begin})` : start === 0n && begin > 0n ? `the first tensor must start at offset 0 but it starts at ${begin}` : begin > start ? `it starts at ${begin} but the previous tensor ended at ${start}: ${begin - start} bytes in between are not indexed by any tensor (a hole)` : `it starts at ${begin}, inside the previous tensor which ends at ${start} (an overlap)`;
      return fail("InvalidOffset", `invalid offset for tensor \`${name2}\`: ${why}`, name2);
    }
    const st = cols.status[i];
    if (st !== OK) {
      const name2 = nameOf(r, cols, i);
      const dt = DTYPES[cols.dtype[i]];
      if (st === OVERFLOW) return fail("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${name2}\``, name2);
      if (st === MISALIGNED) return fail("MisalignedSlice", `tensor \`${name2}\` of a ${dt.bits}-bit dtype holds a number of bits that does not end on a byte boundary (MisalignedSlice)`, name2);
      return fail("TensorInvalidInfo", `invalid shape, data type, or offset for tensor \`${name2}\`: its ${dt.name} shape does not need the ${end - begin} bytes its data_offsets [${begin}, ${end}] span`, name2);
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
  const name2 = nameOf(r, cols, i);
  throw new HeaderFail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}": ${what} ${r.where()}`, name2);
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
        message: `The header lists ${h.tensorCount.toLocaleString("en-US")} tensors, more than the ${MAX_LISTED_TENSORS.toLocaleString("en-US")} the scan checks one by one (an adapter has hundreds to a few thousand). Every tensor's dtype, shape and offsets were validated as the safetensors crate does; the per-tensor adapter checks were not run.`
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
  for (const t2 of h.tensors) {
    if (isNewDtype(t2.dtype)) {
      const list = newer.get(t2.dtype) ?? [];
      list.push(t2.name);
      newer.set(t2.dtype, list);
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
function couldBeWeights(name2) {
  return worthOpening(name2) || /(weight|model|ckpt|checkpoint|adapter|lora|\.pkl|\.pt|\.pth|\.bin|\.safetensors|\.gguf|\.onnx|\.h5)/i.test(name2);
}
function lfsPointerFindings(path2, name2, p) {
  return couldBeWeights(name2) ? [lfsPointerFinding(path2, p)] : [];
}
function lfsPointerFinding(path2, p) {
  const what = p.size !== void 0 ? ` The real file is ${p.size.toLocaleString("en-US")} bytes (oid ${p.oid ?? "unknown"}).` : "";
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
async function readSafetensors(src) {
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
    const name2 = topDuplicates[0].path;
    return fail2(
      "DuplicateTensorName",
      `invalid JSON in header: the tensor name "${name2}" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors`,
      name2
    );
  }
  let metadata;
  const tensors = [];
  const bounds = [];
  for (const [name2, value] of Object.entries(root)) {
    if (name2 === "__metadata__") {
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
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" must be an object with dtype, shape and data_offsets, found ${describe(value)}`, name2);
    }
    const dtype = value.dtype;
    if (typeof dtype !== "string") {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" has dtype ${describe(dtype)}, expected a dtype name`, name2);
    }
    const info = dtypeInfo(dtype);
    if (!info) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" has unknown dtype "${dtype}" (unknown variant)`, name2);
    }
    const shapeV = value.shape;
    if (!Array.isArray(shapeV)) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" has shape ${describe(shapeV)}, expected a list of non-negative integers`, name2);
    }
    const shape = [];
    for (const d of shapeV) {
      const u = asUsize(d);
      if (u === void 0) {
        return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" has a shape dimension ${describe(d)}, expected a non-negative integer`, name2);
      }
      shape.push(u);
    }
    const offV = value.data_offsets;
    if (!Array.isArray(offV) || offV.length !== 2) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" has data_offsets ${Array.isArray(offV) ? `with ${offV.length} entries` : describe(offV)}, expected exactly two integers [begin, end]`, name2);
    }
    const begin = asUsize(offV[0]);
    const end = asUsize(offV[1]);
    if (begin === void 0 || end === void 0) {
      return fail2("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name2}" has data_offsets [${describe(offV[0])}, ${describe(offV[1])}], expected non-negative integers`, name2);
    }
    let nelem = 1n;
    let overflow = false;
    for (const d of shape) {
      nelem *= d;
      if (nelem > USIZE_MAX) overflow = true;
    }
    bounds.push({ name: name2, begin, end, nelem: overflow ? -1n : nelem, bits: info.bits, shape });
    tensors.push({
      name: name2,
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
    const t2 = bounds[i];
    if (t2.begin !== start || t2.end < t2.begin) {
      const why = t2.end < t2.begin ? `its data_offsets end (${t2.end}) is before its begin (${t2.begin})` : start === 0n && t2.begin > 0n ? `the first tensor must start at offset 0 but it starts at ${t2.begin}` : t2.begin > start ? `it starts at ${t2.begin} but the previous tensor ended at ${start}: ${t2.begin - start} bytes in between are not indexed by any tensor (a hole)` : `it starts at ${t2.begin}, inside the previous tensor which ends at ${start} (an overlap)`;
      return fail2("InvalidOffset", `invalid offset for tensor \`${t2.name}\`: ${why}`, t2.name);
    }
    if (t2.nelem < 0n) {
      return fail2("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${t2.name}\` has shape [${t2.shape.join(", ")}]`, t2.name);
    }
    const nbits = t2.nelem * BigInt(t2.bits);
    if (nbits > USIZE_MAX) {
      return fail2("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${t2.name}\` has shape [${t2.shape.join(", ")}]`, t2.name);
    }
    if (nbits % 8n !== 0n) {
      return fail2("MisalignedSlice", `tensor \`${t2.name}\` of a ${t2.bits}-bit dtype with shape [${t2.shape.join(", ")}] holds ${nbits} bits, which does not end on a byte boundary (MisalignedSlice)`, t2.name);
    }
    if (t2.end - t2.begin !== nbits / 8n) {
      return fail2("TensorInvalidInfo", `invalid shape, data type, or offset for tensor \`${t2.name}\`: shape [${t2.shape.join(", ")}] needs ${nbits / 8n} bytes but data_offsets [${t2.begin}, ${t2.end}] span ${t2.end - t2.begin}`, t2.name);
    }
    start = t2.end;
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

// src/formats/sevenzip.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// node_modules/7z-wasm/7zz.es6.js
var zz_es6_exports = {};
__export(zz_es6_exports, {
  default: () => zz_es6_default
});
var SevenZip = /* @__PURE__ */ (() => {
  return (async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire: createRequire2 } = await import("module");
      var require2 = createRequire2(import.meta.url);
    }
    Module.noInitialRun = true;
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = (status, toThrow) => {
      throw toThrow;
    };
    var _scriptName = import.meta.url;
    var scriptDirectory = "";
    function locateFile(path2) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path2, scriptDirectory);
      }
      return scriptDirectory + path2;
    }
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require2("fs");
      if (_scriptName.startsWith("file:")) {
        scriptDirectory = require2("path").dirname(require2("url").fileURLToPath(_scriptName)) + "/";
      }
      readBinary = (filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      };
      readAsync = async (filename, binary = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
        return ret;
      };
      if (process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = (status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      };
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      try {
        scriptDirectory = new URL(".", _scriptName).href;
      } catch {
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = (url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(xhr.response);
          };
        }
        readAsync = async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve6, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve6(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, { credentials: "same-origin" });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        };
      }
    } else {
    }
    var out = console.log.bind(console);
    var err = console.error.bind(console);
    var wasmBinary;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    var isFileURI = (filename) => filename.startsWith("file://");
    var readyPromiseResolve, readyPromiseReject;
    var wasmMemory;
    var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
    var HEAP64, HEAPU64;
    var runtimeInitialized = false;
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      HEAP8 = new Int8Array(b);
      HEAP16 = new Int16Array(b);
      HEAPU8 = new Uint8Array(b);
      HEAPU16 = new Uint16Array(b);
      HEAP32 = new Int32Array(b);
      HEAPU32 = new Uint32Array(b);
      HEAPF32 = new Float32Array(b);
      HEAPF64 = new Float64Array(b);
      HEAP64 = new BigInt64Array(b);
      HEAPU64 = new BigUint64Array(b);
    }
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    function initRuntime() {
      runtimeInitialized = true;
      if (!Module["noFSInit"] && !FS.initialized) FS.init();
      TTY.init();
      wasmExports["__wasm_call_ctors"]();
      FS.ignorePermissions = false;
    }
    function preMain() {
    }
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function addRunDependency(id2) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    function removeRunDependency(id2) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject?.(e);
      throw e;
    }
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("7zz.wasm");
      }
      return new URL("7zz.wasm", import.meta.url).href;
    }
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary = await getWasmBinary(binaryFile);
        var instance = await WebAssembly.instantiate(binary, imports);
        return instance;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    async function instantiateAsync(binary, binaryFile, imports) {
      if (!binary && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, { credentials: "same-origin" });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    function getWasmImports() {
      return { env: wasmImports, wasi_snapshot_preview1: wasmImports };
    }
    async function createWasm() {
      function receiveInstance(instance, module) {
        wasmExports = instance.exports;
        wasmMemory = wasmExports["memory"];
        updateMemoryViews();
        assignWasmExports(wasmExports);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"]);
      }
      var info = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve6, reject) => {
          Module["instantiateWasm"](info, (mod, inst) => {
            resolve6(receiveInstance(mod, inst));
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
      var exports = receiveInstantiationResult(result);
      return exports;
    }
    class ExitStatus {
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var callRuntimeCallbacks = (callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    };
    var onPostRuns = [];
    var addOnPostRun = (cb) => onPostRuns.push(cb);
    var onPreRuns = [];
    var addOnPreRun = (cb) => onPreRuns.push(cb);
    var noExitRuntime = true;
    class ExceptionInfo {
      constructor(excPtr) {
        this.excPtr = excPtr;
        this.ptr = excPtr - 24;
      }
      set_type(type) {
        HEAPU32[this.ptr + 4 >> 2] = type;
      }
      get_type() {
        return HEAPU32[this.ptr + 4 >> 2];
      }
      set_destructor(destructor) {
        HEAPU32[this.ptr + 8 >> 2] = destructor;
      }
      get_destructor() {
        return HEAPU32[this.ptr + 8 >> 2];
      }
      set_caught(caught) {
        caught = caught ? 1 : 0;
        HEAP8[this.ptr + 12] = caught;
      }
      get_caught() {
        return HEAP8[this.ptr + 12] != 0;
      }
      set_rethrown(rethrown) {
        rethrown = rethrown ? 1 : 0;
        HEAP8[this.ptr + 13] = rethrown;
      }
      get_rethrown() {
        return HEAP8[this.ptr + 13] != 0;
      }
      init(type, destructor) {
        this.set_adjusted_ptr(0);
        this.set_type(type);
        this.set_destructor(destructor);
      }
      set_adjusted_ptr(adjustedPtr) {
        HEAPU32[this.ptr + 16 >> 2] = adjustedPtr;
      }
      get_adjusted_ptr() {
        return HEAPU32[this.ptr + 16 >> 2];
      }
    }
    var exceptionLast = 0;
    var uncaughtExceptionCount = 0;
    var ___cxa_throw = (ptr, type, destructor) => {
      var info = new ExceptionInfo(ptr);
      info.init(type, destructor);
      exceptionLast = ptr;
      uncaughtExceptionCount++;
      throw exceptionLast;
    };
    var PATH = { isAbs: (path2) => path2.charAt(0) === "/", splitPath: (filename) => {
      var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
      return splitPathRe.exec(filename).slice(1);
    }, normalizeArray: (parts, allowAboveRoot) => {
      var up = 0;
      for (var i = parts.length - 1; i >= 0; i--) {
        var last = parts[i];
        if (last === ".") {
          parts.splice(i, 1);
        } else if (last === "..") {
          parts.splice(i, 1);
          up++;
        } else if (up) {
          parts.splice(i, 1);
          up--;
        }
      }
      if (allowAboveRoot) {
        for (; up; up--) {
          parts.unshift("..");
        }
      }
      return parts;
    }, normalize: (path2) => {
      var isAbsolute2 = PATH.isAbs(path2), trailingSlash = path2.slice(-1) === "/";
      path2 = PATH.normalizeArray(path2.split("/").filter((p) => !!p), !isAbsolute2).join("/");
      if (!path2 && !isAbsolute2) {
        path2 = ".";
      }
      if (path2 && trailingSlash) {
        path2 += "/";
      }
      return (isAbsolute2 ? "/" : "") + path2;
    }, dirname: (path2) => {
      var result = PATH.splitPath(path2), root = result[0], dir = result[1];
      if (!root && !dir) {
        return ".";
      }
      if (dir) {
        dir = dir.slice(0, -1);
      }
      return root + dir;
    }, basename: (path2) => path2 && path2.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
    var initRandomFill = () => {
      if (ENVIRONMENT_IS_NODE) {
        var nodeCrypto = require2("crypto");
        return (view) => nodeCrypto.randomFillSync(view);
      }
      return (view) => crypto.getRandomValues(view);
    };
    var randomFill = (view) => {
      (randomFill = initRandomFill())(view);
    };
    var PATH_FS = { resolve: (...args) => {
      var resolvedPath = "", resolvedAbsolute = false;
      for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
        var path2 = i >= 0 ? args[i] : FS.cwd();
        if (typeof path2 != "string") {
          throw new TypeError("Arguments to path.resolve must be strings");
        } else if (!path2) {
          return "";
        }
        resolvedPath = path2 + "/" + resolvedPath;
        resolvedAbsolute = PATH.isAbs(path2);
      }
      resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
      return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
    }, relative: (from, to) => {
      from = PATH_FS.resolve(from).slice(1);
      to = PATH_FS.resolve(to).slice(1);
      function trim(arr) {
        var start = 0;
        for (; start < arr.length; start++) {
          if (arr[start] !== "") break;
        }
        var end = arr.length - 1;
        for (; end >= 0; end--) {
          if (arr[end] !== "") break;
        }
        if (start > end) return [];
        return arr.slice(start, end - start + 1);
      }
      var fromParts = trim(from.split("/"));
      var toParts = trim(to.split("/"));
      var length = Math.min(fromParts.length, toParts.length);
      var samePartsLength = length;
      for (var i = 0; i < length; i++) {
        if (fromParts[i] !== toParts[i]) {
          samePartsLength = i;
          break;
        }
      }
      var outputParts = [];
      for (var i = samePartsLength; i < fromParts.length; i++) {
        outputParts.push("..");
      }
      outputParts = outputParts.concat(toParts.slice(samePartsLength));
      return outputParts.join("/");
    } };
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    };
    var FS_stdin_getChar_buffer = [];
    var lengthBytesUTF8 = (str) => {
      var len = 0;
      for (var i = 0; i < str.length; ++i) {
        var c = str.charCodeAt(i);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i;
        } else {
          len += 3;
        }
      }
      return len;
    };
    var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i = 0; i < str.length; ++i) {
        var u = str.codePointAt(i);
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
          i++;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    };
    var intArrayFromString = (stringy, dontAddNull, length) => {
      var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
      var u8array = new Array(len);
      var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
      if (dontAddNull) u8array.length = numBytesWritten;
      return u8array;
    };
    var FS_stdin_getChar = () => {
      if (!FS_stdin_getChar_buffer.length) {
        var result = null;
        if (ENVIRONMENT_IS_NODE) {
          var BUFSIZE = 256;
          var buf = Buffer.alloc(BUFSIZE);
          var bytesRead = 0;
          var fd = process.stdin.fd;
          try {
            bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
          } catch (e) {
            if (e.toString().includes("EOF")) bytesRead = 0;
            else throw e;
          }
          if (bytesRead > 0) {
            result = buf.slice(0, bytesRead).toString("utf-8");
          }
        } else if (typeof window != "undefined" && typeof window.prompt == "function") {
          result = window.prompt("Input: ");
          if (result !== null) {
            result += "\n";
          }
        } else {
        }
        if (!result) {
          return null;
        }
        FS_stdin_getChar_buffer = intArrayFromString(result, true);
      }
      return FS_stdin_getChar_buffer.shift();
    };
    var TTY = { ttys: [], init() {
    }, shutdown() {
    }, register(dev, ops) {
      TTY.ttys[dev] = { input: [], output: [], ops };
      FS.registerDevice(dev, TTY.stream_ops);
    }, stream_ops: { open(stream) {
      var tty = TTY.ttys[stream.node.rdev];
      if (!tty) {
        throw new FS.ErrnoError(43);
      }
      stream.tty = tty;
      stream.seekable = false;
    }, close(stream) {
      stream.tty.ops.fsync(stream.tty);
    }, fsync(stream) {
      stream.tty.ops.fsync(stream.tty);
    }, read(stream, buffer, offset, length, pos) {
      if (!stream.tty || !stream.tty.ops.get_char) {
        throw new FS.ErrnoError(60);
      }
      var bytesRead = 0;
      for (var i = 0; i < length; i++) {
        var result;
        try {
          result = stream.tty.ops.get_char(stream.tty);
        } catch (e) {
          throw new FS.ErrnoError(29);
        }
        if (result === void 0 && bytesRead === 0) {
          throw new FS.ErrnoError(6);
        }
        if (result === null || result === void 0) break;
        bytesRead++;
        buffer[offset + i] = result;
      }
      if (bytesRead) {
        stream.node.atime = Date.now();
      }
      return bytesRead;
    }, write(stream, buffer, offset, length, pos) {
      if (!stream.tty || !stream.tty.ops.put_char) {
        throw new FS.ErrnoError(60);
      }
      try {
        for (var i = 0; i < length; i++) {
          stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
        }
      } catch (e) {
        throw new FS.ErrnoError(29);
      }
      if (length) {
        stream.node.mtime = stream.node.ctime = Date.now();
      }
      return i;
    } }, default_tty_ops: { get_char(tty) {
      return FS_stdin_getChar();
    }, put_char(tty, val) {
      if (val === null || val === 10) {
        out(UTF8ArrayToString(tty.output));
        tty.output = [];
      } else {
        if (val != 0) tty.output.push(val);
      }
    }, fsync(tty) {
      if (tty.output?.length > 0) {
        out(UTF8ArrayToString(tty.output));
        tty.output = [];
      }
    }, ioctl_tcgets(tty) {
      return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    }, ioctl_tcsets(tty, optional_actions, data) {
      return 0;
    }, ioctl_tiocgwinsz(tty) {
      return [24, 80];
    } }, default_tty1_ops: { put_char(tty, val) {
      if (val === null || val === 10) {
        err(UTF8ArrayToString(tty.output));
        tty.output = [];
      } else {
        if (val != 0) tty.output.push(val);
      }
    }, fsync(tty) {
      if (tty.output?.length > 0) {
        err(UTF8ArrayToString(tty.output));
        tty.output = [];
      }
    } } };
    var mmapAlloc = (size) => {
      abort();
    };
    var MEMFS = { ops_table: null, mount(mount) {
      return MEMFS.createNode(null, "/", 16895, 0);
    }, createNode(parent, name2, mode, dev) {
      if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
        throw new FS.ErrnoError(63);
      }
      MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
      var node = FS.createNode(parent, name2, mode, dev);
      if (FS.isDir(node.mode)) {
        node.node_ops = MEMFS.ops_table.dir.node;
        node.stream_ops = MEMFS.ops_table.dir.stream;
        node.contents = {};
      } else if (FS.isFile(node.mode)) {
        node.node_ops = MEMFS.ops_table.file.node;
        node.stream_ops = MEMFS.ops_table.file.stream;
        node.usedBytes = 0;
        node.contents = null;
      } else if (FS.isLink(node.mode)) {
        node.node_ops = MEMFS.ops_table.link.node;
        node.stream_ops = MEMFS.ops_table.link.stream;
      } else if (FS.isChrdev(node.mode)) {
        node.node_ops = MEMFS.ops_table.chrdev.node;
        node.stream_ops = MEMFS.ops_table.chrdev.stream;
      }
      node.atime = node.mtime = node.ctime = Date.now();
      if (parent) {
        parent.contents[name2] = node;
        parent.atime = parent.mtime = parent.ctime = node.atime;
      }
      return node;
    }, getFileDataAsTypedArray(node) {
      if (!node.contents) return new Uint8Array(0);
      if (node.contents.subarray) return node.contents.subarray(0, node.usedBytes);
      return new Uint8Array(node.contents);
    }, expandFileStorage(node, newCapacity) {
      var prevCapacity = node.contents ? node.contents.length : 0;
      if (prevCapacity >= newCapacity) return;
      var CAPACITY_DOUBLING_MAX = 1024 * 1024;
      newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
      if (prevCapacity != 0) newCapacity = Math.max(newCapacity, 256);
      var oldContents = node.contents;
      node.contents = new Uint8Array(newCapacity);
      if (node.usedBytes > 0) node.contents.set(oldContents.subarray(0, node.usedBytes), 0);
    }, resizeFileStorage(node, newSize) {
      if (node.usedBytes == newSize) return;
      if (newSize == 0) {
        node.contents = null;
        node.usedBytes = 0;
      } else {
        var oldContents = node.contents;
        node.contents = new Uint8Array(newSize);
        if (oldContents) {
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
        }
        node.usedBytes = newSize;
      }
    }, node_ops: { getattr(node) {
      var attr = {};
      attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
      attr.ino = node.id;
      attr.mode = node.mode;
      attr.nlink = 1;
      attr.uid = 0;
      attr.gid = 0;
      attr.rdev = node.rdev;
      if (FS.isDir(node.mode)) {
        attr.size = 4096;
      } else if (FS.isFile(node.mode)) {
        attr.size = node.usedBytes;
      } else if (FS.isLink(node.mode)) {
        attr.size = node.link.length;
      } else {
        attr.size = 0;
      }
      attr.atime = new Date(node.atime);
      attr.mtime = new Date(node.mtime);
      attr.ctime = new Date(node.ctime);
      attr.blksize = 4096;
      attr.blocks = Math.ceil(attr.size / attr.blksize);
      return attr;
    }, setattr(node, attr) {
      for (const key of ["mode", "atime", "mtime", "ctime"]) {
        if (attr[key] != null) {
          node[key] = attr[key];
        }
      }
      if (attr.size !== void 0) {
        MEMFS.resizeFileStorage(node, attr.size);
      }
    }, lookup(parent, name2) {
      throw MEMFS.doesNotExistError;
    }, mknod(parent, name2, mode, dev) {
      return MEMFS.createNode(parent, name2, mode, dev);
    }, rename(old_node, new_dir, new_name) {
      var new_node;
      try {
        new_node = FS.lookupNode(new_dir, new_name);
      } catch (e) {
      }
      if (new_node) {
        if (FS.isDir(old_node.mode)) {
          for (var i in new_node.contents) {
            throw new FS.ErrnoError(55);
          }
        }
        FS.hashRemoveNode(new_node);
      }
      delete old_node.parent.contents[old_node.name];
      new_dir.contents[new_name] = old_node;
      old_node.name = new_name;
      new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
    }, unlink(parent, name2) {
      delete parent.contents[name2];
      parent.ctime = parent.mtime = Date.now();
    }, rmdir(parent, name2) {
      var node = FS.lookupNode(parent, name2);
      for (var i in node.contents) {
        throw new FS.ErrnoError(55);
      }
      delete parent.contents[name2];
      parent.ctime = parent.mtime = Date.now();
    }, readdir(node) {
      return [".", "..", ...Object.keys(node.contents)];
    }, symlink(parent, newname, oldpath) {
      var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
      node.link = oldpath;
      return node;
    }, readlink(node) {
      if (!FS.isLink(node.mode)) {
        throw new FS.ErrnoError(28);
      }
      return node.link;
    } }, stream_ops: { read(stream, buffer, offset, length, position) {
      var contents = stream.node.contents;
      if (position >= stream.node.usedBytes) return 0;
      var size = Math.min(stream.node.usedBytes - position, length);
      if (size > 8 && contents.subarray) {
        buffer.set(contents.subarray(position, position + size), offset);
      } else {
        for (var i = 0; i < size; i++) buffer[offset + i] = contents[position + i];
      }
      return size;
    }, write(stream, buffer, offset, length, position, canOwn) {
      if (buffer.buffer === HEAP8.buffer) {
        canOwn = false;
      }
      if (!length) return 0;
      var node = stream.node;
      node.mtime = node.ctime = Date.now();
      if (buffer.subarray && (!node.contents || node.contents.subarray)) {
        if (canOwn) {
          node.contents = buffer.subarray(offset, offset + length);
          node.usedBytes = length;
          return length;
        } else if (node.usedBytes === 0 && position === 0) {
          node.contents = buffer.slice(offset, offset + length);
          node.usedBytes = length;
          return length;
        } else if (position + length <= node.usedBytes) {
          node.contents.set(buffer.subarray(offset, offset + length), position);
          return length;
        }
      }
      MEMFS.expandFileStorage(node, position + length);
      if (node.contents.subarray && buffer.subarray) {
        node.contents.set(buffer.subarray(offset, offset + length), position);
      } else {
        for (var i = 0; i < length; i++) {
          node.contents[position + i] = buffer[offset + i];
        }
      }
      node.usedBytes = Math.max(node.usedBytes, position + length);
      return length;
    }, llseek(stream, offset, whence) {
      var position = offset;
      if (whence === 1) {
        position += stream.position;
      } else if (whence === 2) {
        if (FS.isFile(stream.node.mode)) {
          position += stream.node.usedBytes;
        }
      }
      if (position < 0) {
        throw new FS.ErrnoError(28);
      }
      return position;
    }, mmap(stream, length, position, prot, flags) {
      if (!FS.isFile(stream.node.mode)) {
        throw new FS.ErrnoError(43);
      }
      var ptr;
      var allocated;
      var contents = stream.node.contents;
      if (!(flags & 2) && contents && contents.buffer === HEAP8.buffer) {
        allocated = false;
        ptr = contents.byteOffset;
      } else {
        allocated = true;
        ptr = mmapAlloc(length);
        if (!ptr) {
          throw new FS.ErrnoError(48);
        }
        if (contents) {
          if (position > 0 || position + length < contents.length) {
            if (contents.subarray) {
              contents = contents.subarray(position, position + length);
            } else {
              contents = Array.prototype.slice.call(contents, position, position + length);
            }
          }
          HEAP8.set(contents, ptr);
        }
      }
      return { ptr, allocated };
    }, msync(stream, buffer, offset, length, mmapFlags) {
      MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
      return 0;
    } } };
    var asyncLoad = async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    };
    var FS_createDataFile = (...args) => FS.createDataFile(...args);
    var getUniqueRunDependency = (id2) => id2;
    var preloadPlugins = [];
    var FS_handledByPreloadPlugin = (byteArray, fullname, finish, onerror) => {
      if (typeof Browser != "undefined") Browser.init();
      var handled = false;
      preloadPlugins.forEach((plugin) => {
        if (handled) return;
        if (plugin["canHandle"](fullname)) {
          plugin["handle"](byteArray, fullname, finish, onerror);
          handled = true;
        }
      });
      return handled;
    };
    var FS_createPreloadedFile = (parent, name2, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
      var fullname = name2 ? PATH_FS.resolve(PATH.join2(parent, name2)) : parent;
      var dep = getUniqueRunDependency(`cp ${fullname}`);
      function processData(byteArray) {
        function finish(byteArray2) {
          preFinish?.();
          if (!dontCreateFile) {
            FS_createDataFile(parent, name2, byteArray2, canRead, canWrite, canOwn);
          }
          onload?.();
          removeRunDependency(dep);
        }
        if (FS_handledByPreloadPlugin(byteArray, fullname, finish, () => {
          onerror?.();
          removeRunDependency(dep);
        })) {
          return;
        }
        finish(byteArray);
      }
      addRunDependency(dep);
      if (typeof url == "string") {
        asyncLoad(url).then(processData, onerror);
      } else {
        processData(url);
      }
    };
    var FS_modeStringToFlags = (str) => {
      var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
      var flags = flagModes[str];
      if (typeof flags == "undefined") {
        throw new Error(`Unknown file open mode: ${str}`);
      }
      return flags;
    };
    var FS_getMode = (canRead, canWrite) => {
      var mode = 0;
      if (canRead) mode |= 292 | 73;
      if (canWrite) mode |= 146;
      return mode;
    };
    var ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 };
    var NODEFS = { isWindows: false, staticInit() {
      NODEFS.isWindows = !!process.platform.match(/^win/);
      var flags = process.binding("constants")["fs"];
      NODEFS.flagsForNodeMap = { 1024: flags["O_APPEND"], 64: flags["O_CREAT"], 128: flags["O_EXCL"], 256: flags["O_NOCTTY"], 0: flags["O_RDONLY"], 2: flags["O_RDWR"], 4096: flags["O_SYNC"], 512: flags["O_TRUNC"], 1: flags["O_WRONLY"], 131072: flags["O_NOFOLLOW"] };
    }, convertNodeCode(e) {
      var code = e.code;
      return ERRNO_CODES[code];
    }, tryFSOperation(f) {
      try {
        return f();
      } catch (e) {
        if (!e.code) throw e;
        if (e.code === "UNKNOWN") throw new FS.ErrnoError(28);
        throw new FS.ErrnoError(NODEFS.convertNodeCode(e));
      }
    }, mount(mount) {
      return NODEFS.createNode(null, "/", NODEFS.getMode(mount.opts.root), 0);
    }, createNode(parent, name2, mode, dev) {
      if (!FS.isDir(mode) && !FS.isFile(mode) && !FS.isLink(mode)) {
        throw new FS.ErrnoError(28);
      }
      var node = FS.createNode(parent, name2, mode);
      node.node_ops = NODEFS.node_ops;
      node.stream_ops = NODEFS.stream_ops;
      return node;
    }, getMode(path2) {
      return NODEFS.tryFSOperation(() => {
        var mode = fs.lstatSync(path2).mode;
        if (NODEFS.isWindows) {
          mode |= (mode & 292) >> 2;
        }
        return mode;
      });
    }, realPath(node) {
      var parts = [];
      while (node.parent !== node) {
        parts.push(node.name);
        node = node.parent;
      }
      parts.push(node.mount.opts.root);
      parts.reverse();
      return PATH.join(...parts);
    }, flagsForNode(flags) {
      flags &= ~2097152;
      flags &= ~2048;
      flags &= ~32768;
      flags &= ~524288;
      flags &= ~65536;
      var newFlags = 0;
      for (var k in NODEFS.flagsForNodeMap) {
        if (flags & k) {
          newFlags |= NODEFS.flagsForNodeMap[k];
          flags ^= k;
        }
      }
      if (flags) {
        throw new FS.ErrnoError(28);
      }
      return newFlags;
    }, getattr(func, node) {
      var stat2 = NODEFS.tryFSOperation(func);
      if (NODEFS.isWindows) {
        if (!stat2.blksize) {
          stat2.blksize = 4096;
        }
        if (!stat2.blocks) {
          stat2.blocks = (stat2.size + stat2.blksize - 1) / stat2.blksize | 0;
        }
        stat2.mode |= (stat2.mode & 292) >> 2;
      }
      return { dev: stat2.dev, ino: node.id, mode: stat2.mode, nlink: stat2.nlink, uid: stat2.uid, gid: stat2.gid, rdev: stat2.rdev, size: stat2.size, atime: stat2.atime, mtime: stat2.mtime, ctime: stat2.ctime, blksize: stat2.blksize, blocks: stat2.blocks };
    }, setattr(arg, node, attr, chmod, utimes, truncate, stat2) {
      NODEFS.tryFSOperation(() => {
        if (attr.mode !== void 0) {
          var mode = attr.mode;
          if (NODEFS.isWindows) {
            mode &= 384;
          }
          chmod(arg, mode);
          node.mode = attr.mode;
        }
        if (typeof (attr.atime ?? attr.mtime) === "number") {
          var atime = new Date(attr.atime ?? stat2(arg).atime);
          var mtime = new Date(attr.mtime ?? stat2(arg).mtime);
          utimes(arg, atime, mtime);
        }
        if (attr.size !== void 0) {
          truncate(arg, attr.size);
        }
      });
    }, node_ops: { getattr(node) {
      var path2 = NODEFS.realPath(node);
      return NODEFS.getattr(() => fs.lstatSync(path2), node);
    }, setattr(node, attr) {
      var path2 = NODEFS.realPath(node);
      if (attr.mode != null && attr.dontFollow) {
        throw new FS.ErrnoError(52);
      }
      NODEFS.setattr(path2, node, attr, fs.chmodSync, fs.utimesSync, fs.truncateSync, fs.lstatSync);
    }, lookup(parent, name2) {
      var path2 = PATH.join2(NODEFS.realPath(parent), name2);
      var mode = NODEFS.getMode(path2);
      return NODEFS.createNode(parent, name2, mode);
    }, mknod(parent, name2, mode, dev) {
      var node = NODEFS.createNode(parent, name2, mode, dev);
      var path2 = NODEFS.realPath(node);
      NODEFS.tryFSOperation(() => {
        if (FS.isDir(node.mode)) {
          fs.mkdirSync(path2, node.mode);
        } else {
          fs.writeFileSync(path2, "", { mode: node.mode });
        }
      });
      return node;
    }, rename(oldNode, newDir, newName) {
      var oldPath = NODEFS.realPath(oldNode);
      var newPath = PATH.join2(NODEFS.realPath(newDir), newName);
      try {
        FS.unlink(newPath);
      } catch (e) {
      }
      NODEFS.tryFSOperation(() => fs.renameSync(oldPath, newPath));
      oldNode.name = newName;
    }, unlink(parent, name2) {
      var path2 = PATH.join2(NODEFS.realPath(parent), name2);
      NODEFS.tryFSOperation(() => fs.unlinkSync(path2));
    }, rmdir(parent, name2) {
      var path2 = PATH.join2(NODEFS.realPath(parent), name2);
      NODEFS.tryFSOperation(() => fs.rmdirSync(path2));
    }, readdir(node) {
      var path2 = NODEFS.realPath(node);
      return NODEFS.tryFSOperation(() => fs.readdirSync(path2));
    }, symlink(parent, newName, oldPath) {
      var newPath = PATH.join2(NODEFS.realPath(parent), newName);
      NODEFS.tryFSOperation(() => fs.symlinkSync(oldPath, newPath));
    }, readlink(node) {
      var path2 = NODEFS.realPath(node);
      return NODEFS.tryFSOperation(() => fs.readlinkSync(path2));
    }, statfs(path2) {
      var stats = NODEFS.tryFSOperation(() => fs.statfsSync(path2));
      stats.frsize = stats.bsize;
      return stats;
    } }, stream_ops: { getattr(stream) {
      return NODEFS.getattr(() => fs.fstatSync(stream.nfd), stream.node);
    }, setattr(stream, attr) {
      NODEFS.setattr(stream.nfd, stream.node, attr, fs.fchmodSync, fs.futimesSync, fs.ftruncateSync, fs.fstatSync);
    }, open(stream) {
      var path2 = NODEFS.realPath(stream.node);
      NODEFS.tryFSOperation(() => {
        stream.shared.refcount = 1;
        stream.nfd = fs.openSync(path2, NODEFS.flagsForNode(stream.flags));
      });
    }, close(stream) {
      NODEFS.tryFSOperation(() => {
        if (stream.nfd && --stream.shared.refcount === 0) {
          fs.closeSync(stream.nfd);
        }
      });
    }, dup(stream) {
      stream.shared.refcount++;
    }, read(stream, buffer, offset, length, position) {
      return NODEFS.tryFSOperation(() => fs.readSync(stream.nfd, new Int8Array(buffer.buffer, offset, length), 0, length, position));
    }, write(stream, buffer, offset, length, position) {
      return NODEFS.tryFSOperation(() => fs.writeSync(stream.nfd, new Int8Array(buffer.buffer, offset, length), 0, length, position));
    }, llseek(stream, offset, whence) {
      var position = offset;
      if (whence === 1) {
        position += stream.position;
      } else if (whence === 2) {
        if (FS.isFile(stream.node.mode)) {
          NODEFS.tryFSOperation(() => {
            var stat2 = fs.fstatSync(stream.nfd);
            position += stat2.size;
          });
        }
      }
      if (position < 0) {
        throw new FS.ErrnoError(28);
      }
      return position;
    }, mmap(stream, length, position, prot, flags) {
      if (!FS.isFile(stream.node.mode)) {
        throw new FS.ErrnoError(43);
      }
      var ptr = mmapAlloc(length);
      NODEFS.stream_ops.read(stream, HEAP8, ptr, length, position);
      return { ptr, allocated: true };
    }, msync(stream, buffer, offset, length, mmapFlags) {
      NODEFS.stream_ops.write(stream, buffer, 0, length, offset, false);
      return 0;
    } } };
    var WORKERFS = { DIR_MODE: 16895, FILE_MODE: 33279, reader: null, mount(mount) {
      assert(ENVIRONMENT_IS_WORKER);
      WORKERFS.reader ??= new FileReaderSync();
      var root = WORKERFS.createNode(null, "/", WORKERFS.DIR_MODE, 0);
      var createdParents = {};
      function ensureParent(path2) {
        var parts = path2.split("/");
        var parent = root;
        for (var i = 0; i < parts.length - 1; i++) {
          var curr = parts.slice(0, i + 1).join("/");
          createdParents[curr] ||= WORKERFS.createNode(parent, parts[i], WORKERFS.DIR_MODE, 0);
          parent = createdParents[curr];
        }
        return parent;
      }
      function base(path2) {
        var parts = path2.split("/");
        return parts[parts.length - 1];
      }
      Array.prototype.forEach.call(mount.opts["files"] || [], function(file) {
        WORKERFS.createNode(ensureParent(file.name), base(file.name), WORKERFS.FILE_MODE, 0, file, file.lastModifiedDate);
      });
      (mount.opts["blobs"] || []).forEach((obj) => {
        WORKERFS.createNode(ensureParent(obj["name"]), base(obj["name"]), WORKERFS.FILE_MODE, 0, obj["data"]);
      });
      (mount.opts["packages"] || []).forEach((pack) => {
        pack["metadata"].files.forEach((file) => {
          var name2 = file.filename.slice(1);
          WORKERFS.createNode(ensureParent(name2), base(name2), WORKERFS.FILE_MODE, 0, pack["blob"].slice(file.start, file.end));
        });
      });
      return root;
    }, createNode(parent, name2, mode, dev, contents, mtime) {
      var node = FS.createNode(parent, name2, mode);
      node.mode = mode;
      node.node_ops = WORKERFS.node_ops;
      node.stream_ops = WORKERFS.stream_ops;
      node.atime = node.mtime = node.ctime = (mtime || /* @__PURE__ */ new Date()).getTime();
      assert(WORKERFS.FILE_MODE !== WORKERFS.DIR_MODE);
      if (mode === WORKERFS.FILE_MODE) {
        node.size = contents.size;
        node.contents = contents;
      } else {
        node.size = 4096;
        node.contents = {};
      }
      if (parent) {
        parent.contents[name2] = node;
      }
      return node;
    }, node_ops: { getattr(node) {
      return { dev: 1, ino: node.id, mode: node.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: node.size, atime: new Date(node.atime), mtime: new Date(node.mtime), ctime: new Date(node.ctime), blksize: 4096, blocks: Math.ceil(node.size / 4096) };
    }, setattr(node, attr) {
      for (const key of ["mode", "atime", "mtime", "ctime"]) {
        if (attr[key] != null) {
          node[key] = attr[key];
        }
      }
    }, lookup(parent, name2) {
      throw new FS.ErrnoError(44);
    }, mknod(parent, name2, mode, dev) {
      throw new FS.ErrnoError(63);
    }, rename(oldNode, newDir, newName) {
      throw new FS.ErrnoError(63);
    }, unlink(parent, name2) {
      throw new FS.ErrnoError(63);
    }, rmdir(parent, name2) {
      throw new FS.ErrnoError(63);
    }, readdir(node) {
      var entries = [".", ".."];
      for (var key of Object.keys(node.contents)) {
        entries.push(key);
      }
      return entries;
    }, symlink(parent, newName, oldPath) {
      throw new FS.ErrnoError(63);
    } }, stream_ops: { read(stream, buffer, offset, length, position) {
      if (position >= stream.node.size) return 0;
      var chunk = stream.node.contents.slice(position, position + length);
      var ab = WORKERFS.reader.readAsArrayBuffer(chunk);
      buffer.set(new Uint8Array(ab), offset);
      return chunk.size;
    }, write(stream, buffer, offset, length, position) {
      throw new FS.ErrnoError(29);
    }, llseek(stream, offset, whence) {
      var position = offset;
      if (whence === 1) {
        position += stream.position;
      } else if (whence === 2) {
        if (FS.isFile(stream.node.mode)) {
          position += stream.node.size;
        }
      }
      if (position < 0) {
        throw new FS.ErrnoError(28);
      }
      return position;
    } } };
    var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, readFiles: {}, ErrnoError: class {
      name = "ErrnoError";
      constructor(errno) {
        this.errno = errno;
      }
    }, FSStream: class {
      shared = {};
      get object() {
        return this.node;
      }
      set object(val) {
        this.node = val;
      }
      get isRead() {
        return (this.flags & 2097155) !== 1;
      }
      get isWrite() {
        return (this.flags & 2097155) !== 0;
      }
      get isAppend() {
        return this.flags & 1024;
      }
      get flags() {
        return this.shared.flags;
      }
      set flags(val) {
        this.shared.flags = val;
      }
      get position() {
        return this.shared.position;
      }
      set position(val) {
        this.shared.position = val;
      }
    }, FSNode: class {
      node_ops = {};
      stream_ops = {};
      readMode = 292 | 73;
      writeMode = 146;
      mounted = null;
      constructor(parent, name2, mode, rdev) {
        if (!parent) {
          parent = this;
        }
        this.parent = parent;
        this.mount = parent.mount;
        this.id = FS.nextInode++;
        this.name = name2;
        this.mode = mode;
        this.rdev = rdev;
        this.atime = this.mtime = this.ctime = Date.now();
      }
      get read() {
        return (this.mode & this.readMode) === this.readMode;
      }
      set read(val) {
        val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
      }
      get write() {
        return (this.mode & this.writeMode) === this.writeMode;
      }
      set write(val) {
        val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
      }
      get isFolder() {
        return FS.isDir(this.mode);
      }
      get isDevice() {
        return FS.isChrdev(this.mode);
      }
    }, lookupPath(path2, opts = {}) {
      if (!path2) {
        throw new FS.ErrnoError(44);
      }
      opts.follow_mount ??= true;
      if (!PATH.isAbs(path2)) {
        path2 = FS.cwd() + "/" + path2;
      }
      linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
        var parts = path2.split("/").filter((p) => !!p);
        var current = FS.root;
        var current_path = "/";
        for (var i = 0; i < parts.length; i++) {
          var islast = i === parts.length - 1;
          if (islast && opts.parent) {
            break;
          }
          if (parts[i] === ".") {
            continue;
          }
          if (parts[i] === "..") {
            current_path = PATH.dirname(current_path);
            if (FS.isRoot(current)) {
              path2 = current_path + "/" + parts.slice(i + 1).join("/");
              continue linkloop;
            } else {
              current = current.parent;
            }
            continue;
          }
          current_path = PATH.join2(current_path, parts[i]);
          try {
            current = FS.lookupNode(current, parts[i]);
          } catch (e) {
            if (e?.errno === 44 && islast && opts.noent_okay) {
              return { path: current_path };
            }
            throw e;
          }
          if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
            current = current.mounted.root;
          }
          if (FS.isLink(current.mode) && (!islast || opts.follow)) {
            if (!current.node_ops.readlink) {
              throw new FS.ErrnoError(52);
            }
            var link = current.node_ops.readlink(current);
            if (!PATH.isAbs(link)) {
              link = PATH.dirname(current_path) + "/" + link;
            }
            path2 = link + "/" + parts.slice(i + 1).join("/");
            continue linkloop;
          }
        }
        return { path: current_path, node: current };
      }
      throw new FS.ErrnoError(32);
    }, getPath(node) {
      var path2;
      while (true) {
        if (FS.isRoot(node)) {
          var mount = node.mount.mountpoint;
          if (!path2) return mount;
          return mount[mount.length - 1] !== "/" ? `${mount}/${path2}` : mount + path2;
        }
        path2 = path2 ? `${node.name}/${path2}` : node.name;
        node = node.parent;
      }
    }, hashName(parentid, name2) {
      var hash2 = 0;
      for (var i = 0; i < name2.length; i++) {
        hash2 = (hash2 << 5) - hash2 + name2.charCodeAt(i) | 0;
      }
      return (parentid + hash2 >>> 0) % FS.nameTable.length;
    }, hashAddNode(node) {
      var hash2 = FS.hashName(node.parent.id, node.name);
      node.name_next = FS.nameTable[hash2];
      FS.nameTable[hash2] = node;
    }, hashRemoveNode(node) {
      var hash2 = FS.hashName(node.parent.id, node.name);
      if (FS.nameTable[hash2] === node) {
        FS.nameTable[hash2] = node.name_next;
      } else {
        var current = FS.nameTable[hash2];
        while (current) {
          if (current.name_next === node) {
            current.name_next = node.name_next;
            break;
          }
          current = current.name_next;
        }
      }
    }, lookupNode(parent, name2) {
      var errCode = FS.mayLookup(parent);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      var hash2 = FS.hashName(parent.id, name2);
      for (var node = FS.nameTable[hash2]; node; node = node.name_next) {
        var nodeName = node.name;
        if (node.parent.id === parent.id && nodeName === name2) {
          return node;
        }
      }
      return FS.lookup(parent, name2);
    }, createNode(parent, name2, mode, rdev) {
      var node = new FS.FSNode(parent, name2, mode, rdev);
      FS.hashAddNode(node);
      return node;
    }, destroyNode(node) {
      FS.hashRemoveNode(node);
    }, isRoot(node) {
      return node === node.parent;
    }, isMountpoint(node) {
      return !!node.mounted;
    }, isFile(mode) {
      return (mode & 61440) === 32768;
    }, isDir(mode) {
      return (mode & 61440) === 16384;
    }, isLink(mode) {
      return (mode & 61440) === 40960;
    }, isChrdev(mode) {
      return (mode & 61440) === 8192;
    }, isBlkdev(mode) {
      return (mode & 61440) === 24576;
    }, isFIFO(mode) {
      return (mode & 61440) === 4096;
    }, isSocket(mode) {
      return (mode & 49152) === 49152;
    }, flagsToPermissionString(flag) {
      var perms = ["r", "w", "rw"][flag & 3];
      if (flag & 512) {
        perms += "w";
      }
      return perms;
    }, nodePermissions(node, perms) {
      if (FS.ignorePermissions) {
        return 0;
      }
      if (perms.includes("r") && !(node.mode & 292)) {
        return 2;
      } else if (perms.includes("w") && !(node.mode & 146)) {
        return 2;
      } else if (perms.includes("x") && !(node.mode & 73)) {
        return 2;
      }
      return 0;
    }, mayLookup(dir) {
      if (!FS.isDir(dir.mode)) return 54;
      var errCode = FS.nodePermissions(dir, "x");
      if (errCode) return errCode;
      if (!dir.node_ops.lookup) return 2;
      return 0;
    }, mayCreate(dir, name2) {
      if (!FS.isDir(dir.mode)) {
        return 54;
      }
      try {
        var node = FS.lookupNode(dir, name2);
        return 20;
      } catch (e) {
      }
      return FS.nodePermissions(dir, "wx");
    }, mayDelete(dir, name2, isdir) {
      var node;
      try {
        node = FS.lookupNode(dir, name2);
      } catch (e) {
        return e.errno;
      }
      var errCode = FS.nodePermissions(dir, "wx");
      if (errCode) {
        return errCode;
      }
      if (isdir) {
        if (!FS.isDir(node.mode)) {
          return 54;
        }
        if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
          return 10;
        }
      } else {
        if (FS.isDir(node.mode)) {
          return 31;
        }
      }
      return 0;
    }, mayOpen(node, flags) {
      if (!node) {
        return 44;
      }
      if (FS.isLink(node.mode)) {
        return 32;
      } else if (FS.isDir(node.mode)) {
        if (FS.flagsToPermissionString(flags) !== "r" || flags & (512 | 64)) {
          return 31;
        }
      }
      return FS.nodePermissions(node, FS.flagsToPermissionString(flags));
    }, checkOpExists(op, err2) {
      if (!op) {
        throw new FS.ErrnoError(err2);
      }
      return op;
    }, MAX_OPEN_FDS: 4096, nextfd() {
      for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
        if (!FS.streams[fd]) {
          return fd;
        }
      }
      throw new FS.ErrnoError(33);
    }, getStreamChecked(fd) {
      var stream = FS.getStream(fd);
      if (!stream) {
        throw new FS.ErrnoError(8);
      }
      return stream;
    }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
      stream = Object.assign(new FS.FSStream(), stream);
      if (fd == -1) {
        fd = FS.nextfd();
      }
      stream.fd = fd;
      FS.streams[fd] = stream;
      return stream;
    }, closeStream(fd) {
      FS.streams[fd] = null;
    }, dupStream(origStream, fd = -1) {
      var stream = FS.createStream(origStream, fd);
      stream.stream_ops?.dup?.(stream);
      return stream;
    }, doSetAttr(stream, node, attr) {
      var setattr = stream?.stream_ops.setattr;
      var arg = setattr ? stream : node;
      setattr ??= node.node_ops.setattr;
      FS.checkOpExists(setattr, 63);
      setattr(arg, attr);
    }, chrdev_stream_ops: { open(stream) {
      var device = FS.getDevice(stream.node.rdev);
      stream.stream_ops = device.stream_ops;
      stream.stream_ops.open?.(stream);
    }, llseek() {
      throw new FS.ErrnoError(70);
    } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
      FS.devices[dev] = { stream_ops: ops };
    }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
      var mounts = [];
      var check = [mount];
      while (check.length) {
        var m = check.pop();
        mounts.push(m);
        check.push(...m.mounts);
      }
      return mounts;
    }, syncfs(populate, callback) {
      if (typeof populate == "function") {
        callback = populate;
        populate = false;
      }
      FS.syncFSRequests++;
      if (FS.syncFSRequests > 1) {
        err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
      }
      var mounts = FS.getMounts(FS.root.mount);
      var completed = 0;
      function doCallback(errCode) {
        FS.syncFSRequests--;
        return callback(errCode);
      }
      function done(errCode) {
        if (errCode) {
          if (!done.errored) {
            done.errored = true;
            return doCallback(errCode);
          }
          return;
        }
        if (++completed >= mounts.length) {
          doCallback(null);
        }
      }
      mounts.forEach((mount) => {
        if (!mount.type.syncfs) {
          return done(null);
        }
        mount.type.syncfs(mount, populate, done);
      });
    }, mount(type, opts, mountpoint) {
      var root = mountpoint === "/";
      var pseudo = !mountpoint;
      var node;
      if (root && FS.root) {
        throw new FS.ErrnoError(10);
      } else if (!root && !pseudo) {
        var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
        mountpoint = lookup.path;
        node = lookup.node;
        if (FS.isMountpoint(node)) {
          throw new FS.ErrnoError(10);
        }
        if (!FS.isDir(node.mode)) {
          throw new FS.ErrnoError(54);
        }
      }
      var mount = { type, opts, mountpoint, mounts: [] };
      var mountRoot = type.mount(mount);
      mountRoot.mount = mount;
      mount.root = mountRoot;
      if (root) {
        FS.root = mountRoot;
      } else if (node) {
        node.mounted = mount;
        if (node.mount) {
          node.mount.mounts.push(mount);
        }
      }
      return mountRoot;
    }, unmount(mountpoint) {
      var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
      if (!FS.isMountpoint(lookup.node)) {
        throw new FS.ErrnoError(28);
      }
      var node = lookup.node;
      var mount = node.mounted;
      var mounts = FS.getMounts(mount);
      Object.keys(FS.nameTable).forEach((hash2) => {
        var current = FS.nameTable[hash2];
        while (current) {
          var next = current.name_next;
          if (mounts.includes(current.mount)) {
            FS.destroyNode(current);
          }
          current = next;
        }
      });
      node.mounted = null;
      var idx = node.mount.mounts.indexOf(mount);
      node.mount.mounts.splice(idx, 1);
    }, lookup(parent, name2) {
      return parent.node_ops.lookup(parent, name2);
    }, mknod(path2, mode, dev) {
      var lookup = FS.lookupPath(path2, { parent: true });
      var parent = lookup.node;
      var name2 = PATH.basename(path2);
      if (!name2) {
        throw new FS.ErrnoError(28);
      }
      if (name2 === "." || name2 === "..") {
        throw new FS.ErrnoError(20);
      }
      var errCode = FS.mayCreate(parent, name2);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      if (!parent.node_ops.mknod) {
        throw new FS.ErrnoError(63);
      }
      return parent.node_ops.mknod(parent, name2, mode, dev);
    }, statfs(path2) {
      return FS.statfsNode(FS.lookupPath(path2, { follow: true }).node);
    }, statfsStream(stream) {
      return FS.statfsNode(stream.node);
    }, statfsNode(node) {
      var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
      if (node.node_ops.statfs) {
        Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
      }
      return rtn;
    }, create(path2, mode = 438) {
      mode &= 4095;
      mode |= 32768;
      return FS.mknod(path2, mode, 0);
    }, mkdir(path2, mode = 511) {
      mode &= 511 | 512;
      mode |= 16384;
      return FS.mknod(path2, mode, 0);
    }, mkdirTree(path2, mode) {
      var dirs = path2.split("/");
      var d = "";
      for (var dir of dirs) {
        if (!dir) continue;
        if (d || PATH.isAbs(path2)) d += "/";
        d += dir;
        try {
          FS.mkdir(d, mode);
        } catch (e) {
          if (e.errno != 20) throw e;
        }
      }
    }, mkdev(path2, mode, dev) {
      if (typeof dev == "undefined") {
        dev = mode;
        mode = 438;
      }
      mode |= 8192;
      return FS.mknod(path2, mode, dev);
    }, symlink(oldpath, newpath) {
      if (!PATH_FS.resolve(oldpath)) {
        throw new FS.ErrnoError(44);
      }
      var lookup = FS.lookupPath(newpath, { parent: true });
      var parent = lookup.node;
      if (!parent) {
        throw new FS.ErrnoError(44);
      }
      var newname = PATH.basename(newpath);
      var errCode = FS.mayCreate(parent, newname);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      if (!parent.node_ops.symlink) {
        throw new FS.ErrnoError(63);
      }
      return parent.node_ops.symlink(parent, newname, oldpath);
    }, rename(old_path, new_path) {
      var old_dirname = PATH.dirname(old_path);
      var new_dirname = PATH.dirname(new_path);
      var old_name = PATH.basename(old_path);
      var new_name = PATH.basename(new_path);
      var lookup, old_dir, new_dir;
      lookup = FS.lookupPath(old_path, { parent: true });
      old_dir = lookup.node;
      lookup = FS.lookupPath(new_path, { parent: true });
      new_dir = lookup.node;
      if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
      if (old_dir.mount !== new_dir.mount) {
        throw new FS.ErrnoError(75);
      }
      var old_node = FS.lookupNode(old_dir, old_name);
      var relative4 = PATH_FS.relative(old_path, new_dirname);
      if (relative4.charAt(0) !== ".") {
        throw new FS.ErrnoError(28);
      }
      relative4 = PATH_FS.relative(new_path, old_dirname);
      if (relative4.charAt(0) !== ".") {
        throw new FS.ErrnoError(55);
      }
      var new_node;
      try {
        new_node = FS.lookupNode(new_dir, new_name);
      } catch (e) {
      }
      if (old_node === new_node) {
        return;
      }
      var isdir = FS.isDir(old_node.mode);
      var errCode = FS.mayDelete(old_dir, old_name, isdir);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      if (!old_dir.node_ops.rename) {
        throw new FS.ErrnoError(63);
      }
      if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
        throw new FS.ErrnoError(10);
      }
      if (new_dir !== old_dir) {
        errCode = FS.nodePermissions(old_dir, "w");
        if (errCode) {
          throw new FS.ErrnoError(errCode);
        }
      }
      FS.hashRemoveNode(old_node);
      try {
        old_dir.node_ops.rename(old_node, new_dir, new_name);
        old_node.parent = new_dir;
      } catch (e) {
        throw e;
      } finally {
        FS.hashAddNode(old_node);
      }
    }, rmdir(path2) {
      var lookup = FS.lookupPath(path2, { parent: true });
      var parent = lookup.node;
      var name2 = PATH.basename(path2);
      var node = FS.lookupNode(parent, name2);
      var errCode = FS.mayDelete(parent, name2, true);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      if (!parent.node_ops.rmdir) {
        throw new FS.ErrnoError(63);
      }
      if (FS.isMountpoint(node)) {
        throw new FS.ErrnoError(10);
      }
      parent.node_ops.rmdir(parent, name2);
      FS.destroyNode(node);
    }, readdir(path2) {
      var lookup = FS.lookupPath(path2, { follow: true });
      var node = lookup.node;
      var readdir3 = FS.checkOpExists(node.node_ops.readdir, 54);
      return readdir3(node);
    }, unlink(path2) {
      var lookup = FS.lookupPath(path2, { parent: true });
      var parent = lookup.node;
      if (!parent) {
        throw new FS.ErrnoError(44);
      }
      var name2 = PATH.basename(path2);
      var node = FS.lookupNode(parent, name2);
      var errCode = FS.mayDelete(parent, name2, false);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      if (!parent.node_ops.unlink) {
        throw new FS.ErrnoError(63);
      }
      if (FS.isMountpoint(node)) {
        throw new FS.ErrnoError(10);
      }
      parent.node_ops.unlink(parent, name2);
      FS.destroyNode(node);
    }, readlink(path2) {
      var lookup = FS.lookupPath(path2);
      var link = lookup.node;
      if (!link) {
        throw new FS.ErrnoError(44);
      }
      if (!link.node_ops.readlink) {
        throw new FS.ErrnoError(28);
      }
      return link.node_ops.readlink(link);
    }, stat(path2, dontFollow) {
      var lookup = FS.lookupPath(path2, { follow: !dontFollow });
      var node = lookup.node;
      var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
      return getattr(node);
    }, fstat(fd) {
      var stream = FS.getStreamChecked(fd);
      var node = stream.node;
      var getattr = stream.stream_ops.getattr;
      var arg = getattr ? stream : node;
      getattr ??= node.node_ops.getattr;
      FS.checkOpExists(getattr, 63);
      return getattr(arg);
    }, lstat(path2) {
      return FS.stat(path2, true);
    }, doChmod(stream, node, mode, dontFollow) {
      FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
    }, chmod(path2, mode, dontFollow) {
      var node;
      if (typeof path2 == "string") {
        var lookup = FS.lookupPath(path2, { follow: !dontFollow });
        node = lookup.node;
      } else {
        node = path2;
      }
      FS.doChmod(null, node, mode, dontFollow);
    }, lchmod(path2, mode) {
      FS.chmod(path2, mode, true);
    }, fchmod(fd, mode) {
      var stream = FS.getStreamChecked(fd);
      FS.doChmod(stream, stream.node, mode, false);
    }, doChown(stream, node, dontFollow) {
      FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
    }, chown(path2, uid, gid, dontFollow) {
      var node;
      if (typeof path2 == "string") {
        var lookup = FS.lookupPath(path2, { follow: !dontFollow });
        node = lookup.node;
      } else {
        node = path2;
      }
      FS.doChown(null, node, dontFollow);
    }, lchown(path2, uid, gid) {
      FS.chown(path2, uid, gid, true);
    }, fchown(fd, uid, gid) {
      var stream = FS.getStreamChecked(fd);
      FS.doChown(stream, stream.node, false);
    }, doTruncate(stream, node, len) {
      if (FS.isDir(node.mode)) {
        throw new FS.ErrnoError(31);
      }
      if (!FS.isFile(node.mode)) {
        throw new FS.ErrnoError(28);
      }
      var errCode = FS.nodePermissions(node, "w");
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
    }, truncate(path2, len) {
      if (len < 0) {
        throw new FS.ErrnoError(28);
      }
      var node;
      if (typeof path2 == "string") {
        var lookup = FS.lookupPath(path2, { follow: true });
        node = lookup.node;
      } else {
        node = path2;
      }
      FS.doTruncate(null, node, len);
    }, ftruncate(fd, len) {
      var stream = FS.getStreamChecked(fd);
      if (len < 0 || (stream.flags & 2097155) === 0) {
        throw new FS.ErrnoError(28);
      }
      FS.doTruncate(stream, stream.node, len);
    }, utime(path2, atime, mtime) {
      var lookup = FS.lookupPath(path2, { follow: true });
      var node = lookup.node;
      var setattr = FS.checkOpExists(node.node_ops.setattr, 63);
      setattr(node, { atime, mtime });
    }, open(path2, flags, mode = 438) {
      if (path2 === "") {
        throw new FS.ErrnoError(44);
      }
      flags = typeof flags == "string" ? FS_modeStringToFlags(flags) : flags;
      if (flags & 64) {
        mode = mode & 4095 | 32768;
      } else {
        mode = 0;
      }
      var node;
      var isDirPath;
      if (typeof path2 == "object") {
        node = path2;
      } else {
        isDirPath = path2.endsWith("/");
        var lookup = FS.lookupPath(path2, { follow: !(flags & 131072), noent_okay: true });
        node = lookup.node;
        path2 = lookup.path;
      }
      var created = false;
      if (flags & 64) {
        if (node) {
          if (flags & 128) {
            throw new FS.ErrnoError(20);
          }
        } else if (isDirPath) {
          throw new FS.ErrnoError(31);
        } else {
          node = FS.mknod(path2, mode | 511, 0);
          created = true;
        }
      }
      if (!node) {
        throw new FS.ErrnoError(44);
      }
      if (FS.isChrdev(node.mode)) {
        flags &= ~512;
      }
      if (flags & 65536 && !FS.isDir(node.mode)) {
        throw new FS.ErrnoError(54);
      }
      if (!created) {
        var errCode = FS.mayOpen(node, flags);
        if (errCode) {
          throw new FS.ErrnoError(errCode);
        }
      }
      if (flags & 512 && !created) {
        FS.truncate(node, 0);
      }
      flags &= ~(128 | 512 | 131072);
      var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
      if (stream.stream_ops.open) {
        stream.stream_ops.open(stream);
      }
      if (created) {
        FS.chmod(node, mode & 511);
      }
      if (Module["logReadFiles"] && !(flags & 1)) {
        if (!(path2 in FS.readFiles)) {
          FS.readFiles[path2] = 1;
        }
      }
      return stream;
    }, close(stream) {
      if (FS.isClosed(stream)) {
        throw new FS.ErrnoError(8);
      }
      if (stream.getdents) stream.getdents = null;
      try {
        if (stream.stream_ops.close) {
          stream.stream_ops.close(stream);
        }
      } catch (e) {
        throw e;
      } finally {
        FS.closeStream(stream.fd);
      }
      stream.fd = null;
    }, isClosed(stream) {
      return stream.fd === null;
    }, llseek(stream, offset, whence) {
      if (FS.isClosed(stream)) {
        throw new FS.ErrnoError(8);
      }
      if (!stream.seekable || !stream.stream_ops.llseek) {
        throw new FS.ErrnoError(70);
      }
      if (whence != 0 && whence != 1 && whence != 2) {
        throw new FS.ErrnoError(28);
      }
      stream.position = stream.stream_ops.llseek(stream, offset, whence);
      stream.ungotten = [];
      return stream.position;
    }, read(stream, buffer, offset, length, position) {
      if (length < 0 || position < 0) {
        throw new FS.ErrnoError(28);
      }
      if (FS.isClosed(stream)) {
        throw new FS.ErrnoError(8);
      }
      if ((stream.flags & 2097155) === 1) {
        throw new FS.ErrnoError(8);
      }
      if (FS.isDir(stream.node.mode)) {
        throw new FS.ErrnoError(31);
      }
      if (!stream.stream_ops.read) {
        throw new FS.ErrnoError(28);
      }
      var seeking = typeof position != "undefined";
      if (!seeking) {
        position = stream.position;
      } else if (!stream.seekable) {
        throw new FS.ErrnoError(70);
      }
      var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
      if (!seeking) stream.position += bytesRead;
      return bytesRead;
    }, write(stream, buffer, offset, length, position, canOwn) {
      if (length < 0 || position < 0) {
        throw new FS.ErrnoError(28);
      }
      if (FS.isClosed(stream)) {
        throw new FS.ErrnoError(8);
      }
      if ((stream.flags & 2097155) === 0) {
        throw new FS.ErrnoError(8);
      }
      if (FS.isDir(stream.node.mode)) {
        throw new FS.ErrnoError(31);
      }
      if (!stream.stream_ops.write) {
        throw new FS.ErrnoError(28);
      }
      if (stream.seekable && stream.flags & 1024) {
        FS.llseek(stream, 0, 2);
      }
      var seeking = typeof position != "undefined";
      if (!seeking) {
        position = stream.position;
      } else if (!stream.seekable) {
        throw new FS.ErrnoError(70);
      }
      var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
      if (!seeking) stream.position += bytesWritten;
      return bytesWritten;
    }, mmap(stream, length, position, prot, flags) {
      if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
        throw new FS.ErrnoError(2);
      }
      if ((stream.flags & 2097155) === 1) {
        throw new FS.ErrnoError(2);
      }
      if (!stream.stream_ops.mmap) {
        throw new FS.ErrnoError(43);
      }
      if (!length) {
        throw new FS.ErrnoError(28);
      }
      return stream.stream_ops.mmap(stream, length, position, prot, flags);
    }, msync(stream, buffer, offset, length, mmapFlags) {
      if (!stream.stream_ops.msync) {
        return 0;
      }
      return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
    }, ioctl(stream, cmd, arg) {
      if (!stream.stream_ops.ioctl) {
        throw new FS.ErrnoError(59);
      }
      return stream.stream_ops.ioctl(stream, cmd, arg);
    }, readFile(path2, opts = {}) {
      opts.flags = opts.flags || 0;
      opts.encoding = opts.encoding || "binary";
      if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
        throw new Error(`Invalid encoding type "${opts.encoding}"`);
      }
      var stream = FS.open(path2, opts.flags);
      var stat2 = FS.stat(path2);
      var length = stat2.size;
      var buf = new Uint8Array(length);
      FS.read(stream, buf, 0, length, 0);
      if (opts.encoding === "utf8") {
        buf = UTF8ArrayToString(buf);
      }
      FS.close(stream);
      return buf;
    }, writeFile(path2, data, opts = {}) {
      opts.flags = opts.flags || 577;
      var stream = FS.open(path2, opts.flags, opts.mode);
      if (typeof data == "string") {
        data = new Uint8Array(intArrayFromString(data, true));
      }
      if (ArrayBuffer.isView(data)) {
        FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
      } else {
        throw new Error("Unsupported data type");
      }
      FS.close(stream);
    }, cwd: () => FS.currentPath, chdir(path2) {
      var lookup = FS.lookupPath(path2, { follow: true });
      if (lookup.node === null) {
        throw new FS.ErrnoError(44);
      }
      if (!FS.isDir(lookup.node.mode)) {
        throw new FS.ErrnoError(54);
      }
      var errCode = FS.nodePermissions(lookup.node, "x");
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
      FS.currentPath = lookup.path;
    }, createDefaultDirectories() {
      FS.mkdir("/tmp");
      FS.mkdir("/home");
      FS.mkdir("/home/web_user");
    }, createDefaultDevices() {
      FS.mkdir("/dev");
      FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
      FS.mkdev("/dev/null", FS.makedev(1, 3));
      TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
      TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
      FS.mkdev("/dev/tty", FS.makedev(5, 0));
      FS.mkdev("/dev/tty1", FS.makedev(6, 0));
      var randomBuffer = new Uint8Array(1024), randomLeft = 0;
      var randomByte = () => {
        if (randomLeft === 0) {
          randomFill(randomBuffer);
          randomLeft = randomBuffer.byteLength;
        }
        return randomBuffer[--randomLeft];
      };
      FS.createDevice("/dev", "random", randomByte);
      FS.createDevice("/dev", "urandom", randomByte);
      FS.mkdir("/dev/shm");
      FS.mkdir("/dev/shm/tmp");
    }, createSpecialDirectories() {
      FS.mkdir("/proc");
      var proc_self = FS.mkdir("/proc/self");
      FS.mkdir("/proc/self/fd");
      FS.mount({ mount() {
        var node = FS.createNode(proc_self, "fd", 16895, 73);
        node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
        node.node_ops = { lookup(parent, name2) {
          var fd = +name2;
          var stream = FS.getStreamChecked(fd);
          var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
          ret.parent = ret;
          return ret;
        }, readdir() {
          return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
        } };
        return node;
      } }, {}, "/proc/self/fd");
    }, createStandardStreams(input, output, error) {
      if (input) {
        FS.createDevice("/dev", "stdin", input);
      } else {
        FS.symlink("/dev/tty", "/dev/stdin");
      }
      if (output) {
        FS.createDevice("/dev", "stdout", null, output);
      } else {
        FS.symlink("/dev/tty", "/dev/stdout");
      }
      if (error) {
        FS.createDevice("/dev", "stderr", null, error);
      } else {
        FS.symlink("/dev/tty1", "/dev/stderr");
      }
      var stdin = FS.open("/dev/stdin", 0);
      var stdout = FS.open("/dev/stdout", 1);
      var stderr = FS.open("/dev/stderr", 1);
    }, staticInit() {
      FS.nameTable = new Array(4096);
      FS.mount(MEMFS, {}, "/");
      FS.createDefaultDirectories();
      FS.createDefaultDevices();
      FS.createSpecialDirectories();
      FS.filesystems = { MEMFS, NODEFS, WORKERFS };
    }, init(input, output, error) {
      FS.initialized = true;
      input ??= Module["stdin"];
      output ??= Module["stdout"];
      error ??= Module["stderr"];
      FS.createStandardStreams(input, output, error);
    }, quit() {
      FS.initialized = false;
      for (var stream of FS.streams) {
        if (stream) {
          FS.close(stream);
        }
      }
    }, findObject(path2, dontResolveLastLink) {
      var ret = FS.analyzePath(path2, dontResolveLastLink);
      if (!ret.exists) {
        return null;
      }
      return ret.object;
    }, analyzePath(path2, dontResolveLastLink) {
      try {
        var lookup = FS.lookupPath(path2, { follow: !dontResolveLastLink });
        path2 = lookup.path;
      } catch (e) {
      }
      var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
      try {
        var lookup = FS.lookupPath(path2, { parent: true });
        ret.parentExists = true;
        ret.parentPath = lookup.path;
        ret.parentObject = lookup.node;
        ret.name = PATH.basename(path2);
        lookup = FS.lookupPath(path2, { follow: !dontResolveLastLink });
        ret.exists = true;
        ret.path = lookup.path;
        ret.object = lookup.node;
        ret.name = lookup.node.name;
        ret.isRoot = lookup.path === "/";
      } catch (e) {
        ret.error = e.errno;
      }
      return ret;
    }, createPath(parent, path2, canRead, canWrite) {
      parent = typeof parent == "string" ? parent : FS.getPath(parent);
      var parts = path2.split("/").reverse();
      while (parts.length) {
        var part = parts.pop();
        if (!part) continue;
        var current = PATH.join2(parent, part);
        try {
          FS.mkdir(current);
        } catch (e) {
          if (e.errno != 20) throw e;
        }
        parent = current;
      }
      return current;
    }, createFile(parent, name2, properties, canRead, canWrite) {
      var path2 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name2);
      var mode = FS_getMode(canRead, canWrite);
      return FS.create(path2, mode);
    }, createDataFile(parent, name2, data, canRead, canWrite, canOwn) {
      var path2 = name2;
      if (parent) {
        parent = typeof parent == "string" ? parent : FS.getPath(parent);
        path2 = name2 ? PATH.join2(parent, name2) : parent;
      }
      var mode = FS_getMode(canRead, canWrite);
      var node = FS.create(path2, mode);
      if (data) {
        if (typeof data == "string") {
          var arr = new Array(data.length);
          for (var i = 0, len = data.length; i < len; ++i) arr[i] = data.charCodeAt(i);
          data = arr;
        }
        FS.chmod(node, mode | 146);
        var stream = FS.open(node, 577);
        FS.write(stream, data, 0, data.length, 0, canOwn);
        FS.close(stream);
        FS.chmod(node, mode);
      }
    }, createDevice(parent, name2, input, output) {
      var path2 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name2);
      var mode = FS_getMode(!!input, !!output);
      FS.createDevice.major ??= 64;
      var dev = FS.makedev(FS.createDevice.major++, 0);
      FS.registerDevice(dev, { open(stream) {
        stream.seekable = false;
      }, close(stream) {
        if (output?.buffer?.length) {
          output(10);
        }
      }, read(stream, buffer, offset, length, pos) {
        var bytesRead = 0;
        for (var i = 0; i < length; i++) {
          var result;
          try {
            result = input();
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (result === void 0 && bytesRead === 0) {
            throw new FS.ErrnoError(6);
          }
          if (result === null || result === void 0) break;
          bytesRead++;
          buffer[offset + i] = result;
        }
        if (bytesRead) {
          stream.node.atime = Date.now();
        }
        return bytesRead;
      }, write(stream, buffer, offset, length, pos) {
        for (var i = 0; i < length; i++) {
          try {
            output(buffer[offset + i]);
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
        }
        if (length) {
          stream.node.mtime = stream.node.ctime = Date.now();
        }
        return i;
      } });
      return FS.mkdev(path2, mode, dev);
    }, forceLoadFile(obj) {
      if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
      if (typeof XMLHttpRequest != "undefined") {
        throw new Error("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
      } else {
        try {
          obj.contents = readBinary(obj.url);
          obj.usedBytes = obj.contents.length;
        } catch (e) {
          throw new FS.ErrnoError(29);
        }
      }
    }, createLazyFile(parent, name2, url, canRead, canWrite) {
      class LazyUint8Array {
        lengthKnown = false;
        chunks = [];
        get(idx) {
          if (idx > this.length - 1 || idx < 0) {
            return void 0;
          }
          var chunkOffset = idx % this.chunkSize;
          var chunkNum = idx / this.chunkSize | 0;
          return this.getter(chunkNum)[chunkOffset];
        }
        setDataGetter(getter) {
          this.getter = getter;
        }
        cacheLength() {
          var xhr = new XMLHttpRequest();
          xhr.open("HEAD", url, false);
          xhr.send(null);
          if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) throw new Error("Couldn't load " + url + ". Status: " + xhr.status);
          var datalength = Number(xhr.getResponseHeader("Content-length"));
          var header;
          var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
          var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
          var chunkSize = 1024 * 1024;
          if (!hasByteServing) chunkSize = datalength;
          var doXHR = (from, to) => {
            if (from > to) throw new Error("invalid range (" + from + ", " + to + ") or no bytes requested!");
            if (to > datalength - 1) throw new Error("only " + datalength + " bytes available! programmer error!");
            var xhr2 = new XMLHttpRequest();
            xhr2.open("GET", url, false);
            if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
            xhr2.responseType = "arraybuffer";
            if (xhr2.overrideMimeType) {
              xhr2.overrideMimeType("text/plain; charset=x-user-defined");
            }
            xhr2.send(null);
            if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) throw new Error("Couldn't load " + url + ". Status: " + xhr2.status);
            if (xhr2.response !== void 0) {
              return new Uint8Array(xhr2.response || []);
            }
            return intArrayFromString(xhr2.responseText || "", true);
          };
          var lazyArray2 = this;
          lazyArray2.setDataGetter((chunkNum) => {
            var start = chunkNum * chunkSize;
            var end = (chunkNum + 1) * chunkSize - 1;
            end = Math.min(end, datalength - 1);
            if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
              lazyArray2.chunks[chunkNum] = doXHR(start, end);
            }
            if (typeof lazyArray2.chunks[chunkNum] == "undefined") throw new Error("doXHR failed!");
            return lazyArray2.chunks[chunkNum];
          });
          if (usesGzip || !datalength) {
            chunkSize = datalength = 1;
            datalength = this.getter(0).length;
            chunkSize = datalength;
            out("LazyFiles on gzip forces download of the whole file when length is accessed");
          }
          this._length = datalength;
          this._chunkSize = chunkSize;
          this.lengthKnown = true;
        }
        get length() {
          if (!this.lengthKnown) {
            this.cacheLength();
          }
          return this._length;
        }
        get chunkSize() {
          if (!this.lengthKnown) {
            this.cacheLength();
          }
          return this._chunkSize;
        }
      }
      if (typeof XMLHttpRequest != "undefined") {
        if (!ENVIRONMENT_IS_WORKER) throw "Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc";
        var lazyArray = new LazyUint8Array();
        var properties = { isDevice: false, contents: lazyArray };
      } else {
        var properties = { isDevice: false, url };
      }
      var node = FS.createFile(parent, name2, properties, canRead, canWrite);
      if (properties.contents) {
        node.contents = properties.contents;
      } else if (properties.url) {
        node.contents = null;
        node.url = properties.url;
      }
      Object.defineProperties(node, { usedBytes: { get: function() {
        return this.contents.length;
      } } });
      var stream_ops = {};
      var keys = Object.keys(node.stream_ops);
      keys.forEach((key) => {
        var fn = node.stream_ops[key];
        stream_ops[key] = (...args) => {
          FS.forceLoadFile(node);
          return fn(...args);
        };
      });
      function writeChunks(stream, buffer, offset, length, position) {
        var contents = stream.node.contents;
        if (position >= contents.length) return 0;
        var size = Math.min(contents.length - position, length);
        if (contents.slice) {
          for (var i = 0; i < size; i++) {
            buffer[offset + i] = contents[position + i];
          }
        } else {
          for (var i = 0; i < size; i++) {
            buffer[offset + i] = contents.get(position + i);
          }
        }
        return size;
      }
      stream_ops.read = (stream, buffer, offset, length, position) => {
        FS.forceLoadFile(node);
        return writeChunks(stream, buffer, offset, length, position);
      };
      stream_ops.mmap = (stream, length, position, prot, flags) => {
        FS.forceLoadFile(node);
        var ptr = mmapAlloc(length);
        if (!ptr) {
          throw new FS.ErrnoError(48);
        }
        writeChunks(stream, HEAP8, ptr, length, position);
        return { ptr, allocated: true };
      };
      node.stream_ops = stream_ops;
      return node;
    } };
    var UTF8ToString = (ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "";
    var SYSCALLS = { DEFAULT_POLLMASK: 5, calculateAt(dirfd, path2, allowEmpty) {
      if (PATH.isAbs(path2)) {
        return path2;
      }
      var dir;
      if (dirfd === -100) {
        dir = FS.cwd();
      } else {
        var dirstream = SYSCALLS.getStreamFromFD(dirfd);
        dir = dirstream.path;
      }
      if (path2.length == 0) {
        if (!allowEmpty) {
          throw new FS.ErrnoError(44);
        }
        return dir;
      }
      return dir + "/" + path2;
    }, writeStat(buf, stat2) {
      HEAP32[buf >> 2] = stat2.dev;
      HEAP32[buf + 4 >> 2] = stat2.mode;
      HEAPU32[buf + 8 >> 2] = stat2.nlink;
      HEAP32[buf + 12 >> 2] = stat2.uid;
      HEAP32[buf + 16 >> 2] = stat2.gid;
      HEAP32[buf + 20 >> 2] = stat2.rdev;
      HEAP64[buf + 24 >> 3] = BigInt(stat2.size);
      HEAP32[buf + 32 >> 2] = 4096;
      HEAP32[buf + 36 >> 2] = stat2.blocks;
      var atime = stat2.atime.getTime();
      var mtime = stat2.mtime.getTime();
      var ctime = stat2.ctime.getTime();
      HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
      HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
      HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
      HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
      HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
      HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
      HEAP64[buf + 88 >> 3] = BigInt(stat2.ino);
      return 0;
    }, writeStatFs(buf, stats) {
      HEAP32[buf + 4 >> 2] = stats.bsize;
      HEAP32[buf + 40 >> 2] = stats.bsize;
      HEAP32[buf + 8 >> 2] = stats.blocks;
      HEAP32[buf + 12 >> 2] = stats.bfree;
      HEAP32[buf + 16 >> 2] = stats.bavail;
      HEAP32[buf + 20 >> 2] = stats.files;
      HEAP32[buf + 24 >> 2] = stats.ffree;
      HEAP32[buf + 28 >> 2] = stats.fsid;
      HEAP32[buf + 44 >> 2] = stats.flags;
      HEAP32[buf + 36 >> 2] = stats.namelen;
    }, doMsync(addr, stream, len, flags, offset) {
      if (!FS.isFile(stream.node.mode)) {
        throw new FS.ErrnoError(43);
      }
      if (flags & 2) {
        return 0;
      }
      var buffer = HEAPU8.slice(addr, addr + len);
      FS.msync(stream, buffer, offset, len, flags);
    }, getStreamFromFD(fd) {
      var stream = FS.getStreamChecked(fd);
      return stream;
    }, varargs: void 0, getStr(ptr) {
      var ret = UTF8ToString(ptr);
      return ret;
    } };
    function ___syscall_chmod(path2, mode) {
      try {
        path2 = SYSCALLS.getStr(path2);
        FS.chmod(path2, mode);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_fchownat(dirfd, path2, owner, group, flags) {
      try {
        path2 = SYSCALLS.getStr(path2);
        var nofollow = flags & 256;
        flags = flags & ~256;
        path2 = SYSCALLS.calculateAt(dirfd, path2);
        (nofollow ? FS.lchown : FS.chown)(path2, owner, group);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_fstat64(fd, buf) {
      try {
        return SYSCALLS.writeStat(buf, FS.fstat(fd));
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = (num2) => num2 < INT53_MIN || num2 > INT53_MAX ? NaN : Number(num2);
    function ___syscall_ftruncate64(fd, length) {
      length = bigintToI53Checked(length);
      try {
        if (isNaN(length)) return -61;
        FS.ftruncate(fd, length);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
    function ___syscall_getcwd(buf, size) {
      try {
        if (size === 0) return -28;
        var cwd = FS.cwd();
        var cwdLengthInBytes = lengthBytesUTF8(cwd) + 1;
        if (size < cwdLengthInBytes) return -68;
        stringToUTF8(cwd, buf, size);
        return cwdLengthInBytes;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_getdents64(fd, dirp, count) {
      try {
        var stream = SYSCALLS.getStreamFromFD(fd);
        stream.getdents ||= FS.readdir(stream.path);
        var struct_size = 280;
        var pos = 0;
        var off = FS.llseek(stream, 0, 1);
        var startIdx = Math.floor(off / struct_size);
        var endIdx = Math.min(stream.getdents.length, startIdx + Math.floor(count / struct_size));
        for (var idx = startIdx; idx < endIdx; idx++) {
          var id2;
          var type;
          var name2 = stream.getdents[idx];
          if (name2 === ".") {
            id2 = stream.node.id;
            type = 4;
          } else if (name2 === "..") {
            var lookup = FS.lookupPath(stream.path, { parent: true });
            id2 = lookup.node.id;
            type = 4;
          } else {
            var child2;
            try {
              child2 = FS.lookupNode(stream.node, name2);
            } catch (e) {
              if (e?.errno === 28) {
                continue;
              }
              throw e;
            }
            id2 = child2.id;
            type = FS.isChrdev(child2.mode) ? 2 : FS.isDir(child2.mode) ? 4 : FS.isLink(child2.mode) ? 10 : 8;
          }
          HEAP64[dirp + pos >> 3] = BigInt(id2);
          HEAP64[dirp + pos + 8 >> 3] = BigInt((idx + 1) * struct_size);
          HEAP16[dirp + pos + 16 >> 1] = 280;
          HEAP8[dirp + pos + 18] = type;
          stringToUTF8(name2, dirp + pos + 19, 256);
          pos += struct_size;
        }
        FS.llseek(stream, idx * struct_size, 0);
        return pos;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    var syscallGetVarargI = () => {
      var ret = HEAP32[+SYSCALLS.varargs >> 2];
      SYSCALLS.varargs += 4;
      return ret;
    };
    var syscallGetVarargP = syscallGetVarargI;
    function ___syscall_ioctl(fd, op, varargs) {
      SYSCALLS.varargs = varargs;
      try {
        var stream = SYSCALLS.getStreamFromFD(fd);
        switch (op) {
          case 21509: {
            if (!stream.tty) return -59;
            return 0;
          }
          case 21505: {
            if (!stream.tty) return -59;
            if (stream.tty.ops.ioctl_tcgets) {
              var termios = stream.tty.ops.ioctl_tcgets(stream);
              var argp = syscallGetVarargP();
              HEAP32[argp >> 2] = termios.c_iflag || 0;
              HEAP32[argp + 4 >> 2] = termios.c_oflag || 0;
              HEAP32[argp + 8 >> 2] = termios.c_cflag || 0;
              HEAP32[argp + 12 >> 2] = termios.c_lflag || 0;
              for (var i = 0; i < 32; i++) {
                HEAP8[argp + i + 17] = termios.c_cc[i] || 0;
              }
              return 0;
            }
            return 0;
          }
          case 21510:
          case 21511:
          case 21512: {
            if (!stream.tty) return -59;
            return 0;
          }
          case 21506:
          case 21507:
          case 21508: {
            if (!stream.tty) return -59;
            if (stream.tty.ops.ioctl_tcsets) {
              var argp = syscallGetVarargP();
              var c_iflag = HEAP32[argp >> 2];
              var c_oflag = HEAP32[argp + 4 >> 2];
              var c_cflag = HEAP32[argp + 8 >> 2];
              var c_lflag = HEAP32[argp + 12 >> 2];
              var c_cc = [];
              for (var i = 0; i < 32; i++) {
                c_cc.push(HEAP8[argp + i + 17]);
              }
              return stream.tty.ops.ioctl_tcsets(stream.tty, op, { c_iflag, c_oflag, c_cflag, c_lflag, c_cc });
            }
            return 0;
          }
          case 21519: {
            if (!stream.tty) return -59;
            var argp = syscallGetVarargP();
            HEAP32[argp >> 2] = 0;
            return 0;
          }
          case 21520: {
            if (!stream.tty) return -59;
            return -28;
          }
          case 21531: {
            var argp = syscallGetVarargP();
            return FS.ioctl(stream, op, argp);
          }
          case 21523: {
            if (!stream.tty) return -59;
            if (stream.tty.ops.ioctl_tiocgwinsz) {
              var winsize = stream.tty.ops.ioctl_tiocgwinsz(stream.tty);
              var argp = syscallGetVarargP();
              HEAP16[argp >> 1] = winsize[0];
              HEAP16[argp + 2 >> 1] = winsize[1];
            }
            return 0;
          }
          case 21524: {
            if (!stream.tty) return -59;
            return 0;
          }
          case 21515: {
            if (!stream.tty) return -59;
            return 0;
          }
          default:
            return -28;
        }
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_lstat64(path2, buf) {
      try {
        path2 = SYSCALLS.getStr(path2);
        return SYSCALLS.writeStat(buf, FS.lstat(path2));
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_mkdirat(dirfd, path2, mode) {
      try {
        path2 = SYSCALLS.getStr(path2);
        path2 = SYSCALLS.calculateAt(dirfd, path2);
        FS.mkdir(path2, mode, 0);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_newfstatat(dirfd, path2, buf, flags) {
      try {
        path2 = SYSCALLS.getStr(path2);
        var nofollow = flags & 256;
        var allowEmpty = flags & 4096;
        flags = flags & ~6400;
        path2 = SYSCALLS.calculateAt(dirfd, path2, allowEmpty);
        return SYSCALLS.writeStat(buf, nofollow ? FS.lstat(path2) : FS.stat(path2));
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_openat(dirfd, path2, flags, varargs) {
      SYSCALLS.varargs = varargs;
      try {
        path2 = SYSCALLS.getStr(path2);
        path2 = SYSCALLS.calculateAt(dirfd, path2);
        var mode = varargs ? syscallGetVarargI() : 0;
        return FS.open(path2, flags, mode).fd;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_readlinkat(dirfd, path2, buf, bufsize) {
      try {
        path2 = SYSCALLS.getStr(path2);
        path2 = SYSCALLS.calculateAt(dirfd, path2);
        if (bufsize <= 0) return -28;
        var ret = FS.readlink(path2);
        var len = Math.min(bufsize, lengthBytesUTF8(ret));
        var endChar = HEAP8[buf + len];
        stringToUTF8(ret, buf, bufsize + 1);
        HEAP8[buf + len] = endChar;
        return len;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_renameat(olddirfd, oldpath, newdirfd, newpath) {
      try {
        oldpath = SYSCALLS.getStr(oldpath);
        newpath = SYSCALLS.getStr(newpath);
        oldpath = SYSCALLS.calculateAt(olddirfd, oldpath);
        newpath = SYSCALLS.calculateAt(newdirfd, newpath);
        FS.rename(oldpath, newpath);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_rmdir(path2) {
      try {
        path2 = SYSCALLS.getStr(path2);
        FS.rmdir(path2);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_stat64(path2, buf) {
      try {
        path2 = SYSCALLS.getStr(path2);
        return SYSCALLS.writeStat(buf, FS.stat(path2));
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_symlinkat(target, dirfd, linkpath) {
      try {
        target = SYSCALLS.getStr(target);
        linkpath = SYSCALLS.getStr(linkpath);
        linkpath = SYSCALLS.calculateAt(dirfd, linkpath);
        FS.symlink(target, linkpath);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    function ___syscall_unlinkat(dirfd, path2, flags) {
      try {
        path2 = SYSCALLS.getStr(path2);
        path2 = SYSCALLS.calculateAt(dirfd, path2);
        if (!flags) {
          FS.unlink(path2);
        } else if (flags === 512) {
          FS.rmdir(path2);
        } else {
          return -28;
        }
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    var readI53FromI64 = (ptr) => HEAPU32[ptr >> 2] + HEAP32[ptr + 4 >> 2] * 4294967296;
    function ___syscall_utimensat(dirfd, path2, times, flags) {
      try {
        path2 = SYSCALLS.getStr(path2);
        path2 = SYSCALLS.calculateAt(dirfd, path2, true);
        var now = Date.now(), atime, mtime;
        if (!times) {
          atime = now;
          mtime = now;
        } else {
          var seconds = readI53FromI64(times);
          var nanoseconds = HEAP32[times + 8 >> 2];
          if (nanoseconds == 1073741823) {
            atime = now;
          } else if (nanoseconds == 1073741822) {
            atime = null;
          } else {
            atime = seconds * 1e3 + nanoseconds / (1e3 * 1e3);
          }
          times += 16;
          seconds = readI53FromI64(times);
          nanoseconds = HEAP32[times + 8 >> 2];
          if (nanoseconds == 1073741823) {
            mtime = now;
          } else if (nanoseconds == 1073741822) {
            mtime = null;
          } else {
            mtime = seconds * 1e3 + nanoseconds / (1e3 * 1e3);
          }
        }
        if ((mtime ?? atime) !== null) {
          FS.utime(path2, atime, mtime);
        }
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return -e.errno;
      }
    }
    var __abort_js = () => abort("");
    function __gmtime_js(time, tmPtr) {
      time = bigintToI53Checked(time);
      var date = new Date(time * 1e3);
      HEAP32[tmPtr >> 2] = date.getUTCSeconds();
      HEAP32[tmPtr + 4 >> 2] = date.getUTCMinutes();
      HEAP32[tmPtr + 8 >> 2] = date.getUTCHours();
      HEAP32[tmPtr + 12 >> 2] = date.getUTCDate();
      HEAP32[tmPtr + 16 >> 2] = date.getUTCMonth();
      HEAP32[tmPtr + 20 >> 2] = date.getUTCFullYear() - 1900;
      HEAP32[tmPtr + 24 >> 2] = date.getUTCDay();
      var start = Date.UTC(date.getUTCFullYear(), 0, 1, 0, 0, 0, 0);
      var yday = (date.getTime() - start) / (1e3 * 60 * 60 * 24) | 0;
      HEAP32[tmPtr + 28 >> 2] = yday;
    }
    var isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    var MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
    var MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    var ydayFromDate = (date) => {
      var leap = isLeapYear(date.getFullYear());
      var monthDaysCumulative = leap ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE;
      var yday = monthDaysCumulative[date.getMonth()] + date.getDate() - 1;
      return yday;
    };
    function __localtime_js(time, tmPtr) {
      time = bigintToI53Checked(time);
      var date = new Date(time * 1e3);
      HEAP32[tmPtr >> 2] = date.getSeconds();
      HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
      HEAP32[tmPtr + 8 >> 2] = date.getHours();
      HEAP32[tmPtr + 12 >> 2] = date.getDate();
      HEAP32[tmPtr + 16 >> 2] = date.getMonth();
      HEAP32[tmPtr + 20 >> 2] = date.getFullYear() - 1900;
      HEAP32[tmPtr + 24 >> 2] = date.getDay();
      var yday = ydayFromDate(date) | 0;
      HEAP32[tmPtr + 28 >> 2] = yday;
      HEAP32[tmPtr + 36 >> 2] = -(date.getTimezoneOffset() * 60);
      var start = new Date(date.getFullYear(), 0, 1);
      var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      var winterOffset = start.getTimezoneOffset();
      var dst = (summerOffset != winterOffset && date.getTimezoneOffset() == Math.min(winterOffset, summerOffset)) | 0;
      HEAP32[tmPtr + 32 >> 2] = dst;
    }
    var __mktime_js = function(tmPtr) {
      var ret = (() => {
        var date = new Date(HEAP32[tmPtr + 20 >> 2] + 1900, HEAP32[tmPtr + 16 >> 2], HEAP32[tmPtr + 12 >> 2], HEAP32[tmPtr + 8 >> 2], HEAP32[tmPtr + 4 >> 2], HEAP32[tmPtr >> 2], 0);
        var dst = HEAP32[tmPtr + 32 >> 2];
        var guessedOffset = date.getTimezoneOffset();
        var start = new Date(date.getFullYear(), 0, 1);
        var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
        var winterOffset = start.getTimezoneOffset();
        var dstOffset = Math.min(winterOffset, summerOffset);
        if (dst < 0) {
          HEAP32[tmPtr + 32 >> 2] = Number(summerOffset != winterOffset && dstOffset == guessedOffset);
        } else if (dst > 0 != (dstOffset == guessedOffset)) {
          var nonDstOffset = Math.max(winterOffset, summerOffset);
          var trueOffset = dst > 0 ? dstOffset : nonDstOffset;
          date.setTime(date.getTime() + (trueOffset - guessedOffset) * 6e4);
        }
        HEAP32[tmPtr + 24 >> 2] = date.getDay();
        var yday = ydayFromDate(date) | 0;
        HEAP32[tmPtr + 28 >> 2] = yday;
        HEAP32[tmPtr >> 2] = date.getSeconds();
        HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
        HEAP32[tmPtr + 8 >> 2] = date.getHours();
        HEAP32[tmPtr + 12 >> 2] = date.getDate();
        HEAP32[tmPtr + 16 >> 2] = date.getMonth();
        HEAP32[tmPtr + 20 >> 2] = date.getYear();
        var timeMs = date.getTime();
        if (isNaN(timeMs)) {
          return -1;
        }
        return timeMs / 1e3;
      })();
      return BigInt(ret);
    };
    var __tzset_js = (timezone, daylight, std_name, dst_name) => {
      var currentYear = (/* @__PURE__ */ new Date()).getFullYear();
      var winter = new Date(currentYear, 0, 1);
      var summer = new Date(currentYear, 6, 1);
      var winterOffset = winter.getTimezoneOffset();
      var summerOffset = summer.getTimezoneOffset();
      var stdTimezoneOffset = Math.max(winterOffset, summerOffset);
      HEAPU32[timezone >> 2] = stdTimezoneOffset * 60;
      HEAP32[daylight >> 2] = Number(winterOffset != summerOffset);
      var extractZone = (timezoneOffset) => {
        var sign = timezoneOffset >= 0 ? "-" : "+";
        var absOffset = Math.abs(timezoneOffset);
        var hours = String(Math.floor(absOffset / 60)).padStart(2, "0");
        var minutes = String(absOffset % 60).padStart(2, "0");
        return `UTC${sign}${hours}${minutes}`;
      };
      var winterName = extractZone(winterOffset);
      var summerName = extractZone(summerOffset);
      if (summerOffset < winterOffset) {
        stringToUTF8(winterName, std_name, 17);
        stringToUTF8(summerName, dst_name, 17);
      } else {
        stringToUTF8(winterName, dst_name, 17);
        stringToUTF8(summerName, std_name, 17);
      }
    };
    var _emscripten_get_now = () => performance.now();
    var _emscripten_date_now = () => Date.now();
    var nowIsMonotonic = 1;
    var checkWasiClock = (clock_id) => clock_id >= 0 && clock_id <= 3;
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    var getHeapMax = () => 2147483648;
    var _emscripten_get_heap_max = () => getHeapMax();
    var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
    var growMemory = (size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    };
    var _emscripten_resize_heap = (requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    };
    var ENV = {};
    var getExecutableName = () => thisProgram || "./this.program";
    var getEnvStrings = () => {
      if (!getEnvStrings.strings) {
        var lang = (typeof navigator == "object" && navigator.language || "C").replace("-", "_") + ".UTF-8";
        var env = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: lang, _: getExecutableName() };
        for (var x in ENV) {
          if (ENV[x] === void 0) delete env[x];
          else env[x] = ENV[x];
        }
        var strings2 = [];
        for (var x in env) {
          strings2.push(`${x}=${env[x]}`);
        }
        getEnvStrings.strings = strings2;
      }
      return getEnvStrings.strings;
    };
    var _environ_get = (__environ, environ_buf) => {
      var bufSize = 0;
      var envp = 0;
      for (var string2 of getEnvStrings()) {
        var ptr = environ_buf + bufSize;
        HEAPU32[__environ + envp >> 2] = ptr;
        bufSize += stringToUTF8(string2, ptr, Infinity) + 1;
        envp += 4;
      }
      return 0;
    };
    var _environ_sizes_get = (penviron_count, penviron_buf_size) => {
      var strings2 = getEnvStrings();
      HEAPU32[penviron_count >> 2] = strings2.length;
      var bufSize = 0;
      for (var string2 of strings2) {
        bufSize += lengthBytesUTF8(string2) + 1;
      }
      HEAPU32[penviron_buf_size >> 2] = bufSize;
      return 0;
    };
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
    var _proc_exit = (code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    };
    var exitJS = (status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    };
    var _exit = exitJS;
    function _fd_close(fd) {
      try {
        var stream = SYSCALLS.getStreamFromFD(fd);
        FS.close(stream);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return e.errno;
      }
    }
    function _fd_fdstat_get(fd, pbuf) {
      try {
        var rightsBase = 0;
        var rightsInheriting = 0;
        var flags = 0;
        {
          var stream = SYSCALLS.getStreamFromFD(fd);
          var type = stream.tty ? 2 : FS.isDir(stream.mode) ? 3 : FS.isLink(stream.mode) ? 7 : 4;
        }
        HEAP8[pbuf] = type;
        HEAP16[pbuf + 2 >> 1] = flags;
        HEAP64[pbuf + 8 >> 3] = BigInt(rightsBase);
        HEAP64[pbuf + 16 >> 3] = BigInt(rightsInheriting);
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return e.errno;
      }
    }
    var doReadv = (stream, iov, iovcnt, offset) => {
      var ret = 0;
      for (var i = 0; i < iovcnt; i++) {
        var ptr = HEAPU32[iov >> 2];
        var len = HEAPU32[iov + 4 >> 2];
        iov += 8;
        var curr = FS.read(stream, HEAP8, ptr, len, offset);
        if (curr < 0) return -1;
        ret += curr;
        if (curr < len) break;
        if (typeof offset != "undefined") {
          offset += curr;
        }
      }
      return ret;
    };
    function _fd_read(fd, iov, iovcnt, pnum) {
      try {
        var stream = SYSCALLS.getStreamFromFD(fd);
        var num2 = doReadv(stream, iov, iovcnt);
        HEAPU32[pnum >> 2] = num2;
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return e.errno;
      }
    }
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      try {
        if (isNaN(offset)) return 61;
        var stream = SYSCALLS.getStreamFromFD(fd);
        FS.llseek(stream, offset, whence);
        HEAP64[newOffset >> 3] = BigInt(stream.position);
        if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return e.errno;
      }
    }
    var doWritev = (stream, iov, iovcnt, offset) => {
      var ret = 0;
      for (var i = 0; i < iovcnt; i++) {
        var ptr = HEAPU32[iov >> 2];
        var len = HEAPU32[iov + 4 >> 2];
        iov += 8;
        var curr = FS.write(stream, HEAP8, ptr, len, offset);
        if (curr < 0) return -1;
        ret += curr;
        if (curr < len) {
          break;
        }
        if (typeof offset != "undefined") {
          offset += curr;
        }
      }
      return ret;
    };
    function _fd_write(fd, iov, iovcnt, pnum) {
      try {
        var stream = SYSCALLS.getStreamFromFD(fd);
        var num2 = doWritev(stream, iov, iovcnt);
        HEAPU32[pnum >> 2] = num2;
        return 0;
      } catch (e) {
        if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
        return e.errno;
      }
    }
    var handleException = (e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    };
    var stackAlloc = (sz) => __emscripten_stack_alloc(sz);
    var stringToUTF8OnStack = (str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    };
    FS.createPreloadedFile = FS_createPreloadedFile;
    FS.staticInit();
    MEMFS.doesNotExistError = new FS.ErrnoError(44);
    MEMFS.doesNotExistError.stack = "<generic error, no stack>";
    if (ENVIRONMENT_IS_NODE) {
      NODEFS.staticInit();
    }
    {
      if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
      if (Module["preloadPlugins"]) preloadPlugins = Module["preloadPlugins"];
      if (Module["print"]) out = Module["print"];
      if (Module["printErr"]) err = Module["printErr"];
      if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
      if (Module["arguments"]) arguments_ = Module["arguments"];
      if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    }
    Module["callMain"] = callMain;
    Module["FS"] = FS;
    Module["NODEFS"] = NODEFS;
    Module["WORKERFS"] = WORKERFS;
    var _main, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current;
    function assignWasmExports(wasmExports2) {
      Module["_main"] = _main = wasmExports2["__main_argc_argv"];
      __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
      __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
      _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    }
    var wasmImports = { __cxa_throw: ___cxa_throw, __syscall_chmod: ___syscall_chmod, __syscall_fchownat: ___syscall_fchownat, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_renameat: ___syscall_renameat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_unlinkat: ___syscall_unlinkat, __syscall_utimensat: ___syscall_utimensat, _abort_js: __abort_js, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_read: _fd_read, fd_seek: _fd_seek, fd_write: _fd_write };
    var wasmExports = await createWasm();
    function callMain(args = []) {
      var entryFunction = _main;
      args.unshift(thisProgram);
      var argc = args.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args.forEach((arg) => {
        HEAPU32[argv_ptr >> 2] = stringToUTF8OnStack(arg);
        argv_ptr += 4;
      });
      HEAPU32[argv_ptr >> 2] = 0;
      try {
        var ret = entryFunction(argc, argv);
        exitJS(ret, true);
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    function run(args = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve?.(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"] || false;
        if (!noInitialRun) callMain(args);
        postRun();
      }
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    function preInit() {
      if (Module["preInit"]) {
        if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
        while (Module["preInit"].length > 0) {
          Module["preInit"].shift()();
        }
      }
    }
    preInit();
    run();
    Module.FS = FS;
    Module.NODEFS = NODEFS;
    Module.WORKERFS = WORKERFS;
    Module.callMain = callMain;
    if (runtimeInitialized) {
      moduleRtn = Module;
    } else {
      moduleRtn = new Promise((resolve6, reject) => {
        readyPromiseResolve = resolve6;
        readyPromiseReject = reject;
      });
    }
    return moduleRtn;
  });
})();
var zz_es6_default = SevenZip;

// src/formats/sevenzip.ts
var SevenZip2 = zz_es6_default ?? zz_es6_exports;
var WA = globalThis.WebAssembly;
var compiled;
function wasmPath() {
  const here = new URL("./7zz.wasm", import.meta.url);
  if (here.protocol === "file:" && existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return createRequire(import.meta.url).resolve("7z-wasm/7zz.wasm");
}
function wasmModule() {
  compiled ??= WA.compile(readFileSync(wasmPath()));
  return compiled;
}
async function run7z(archive, args, outputs = []) {
  const mod = await wasmModule();
  const lines = [];
  const z = await SevenZip2({
    noExitRuntime: true,
    // The default quit sets process.exitCode: a failing 7z command must not change ours.
    quit: (_code, status) => {
      throw status;
    },
    print: (s) => lines.push(s),
    printErr: (s) => lines.push(s),
    instantiateWasm: (imports, ok) => {
      void WA.instantiate(mod, imports).then(ok);
      return {};
    }
  });
  z.FS.writeFile("/archive.7z", archive);
  let code;
  try {
    code = z.callMain(args) ?? 0;
  } catch (e) {
    code = typeof e.status === "number" ? e.status : 2;
    lines.push(`7-Zip stopped: ${e instanceof Error ? e.message : String(e)}`);
  }
  const files = /* @__PURE__ */ new Map();
  for (const p of outputs) {
    try {
      files.set(p, z.FS.readFile(p));
    } catch {
      files.set(p, void 0);
    }
  }
  return { code, output: lines.join("\n"), files };
}
async function list7z(archive) {
  const r = await run7z(archive, ["l", "-slt", "-pX", "-t7z", "/archive.7z"]);
  const sep4 = r.output.indexOf("\n----------");
  if (r.code !== 0 || sep4 < 0) {
    const encrypted = /encrypted|Wrong password/i.test(r.output) || headersEncrypted(archive);
    const why = r.output.split("\n").map((s) => s.trim()).filter((s) => /ERROR|Error|Cannot|Can not|Is not|Unexpected|Wrong/.test(s)).slice(0, 2).join("; ");
    return { ok: false, encrypted, message: why || `7-Zip could not list the archive (exit code ${r.code})` };
  }
  const entries = [];
  for (const block of r.output.slice(sep4 + 11).split(/\n\s*\n/)) {
    const fields = /* @__PURE__ */ new Map();
    for (const line of block.split("\n")) {
      const i = line.indexOf(" = ");
      if (i > 0) fields.set(line.slice(0, i).trim(), line.slice(i + 3));
    }
    const name2 = fields.get("Path");
    if (name2 === void 0) continue;
    entries.push({
      name: name2,
      size: Number(fields.get("Size") || 0),
      encrypted: fields.get("Encrypted") === "+",
      directory: fields.get("Folder") === "+" || (fields.get("Attributes") ?? "").startsWith("D")
    });
  }
  return { ok: true, entries };
}
var AES_CODER = [6, 241, 7, 1];
function headersEncrypted(archive) {
  if (archive.length < 32) return false;
  const dv = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const offset = 32 + Number(dv.getBigUint64(12, true));
  const size = Number(dv.getBigUint64(20, true));
  if (offset >= archive.length || size <= 0 || offset + size > archive.length || size > 1 << 20) return false;
  if (archive[offset] !== 23) return false;
  const header = archive.subarray(offset, offset + size);
  for (let i = 0; i + AES_CODER.length <= header.length; i++) {
    if (AES_CODER.every((b, k) => header[i + k] === b)) return true;
  }
  return false;
}
async function extract7z(archive, names) {
  const r = await run7z(archive, ["x", "/archive.7z", "-o/out", "-y", "-pX", "-t7z", "-spd", "--", ...names], names.map((n) => `/out/${n}`));
  const members = /* @__PURE__ */ new Map();
  for (const n of names) members.set(n, r.files.get(`/out/${n}`));
  return { members, output: r.output };
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
  constructor(compressed, size, window2, kind = "deflate-raw") {
    this.compressed = compressed;
    this.size = size;
    this.kind = kind;
    this.kept = new Uint8Array(Math.min(size, window2));
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
function u16(b, at2) {
  return b[at2] | b[at2 + 1] << 8;
}
function u32(b, at2) {
  return (b[at2] | b[at2 + 1] << 8 | b[at2 + 2] << 16 | b[at2 + 3] << 24) >>> 0;
}
function u64(b, at2) {
  const v = u32(b, at2) + u32(b, at2 + 4) * 4294967296;
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
  const at2 = findEocd(tail);
  if (at2 < 0) {
    problems.push({ kind: "malformed", message: "no end-of-central-directory record in the last 64 KiB: the zip is truncated or not a zip" });
    return void 0;
  }
  if (at2 + EOCD_SIZE + u16(tail, at2 + 20) !== tail.length) {
    problems.push({ kind: "anomaly", message: "bytes follow the end-of-central-directory record (its comment length does not reach the end of the file)" });
  }
  if (u16(tail, at2 + 4) !== 0 || u16(tail, at2 + 6) !== 0) {
    problems.push({ kind: "anomaly", message: "the end-of-central-directory record names a multi-disk (spanned) archive" });
  }
  const info = { entries: u16(tail, at2 + 10), cdSize: u32(tail, at2 + 12), cdOffset: u32(tail, at2 + 16), zip64: false };
  const eocdPos = tailStart + at2;
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
    const id2 = u16(extra, p);
    const len = u16(extra, p + 2);
    const body = extra.subarray(p + 4, p + 4 + len);
    p += 4 + len;
    if (id2 !== ZIP64_EXTRA_ID) continue;
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
  const t2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t2[n] = c >>> 0;
  }
  return t2;
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
  return [...counts2].filter(([, n]) => n > 1).map(([name2, n]) => ({
    kind: "anomaly",
    member: name2,
    message: `member name \`${name2}\` appears ${n} times: loaders disagree on which copy they read (every copy was scanned)`
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
  for (const [name2, ch, arg, proto] of TABLE) {
    const code = ch.charCodeAt(0);
    byCode[code] = { name: name2, code, arg, proto };
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
function judgeOne(module, name2) {
  const allowed = ALLOWED[module]?.[name2];
  if (allowed !== void 0) return { verdict: "allowed", description: allowed };
  const byName = DENIED_NAMES[module]?.[name2] ?? DENIED_NAMES[module]?.[name2.split(".")[0] ?? ""];
  if (byName !== void 0) return { verdict: "code-execution", description: byName };
  const byModule = deniedModule(module);
  if (byModule !== void 0) return { verdict: "code-execution", description: byModule };
  if (name2.includes(".")) {
    return {
      verdict: "code-execution",
      description: `the name "${name2}" walks an attribute path from ${module}, which can reach any object (for example builtins through __class__/__globals__)`
    };
  }
  if (name2.startsWith("__") && name2.endsWith("__")) {
    return { verdict: "code-execution", description: `the dunder attribute ${name2} reaches interpreter internals` };
  }
  if (module.length === 0 || name2.length === 0) {
    return { verdict: "code-execution", description: "an empty module or name cannot be a state-dict import" };
  }
  const note = UNKNOWN_NOTES[`${module}.${name2}`];
  if (note !== void 0) return { verdict: "unknown", description: note };
  return {
    verdict: "unknown",
    description: `${module}.${name2} is not something a tensor state dict needs; loading the file imports and may call it`
  };
}
function judgeGlobal(module, name2) {
  const candidates = [[module, name2]];
  const tm = module.trim();
  const tn = name2.trim();
  if (tm !== module || tn !== name2) candidates.push([tm, tn]);
  const mapped = PY2_MODULES[tm];
  if (mapped !== void 0) candidates.push([mapped, tn]);
  let worst;
  for (const [m, n] of candidates) {
    const j = judgeOne(m, n);
    if (worst === void 0 || RANK[j.verdict] > RANK[worst.verdict]) worst = j;
  }
  return worst;
}
function isNestedLoader(module, name2) {
  const m = PY2_MODULES[module] ?? module;
  return NESTED_LOADERS.has(`${m}.${name2}`);
}

// src/formats/pickle/values.ts
var GlobalRef = class {
  constructor(module, name2, resolved = true) {
    this.module = module;
    this.name = name2;
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
  feed(chunk, base, eof2) {
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
        if (nl < 0) return eof2 ? this.stop("a text argument has no terminating newline", base + n) : base + n;
        p = nl + 1;
        if (--this.skipLines === 0) this.skipLine = false;
      }
      if (p >= n) break;
      const at2 = p;
      const r = this.step(chunk, p, base);
      if (r === -1) {
        if (eof2 || n - at2 > SWEEP_MAX_ARG + 16) this.stop(`the argument of the opcode at offset ${base + at2} is truncated`, base + at2);
        return base + at2;
      }
      p = r;
    }
    return base + p;
  }
  stop(why, offset) {
    this.stopped = why;
    return offset;
  }
  record(module, name2, offset, opcode, resolved) {
    if (offset < this.from) return;
    if (this.imports.length >= SWEEP_MAX_IMPORTS) {
      this.dropped++;
      return;
    }
    this.imports.push({ module, name: name2, offset, opcode, resolved });
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
  generic(c, q, arg, name2) {
    const n = c.length;
    const fixed = { uint1: 1, uint2: 2, int4: 4, uint4: 4, uint8: 8, float8: 8 };
    if (arg === "none") {
      this.recent = [];
      if (!NO_PUSH.has(name2)) this.pushed(void 0);
      return q;
    }
    if (fixed[arg] !== void 0) {
      if (q + fixed[arg] > n) return -1;
      this.recent = [];
      this.pushed(void 0);
      return q + fixed[arg];
    }
    const isStr = STRING_OPS.has(name2);
    if (arg.endsWith("nl") || arg === "decimalnl_short" || arg === "decimalnl_long" || arg === "stringnl_noescape") {
      const e = c.indexOf(10, q);
      if (e < 0) return n - q <= SWEEP_MAX_ARG ? -1 : this.longLine(n);
      let s;
      if (isStr) {
        const raw = latin1Decoder.decode(c.subarray(q, e));
        s = name2 === "STRING" ? unquote(raw) : raw;
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
    this.pushed(isStr ? name2.includes("UNICODE") ? utf8Decoder.decode(c.subarray(start, start + len)) : latin1Decoder.decode(c.subarray(start, start + len)) : void 0);
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
    const eof2 = pos + len >= src.size;
    const next = s.feed(await src.read(pos, len), pos, eof2);
    if (eof2 || next <= pos) break;
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
function importKey(module, name2, verdict, opcode) {
  return `${verdict}\0${module}\0${name2}\0${opcode === "BUILD" ? "BUILD" : ""}`;
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
  recordImport(module, name2, opcode, verdict, description, offset = this.opOffset) {
    const j = verdict !== void 0 ? { verdict, description: description ?? "" } : this.judge(module, name2);
    const key = importKey(module, name2, j.verdict, opcode);
    if (this.imports.length >= this.limits.maxImportRecords && this.importKeys.has(key)) return;
    this.importKeys.add(key);
    this.imports.push({ module, name: name2, offset, opcode, verdict: j.verdict, description: j.description });
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
  judge(module, name2) {
    const key = `${module}\0${name2}`;
    let j = this.judged.get(key);
    if (j === void 0) {
      j = judgeGlobal(module, name2);
      this.judged.set(key, j);
    }
    return j;
  }
  importGlobal(module, name2, opcode) {
    this.recordImport(module, name2, opcode);
    return new GlobalRef(module, name2);
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
        for (const pair2 of init) if (Array.isArray(pair2) && pair2.length === 2) map.set(pair2[0], pair2[1]);
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
        const where3 = `inside the pickle passed to ${loader.toString()} at offset ${this.opOffset} (inner offset ${imp.offset})`;
        this.recordImport(imp.module, imp.name, imp.opcode, imp.verdict, `${where3}: ${imp.description}`);
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
        const name2 = this.utf8(this.line("GLOBAL name"), "GLOBAL name");
        return this.push(this.importGlobal(module, name2, "GLOBAL"));
      }
      case "STACK_GLOBAL": {
        const name2 = this.pop();
        const module = this.pop();
        if (typeof module === "string" && typeof name2 === "string") {
          return this.push(this.importGlobal(module, name2, "STACK_GLOBAL"));
        }
        const m = typeof module === "string" ? module : `<${describeValue(module)}>`;
        const n = typeof name2 === "string" ? name2 : `<${describeValue(name2)}>`;
        this.recordImport(
          m,
          n,
          "STACK_GLOBAL",
          "code-execution",
          `STACK_GLOBAL's module or name is not a string (module: ${describeValue(module)}, name: ${describeValue(name2)}), so what it imports cannot be known without running the pickle; judged as code execution (fail closed)`
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
        const name2 = this.utf8(this.line("INST name"), "INST name");
        const cls = this.importGlobal(module, name2, "INST");
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
function importable(module, name2) {
  return PYTHON_NAME.test(module) && PYTHON_NAME.test(name2);
}
async function scanHiddenPickle(src, maxBytes) {
  const head = await src.read(0, PICKLE_SNIFF_BYTES);
  if (sniffPickle(head) === "none") return void 0;
  let window2 = await src.read(0, Math.min(src.size, maxBytes, HIDDEN_WINDOW_BYTES));
  let run = scanPickles(window2);
  const real = run.pickles > 0 || importsSomething(run) || !stoppedOnBadBytes(window2, run, src.size);
  if (real && window2.length < Math.min(src.size, maxBytes)) {
    window2 = await src.read(0, Math.min(src.size, maxBytes));
    run = scanPickles(window2);
  }
  if (!importsSomething(run)) return void 0;
  const truncated = src.size > maxBytes;
  const actsLikePickle = run.pickles > 0 || (run.calls ?? 0) > 0 || truncated || run.problems.some((p) => p.code === "limit" || p.code === "internal");
  if (!actsLikePickle) return void 0;
  return { run, truncated };
}
function stoppedOnBadBytes(window2, run, available) {
  if (run.problems.length === 0) return false;
  const tail = run.pickles > 0 ? scanPickles(window2, { start: run.end, maxPickles: 1 }) : run;
  return tail.problems.some((p) => !TRUNCATION_CODES.has(p.code) || declaredPastEnd(window2, p.offset, available));
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
function declaredPastEnd(window2, at2, available) {
  const op = OPCODES[window2[at2]];
  const width = op?.code === FRAME ? 8 : op ? LENGTH_PREFIX[op.arg] : void 0;
  if (!width || at2 + 1 + width > window2.length) return false;
  const dv = new DataView(window2.buffer, window2.byteOffset + at2 + 1, width);
  const len = width === 1 ? dv.getUint8(0) : width === 4 ? dv.getInt32(0, true) : Number(dv.getBigInt64(0, true));
  return len < 0 || at2 + 1 + width + len > available;
}
async function scanPicklesAt(src, offset, count, maxBytes) {
  const cap = Math.min(src.size - offset, maxBytes);
  let size = Math.min(cap, STACK_WINDOW_BYTES);
  for (; ; ) {
    const window2 = await src.read(offset, size);
    const run = scanPickles(window2, { maxPickles: count });
    if (run.pickles >= count || size >= cap || stoppedOnBadBytes(window2, run, src.size - offset)) {
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
  for (const t2 of tensors) {
    const s = t2.storage;
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
  for (const t2 of tensors) {
    const s = t2.storage;
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
    const at2 = await scanPicklesAt(this.src, this.pos, 1, this.maxPickleBytes);
    this.runs.push(at2.run);
    if (at2.run.pickles < 1) {
      this.problems.push(`${what} at offset ${this.pos} is not a complete pickle${at2.capped ? " within the pickle limit" : ""}`);
      return void 0;
    }
    this.pos = at2.end;
    return at2.run.values[0];
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
  const name2 = entry.name;
  if (name2 === MEMBER_STORAGES || name2 === MEMBER_TENSORS) {
    const w = new Walk(member, opts.maxPickleBytes);
    await (name2 === MEMBER_STORAGES ? walkStorages(w) : walkTensors(w));
    if (w.problems.length === 0 && w.pos < member.size) w.problems.push(`${member.size - w.pos} bytes follow the last record`);
    return { name: name2, kind: "records", run: mergeRuns(w.runs), problems: w.problems };
  }
  if (name2 === MEMBER_SYS_INFO || name2 === MEMBER_PICKLE) {
    const runs = [];
    let pos = 0;
    while (pos < member.size) {
      const at2 = await scanPicklesAt(member, pos, 1, opts.maxPickleBytes);
      runs.push(at2.run);
      if (at2.run.pickles < 1 || at2.end <= pos) break;
      pos = at2.end;
    }
    return { name: name2, kind: "stack", run: mergeRuns(runs) };
  }
  const hidden = await scanHiddenPickle(member, opts.maxPickleBytes);
  return hidden ? { name: name2, kind: "other", hidden } : { name: name2, kind: "other" };
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
  for (const t2 of tensors) {
    if (!t2.storage) continue;
    const s = out.get(t2.storage.key);
    if (s) s.users.push(t2.name);
    else out.set(t2.storage.key, { numel: t2.storage.numel, itemsize: t2.storage.itemsize, users: [t2.name] });
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
function isContiguous(t2) {
  return isRowMajor(t2.shape, t2.stride);
}
function byteSpan(t2) {
  const s = t2.storage;
  if (!s || numel(t2.shape) === 0) return void 0;
  const stride = t2.stride && t2.stride.length === t2.shape.length ? t2.stride : rowMajorStride(t2.shape);
  let last = s.offset;
  for (let i = 0; i < t2.shape.length; i++) last += (t2.shape[i] - 1) * stride[i];
  return [s.offset * s.itemsize, (last + 1) * s.itemsize];
}
function isComplete(t2) {
  return !!t2.storage && t2.storage.offset === 0 && numel(t2.shape) === t2.storage.numel && isContiguous(t2);
}
function sharedGroups(tensors) {
  const byStorage = /* @__PURE__ */ new Map();
  for (const t2 of tensors) {
    const span = byteSpan(t2);
    if (!span || !t2.storage) continue;
    const list = byStorage.get(t2.storage.key) ?? [];
    list.push({ name: t2.name, start: span[0], end: span[1], tensor: t2 });
    byStorage.set(t2.storage.key, list);
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
  const names = group.map((t2) => t2.name).sort();
  const list = names.map((n) => `\`${n}\``).join(", ");
  const storage = group[0].storage.key;
  const identical = group.every((t2) => {
    const a = byteSpan(t2);
    const b = byteSpan(group[0]);
    return a && b && a[0] === b[0] && a[1] === b[1];
  });
  const complete = group.filter(isComplete).map((t2) => t2.name).sort();
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
  const nonContiguous = tensors.filter((t2) => !isContiguous(t2));
  if (nonContiguous.length > 0) {
    const names = nonContiguous.map((t2) => t2.name);
    const shown = nonContiguous.slice(0, MAX_NAMES_IN_MESSAGE).map((t2) => `\`${t2.name}\` (shape [${t2.shape.join(", ")}], stride [${(t2.stride ?? []).join(", ")}])`);
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
function hiddenPickleFindings(path2, where3, hidden, maxBytes) {
  const out = pickleFindings(path2, hidden.run).map((f) => ({ ...f, message: `In ${where3}: ${f.message}` }));
  if (hidden.truncated) {
    out.push(finding("resource-limit", { path: path2, message: `The pickle in ${where3} is bigger than the ${maxBytes}-byte pickle limit; only its start was scanned.` }));
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
    const where3 = `member \`${m.name}\``;
    const inMember = (f) => ({ ...f, message: `In ${where3}: ${f.message}` });
    if (m.kind === "unreadable") {
      findings.push(finding("pickle-malformed", { path: path2, message: `Member \`${m.name}\` could not be read: ${m.error}.` }));
    } else if (m.kind === "records") {
      findings.push(...pickleFindings(path2, m.run).map(inMember));
      for (const p of m.problems) findings.push(finding("pickle-malformed", { path: path2, message: `In ${where3}: ${p}.` }));
    } else if (m.kind === "stack") {
      findings.push(...pickleFindings(path2, m.run).map(inMember));
    } else if (m.hidden) {
      findings.push(...hiddenPickleFindings(path2, where3, m.hidden, opts.maxPickleBytes));
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
function memberNameIssue(name2) {
  if (name2.includes("\\")) return "contains backslashes (a path separator on Windows)";
  if (name2.startsWith("/") || /^[A-Za-z]:/.test(name2)) return "is an absolute path";
  if (name2.split("/").includes("..")) return "climbs out of the extraction directory with `..`";
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
function sanitizeMemberName(name2) {
  const parts = name2.replace(/\\/g, "/").replace(/^[A-Za-z]:/, "").split("/");
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
async function hiddenPickleCheck(memberPath, name2, member, ctx) {
  const head = await member.read(0, SNIFF_BYTES);
  if (sniff(head, name2, member.size) !== "unknown") return [];
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
        const name3 = names.next(entry.name, findings);
        findings.push(finding("file-unreadable", { path: `${ctx.path}!/${name3}`, severity: "warning", message: `Not scannable: zip member \`${entry.name}\` is encrypted; its content cannot be read without the password (Python's zipfile refuses it too).` }));
        if (entry.method === METHOD_STORED || entry.method === METHOD_DEFLATED) {
          const opened2 = await openZipMember(src, entry, budget).catch(() => void 0);
          if (opened2 && !Array.isArray(opened2)) await ctx.scanMember(`${ctx.path}!/${name3}`, opened2.source).catch(() => void 0);
        }
        continue;
      }
      if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) continue;
      if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
      const name2 = names.next(entry.name, findings);
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
      const memberPath = `${ctx.path}!/${name2}`;
      await ctx.scanMember(memberPath, opened.source);
      findings.push(...await hiddenPickleCheck(memberPath, name2, opened.source, ctx));
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
      const name2 = names.next(entry.name, findings);
      const member = new SliceSource(src, entry.dataStart, entry.size);
      const memberPath = `${ctx.path}!/${name2}`;
      await ctx.scanMember(memberPath, member);
      findings.push(...await hiddenPickleCheck(memberPath, name2, member, ctx));
    } catch (e) {
      findings.push(finding("pickle-malformed", { path: ctx.path, message: `Tar member \`${entry.name}\` could not be read: ${e.message}.` }));
    }
  }
  return { format: "tar", findings, facts: { container: "tar", members: listing.files.length + listing.others.length } };
};
function gunzippedName(name2) {
  if (/\.tgz$/i.test(name2)) return name2.slice(0, -4) + ".tar";
  if (/\.gz$/i.test(name2) && name2.length > 3) return name2.slice(0, -3);
  return `${name2}.gunzipped`;
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
  const name2 = ctx.name.replace(/\.npy$/i, "");
  if (h.itemsize === void 0) return { format: "npy", findings, facts };
  const want = numel2 * h.itemsize;
  if (src.size - h.dataStart !== want) {
    findings.push(finding("pickle-malformed", { path: path2, message: `NumPy array ${JSON.stringify(h.shape)} of ${h.itemsize}-byte items needs ${want} data bytes after the header; the file has ${src.size - h.dataStart}.` }));
  }
  const tensors = h.dtype ? [{ name: name2, dtype: h.dtype, shape: h.shape, dataStart: h.dataStart, dataOffsets: [0, want] }] : [];
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
      const name2 = names.next(e.name, findings);
      if (bytes === void 0) {
        findings.push(finding("pickle-malformed", { path: path2, message: `7z member \`${e.name}\` could not be extracted (corrupt data or a CRC mismatch).` }));
        continue;
      }
      const memberPath = `${path2}!/${name2}`;
      const member = new MemorySource(bytes);
      await ctx.scanMember(memberPath, member);
      findings.push(...await hiddenPickleCheck(memberPath, name2, member, ctx));
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

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match2) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match2 != "function")
      match2 = NodeType.match(match2);
    return (type) => {
      let result = match2(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed2 = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed2;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id2, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id2;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types2) {
    this.types = types2;
    for (let i = 0; i < types2.length; i++)
      if (types2[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id2 in this.props)
        result.push([+id2, this.props[id2]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id2 = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id2], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a2;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan2 = node, parent = scan2.parent; parent; scan2 = parent, parent = scan2.parent) {
      if (scan2 instanceof TreeNode && scan2.index < 0 && ((_a2 = parent.enter(pos, side, mode)) === null || _a2 === void 0 ? void 0 : _a2.from) != scan2.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan2 = this.childBefore(pos), node = this;
    while (scan2) {
      let last = scan2.lastChild;
      if (!last || last.to != scan2.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan2;
        scan2 = last.prevSibling;
      } else {
        scan2 = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan2 = inner instanceof TreeNode ? inner : inner.context.parent; scan2; scan2 = scan2.parent) {
    if (scan2.index < 0) {
      let parent = scan2.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan2 = parent;
    } else {
      let mount = MountedTree.get(scan2.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan2.from, -1, scan2);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child2 = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child2 instanceof TreeBuffer || !child2.type.isAnonymous || hasChild(child2))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types: types2 } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types2[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a2;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types2 = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id: id2, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id2];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id2;
        return;
      } else if (size == -4) {
        lookAhead = id2;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types2[id2], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id2 >= minRepeatType ? id2 : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type, contextAtStart);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id: id2, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id2, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id: id2, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id2 < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id2;
    } else if (size == -3) {
      contextHash = id2;
    } else if (size == -4) {
      lookAhead = id2;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a2 = data.length) !== null && _a2 !== void 0 ? _a2 : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types2[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child2 of node.children) {
      if (child2.type != balanceType || !(child2 instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child2);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a2;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a2 = this.p.parser.nodeSet.types[type]) === null || _a2 === void 0 ? void 0 : _a2.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan2 = index; scan2 > 0 && this.buffer[scan2 - 2] > end; scan2 -= 4) {
          if (this.buffer[scan2 - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range2 = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range2.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range2.from - next.to;
      range2 = next;
    }
    while (assoc < 0 ? pos > range2.to : pos >= range2.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range2.to;
      range2 = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range2 of this.ranges)
      if (range2.to > pos)
        return Math.max(pos, range2.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range2 = this.range;
        while (range2.to <= pos)
          range2 = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range2.to)
          this.chunk2 = this.chunk2.slice(0, range2.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id2) {
    this.data = data;
    this.id = id2;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var ExternalTokenizer = class {
  /**
  Create a tokenizer. The first argument is the function that,
  given an input stream, scans for the types of tokens it
  recognizes at the stream's position, and calls
  [`acceptToken`](#lr.InputStream.acceptToken) when it finds
  one.
  */
  constructor(token, options = {}) {
    this.token = token;
    this.contextual = !!options.contextual;
    this.fallback = !!options.fallback;
    this.extend = !!options.extend;
  }
};
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p.stream.end);
    main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++) {
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match2 = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match2 > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match2, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split;
      let localStack = last ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id2 = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id2)
      stackIDs.set(stack, id2 = String.fromCodePoint(this.nextStackID++));
    return id2 + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var id = (x) => x;
var ContextTracker = class {
  /**
  Define a context tracker.
  */
  constructor(spec) {
    this.start = spec.start;
    this.shift = spec.shift || id;
    this.reduce = spec.reduce || id;
    this.reuse = spec.reuse || id;
    this.hash = spec.hash || (() => 0);
    this.strict = spec.strict !== false;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse = w(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++) {
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id2 = values.indexOf(part);
        if (id2 >= 0)
          flags[id2] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id2; (id2 = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id2] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2;
    this.set = set;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@lezer/python/dist/index.js
var printKeyword = 1;
var indent = 194;
var dedent = 195;
var newline$1 = 196;
var blankLineStart = 197;
var newlineBracketed = 198;
var eof = 199;
var stringContent = 200;
var Escape = 2;
var replacementStart = 3;
var stringEnd = 201;
var ParenL = 24;
var ParenthesizedExpression = 25;
var TupleExpression = 49;
var ComprehensionExpression = 50;
var BracketL = 55;
var ArrayExpression = 56;
var ArrayComprehensionExpression = 57;
var BraceL = 59;
var DictionaryExpression = 60;
var DictionaryComprehensionExpression = 61;
var SetExpression = 62;
var SetComprehensionExpression = 63;
var ArgList = 65;
var subscript = 238;
var String$1 = 71;
var stringStart = 241;
var stringStartD = 242;
var stringStartL = 243;
var stringStartLD = 244;
var stringStartR = 245;
var stringStartRD = 246;
var stringStartRL = 247;
var stringStartRLD = 248;
var FormatString = 72;
var stringStartF = 249;
var stringStartFD = 250;
var stringStartFL = 251;
var stringStartFLD = 252;
var stringStartFR = 253;
var stringStartFRD = 254;
var stringStartFRL = 255;
var stringStartFRLD = 256;
var FormatReplacement = 73;
var nestedFormatReplacement = 77;
var importList = 263;
var TypeParamList = 112;
var ParamList = 130;
var SequencePattern = 151;
var MappingPattern = 152;
var PatternArgList = 155;
var newline = 10;
var carriageReturn = 13;
var space = 32;
var tab = 9;
var hash = 35;
var parenOpen = 40;
var dot = 46;
var braceOpen = 123;
var braceClose = 125;
var singleQuote = 39;
var doubleQuote = 34;
var backslash = 92;
var letter_o = 111;
var letter_x = 120;
var letter_N = 78;
var letter_u = 117;
var letter_U = 85;
var bracketed = /* @__PURE__ */ new Set([
  ParenthesizedExpression,
  TupleExpression,
  ComprehensionExpression,
  importList,
  ArgList,
  ParamList,
  ArrayExpression,
  ArrayComprehensionExpression,
  subscript,
  SetExpression,
  SetComprehensionExpression,
  FormatString,
  FormatReplacement,
  nestedFormatReplacement,
  DictionaryExpression,
  DictionaryComprehensionExpression,
  SequencePattern,
  MappingPattern,
  PatternArgList,
  TypeParamList
]);
function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn;
}
function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
var newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) && stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) {
      input.advance();
      spaces++;
    }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, { contextual: true });
var indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return;
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (; ; ) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - depth % 8;
      else break;
      input.advance();
      chars++;
    }
    if (depth != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});
var cx_Bracketed = 1;
var cx_String = 2;
var cx_DoubleQuote = 4;
var cx_Long = 8;
var cx_Raw = 16;
var cx_Format = 32;
function Context(parent, indent2, flags) {
  this.parent = parent;
  this.indent = indent2;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent2 + (indent2 << 4) + flags + (flags << 6);
}
var topIndent = new Context(null, 0, 0);
function countIndent(space2) {
  let depth = 0;
  for (let i = 0; i < space2.length; i++)
    depth += space2.charCodeAt(i) == tab ? 8 - depth % 8 : 1;
  return depth;
}
var stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));
var trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _, input) {
    if (context.flags & cx_Bracketed && bracketed.has(term) || (term == String$1 || term == FormatString) && context.flags & cx_String)
      return context.parent;
    return context;
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0);
    if (term == dedent)
      return context.parent;
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed);
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | context.flags & cx_Bracketed);
    return context;
  },
  hash(context) {
    return context.hash;
  }
});
var legacyPrint = new ExternalTokenizer((input) => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return;
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return;
  for (let off = 0; ; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue;
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return;
  }
});
var strings = new ExternalTokenizer((input, stack) => {
  let { flags } = stack.context;
  let quote = flags & cx_DoubleQuote ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format = (flags & cx_Format) > 0;
  let start = input.pos;
  for (; ; ) {
    if (input.next < 0) {
      break;
    } else if (format && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return;
        }
        break;
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return;
      }
      break;
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return;
      }
      break;
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return;
      }
      break;
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});
function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote && input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}
var pythonHighlighting = styleTags({
  'async "*" "**" FormatConversion FormatSpec': tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});
var spec_identifier = { __proto__: null, await: 44, or: 54, and: 56, in: 60, not: 62, is: 64, if: 70, else: 72, lambda: 76, yield: 94, from: 96, async: 102, for: 104, None: 162, True: 164, False: 164, del: 178, pass: 182, break: 186, continue: 190, return: 194, raise: 202, import: 206, as: 208, global: 212, nonlocal: 214, assert: 218, type: 223, elif: 236, while: 240, try: 246, except: 248, finally: 250, with: 254, def: 258, class: 268, match: 279, case: 285 };
var parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "\u26A0 print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5, 4, 71, 72, 73, 77, ""],
    ["group", -15, 6, 85, 87, 88, 90, 92, 94, 96, 98, 99, 100, 102, 105, 108, 110, "Statement Statement", -22, 8, 18, 21, 25, 40, 49, 50, 56, 57, 60, 61, 62, 63, 64, 67, 70, 71, 72, 79, 80, 81, 82, "Expression", -10, 114, 116, 119, 121, 122, 126, 128, 133, 135, 138, "Statement", -9, 143, 144, 147, 148, 150, 151, 152, 153, 154, "Pattern"],
    ["openedBy", 23, "(", 54, "[", 58, "{"],
    ["closedBy", 24, ")", 55, "]", 59, "}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0, 4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: { "Script": [0, 5] },
  specialized: [{ term: 221, get: (value) => spec_identifier[value] || -1 }],
  tokenPrec: 7668
});

// src/checks/code/python.ts
var MAX_RESOLVE_DEPTH = 16;
var SCOPE_OWNERS = /* @__PURE__ */ new Set(["FunctionDefinition", "ClassDefinition"]);
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ",", ":", "Comment"]);
var COLLECTED = /* @__PURE__ */ new Set([
  "CallExpression",
  "AssignStatement",
  "UpdateStatement",
  "DeleteStatement",
  "ForStatement",
  "NamedExpression",
  "WithStatement",
  "TryStatement",
  "ScopeStatement",
  "ImportStatement",
  "FunctionDefinition",
  "ClassDefinition"
]);
var PyModule = class {
  constructor(text) {
    this.text = text;
    this.tree = parser.parse(text);
    this.collect();
  }
  text;
  tree;
  /** Local name → dotted import path (`LC` → `peft.LoraConfig`, `T` → `torch`). */
  imports = /* @__PURE__ */ new Map();
  scopes = /* @__PURE__ */ new Map();
  module = { kind: "module", bindings: /* @__PURE__ */ new Map() };
  /** Every call expression, in source order. */
  calls = [];
  src(node) {
    return this.text.slice(node.from, node.to);
  }
  scopeFor(owner) {
    if (!owner) return this.module;
    let s = this.scopes.get(owner.from);
    if (!s) {
      s = { kind: owner.name === "ClassDefinition" ? "class" : "function", parent: this.scopeOf(owner), bindings: /* @__PURE__ */ new Map() };
      this.scopes.set(owner.from, s);
    }
    return s;
  }
  /** The scope a node's names live in: the innermost function or class whose body (or parameters) hold it. */
  scopeOf(node) {
    for (let n = node.parent; n; n = n.parent) {
      if ((n.name === "Body" || n.name === "ParamList") && n.parent && SCOPE_OWNERS.has(n.parent.name)) return this.scopeFor(n.parent);
    }
    return this.module;
  }
  bind(scope, name2, b) {
    const list = scope.bindings.get(name2) ?? [];
    list.push(b);
    scope.bindings.set(name2, list);
  }
  unknownTargets(node, scope) {
    if (node.name === "VariableName") {
      this.bind(scope, this.src(node), { kind: "unknown" });
      return;
    }
    if (node.name === "MemberExpression") {
      const root = rootName(node);
      if (root) this.bind(scope, this.src(root), { kind: "unknown" });
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) this.unknownTargets(c, scope);
  }
  collect() {
    const cursor = this.tree.cursor();
    do {
      if (!COLLECTED.has(cursor.name)) continue;
      const n = cursor.node;
      switch (n.name) {
        case "CallExpression":
          this.calls.push(n);
          break;
        case "AssignStatement":
          this.assignment(n);
          break;
        case "UpdateStatement":
        case "DeleteStatement":
        case "ForStatement":
        case "NamedExpression": {
          const scope = this.scopeOf(n);
          for (let c = n.firstChild; c; c = c.nextSibling) {
            if (c.name === "in" || c.name === "UpdateOp" || c.name === "AssignOp") break;
            this.unknownTargets(c, scope);
          }
          break;
        }
        case "WithStatement":
        case "TryStatement":
          this.asTargets(n);
          break;
        case "ScopeStatement":
        case "ImportStatement":
          this.importOrScope(n);
          break;
        case "FunctionDefinition":
        case "ClassDefinition": {
          const name2 = n.getChild("VariableName");
          if (name2) this.bind(this.scopeOf(n), this.src(name2), { kind: "unknown" });
          const params = n.getChild("ParamList");
          if (params) {
            const inner = this.scopeFor(n);
            for (let c = params.firstChild; c; c = c.nextSibling) {
              if (c.name === "VariableName" && c.prevSibling?.name !== "AssignOp") this.bind(inner, this.src(c), { kind: "unknown" });
            }
          }
          break;
        }
      }
    } while (cursor.next());
  }
  assignment(n) {
    const scope = this.scopeOf(n);
    const kids = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    const ops = kids.map((k, i) => k.name === "AssignOp" ? i : -1).filter((i) => i >= 0);
    if (ops.length === 0) return;
    const last = ops[ops.length - 1];
    const values = kids.slice(last + 1).filter((k) => !PUNCTUATION.has(k.name));
    let start = 0;
    for (const op of ops) {
      const targets = kids.slice(start, op).filter((k) => !PUNCTUATION.has(k.name) && k.name !== "TypeDef");
      start = op + 1;
      if (targets.length === 1 && targets[0].name === "VariableName" && values.length === 1) {
        this.bind(scope, this.src(targets[0]), { kind: "value", value: values[0] });
      } else {
        for (const t2 of targets) this.unknownTargets(t2, scope);
      }
    }
  }
  /** `with expr as name` binds name to expr (so `pickle.load(f)` can see the path opened); `except E as e` binds nothing we know. */
  asTargets(n) {
    const scope = this.scopeOf(n);
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== "as") continue;
      const target = c.nextSibling;
      const expr = c.prevSibling;
      if (!target) continue;
      if (n.name === "WithStatement" && target.name === "VariableName" && expr) this.bind(scope, this.src(target), { kind: "value", value: expr });
      else this.unknownTargets(target, scope);
    }
  }
  importOrScope(n) {
    const scope = this.scopeOf(n);
    const kids = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    if (n.name === "ScopeStatement") {
      for (const k of kids) if (k.name === "VariableName") this.bind(scope, this.src(k), { kind: "unknown" });
      return;
    }
    const text = (k) => this.src(k);
    const isFrom = kids[0]?.name === "from";
    let i = 1;
    let fromModule = "";
    if (isFrom) {
      while (i < kids.length && kids[i].name !== "import") fromModule += text(kids[i++]);
      i++;
    }
    let dotted = [];
    const flush = (alias) => {
      if (dotted.length === 0) return;
      const full = isFrom ? `${fromModule}.${dotted.join(".")}` : dotted.join(".");
      const local = alias ?? (isFrom ? dotted[dotted.length - 1] : dotted[0]);
      this.imports.set(local, alias || isFrom ? full : dotted[0]);
      this.bind(scope, local, { kind: "unknown" });
      dotted = [];
    };
    for (; i < kids.length; i++) {
      const k = kids[i];
      if (k.name === "VariableName") dotted.push(text(k));
      else if (k.name === "as") {
        const alias = kids[i + 1];
        flush(alias ? text(alias) : void 0);
        i++;
      } else if (k.name === ",") flush();
    }
    flush();
  }
  /** The expression a name stands for, when its binding is unique; the node itself otherwise. */
  resolve(node, depth = 0) {
    let n = node;
    while (n.name === "ParenthesizedExpression") {
      const inner = n.firstChild?.nextSibling;
      if (!inner || inner.nextSibling?.name !== ")") break;
      n = inner;
    }
    if (n.name !== "VariableName") return n;
    if (depth >= MAX_RESOLVE_DEPTH) return void 0;
    const name2 = this.src(n);
    const start = this.scopeOf(n);
    for (let s = start; s; s = s.parent) {
      if (s.kind === "class" && s !== start) continue;
      const list = s.bindings.get(name2);
      if (!list) continue;
      if (list.length !== 1 || list[0].kind !== "value") return void 0;
      const value = list[0].value;
      if (value.from <= n.from && n.to <= value.to) return void 0;
      return this.resolve(value, depth + 1);
    }
    return void 0;
  }
  /** Dotted name of a callee or attribute chain with imports applied (`T.load` → `torch.load`). */
  qualifiedName(node) {
    if (node.name === "VariableName") {
      const name2 = this.src(node);
      return this.imports.get(name2) ?? name2;
    }
    if (node.name === "MemberExpression") {
      const prop = node.getChild("PropertyName");
      const obj = node.firstChild;
      if (!prop || !obj) return void 0;
      const base = obj.name === "VariableName" || obj.name === "MemberExpression" ? this.qualifiedName(obj) : "?";
      return `${base ?? "?"}.${this.src(prop)}`;
    }
    return void 0;
  }
  calleeName(call) {
    const callee = call.firstChild;
    return callee ? this.qualifiedName(callee) : void 0;
  }
  args(call) {
    const out = { positional: [], keywords: /* @__PURE__ */ new Map(), spread: false };
    const list = call.getChild("ArgList");
    if (!list) return out;
    for (let c = list.firstChild; c; c = c.nextSibling) {
      if (PUNCTUATION.has(c.name)) continue;
      if (c.name === "*" || c.name === "**") {
        out.spread = true;
        c = c.nextSibling ?? c;
        continue;
      }
      if (c.name === "VariableName" && c.nextSibling?.name === "AssignOp" && c.nextSibling.nextSibling) {
        const value = c.nextSibling.nextSibling;
        const arg = { name: this.src(c), node: c, value };
        out.keywords.set(arg.name, arg);
        c = value;
        continue;
      }
      out.positional.push({ node: c, value: c });
    }
    return out;
  }
  /** A literal string (plain, raw, or implicitly concatenated); f-strings and bytes are not. */
  stringValue(node) {
    const n = node && this.resolve(node);
    if (!n) return void 0;
    if (n.name === "ContinuedString") {
      let s = "";
      for (let c = n.firstChild; c; c = c.nextSibling) {
        const part = this.stringValue(c);
        if (part === void 0) return void 0;
        s += part;
      }
      return s;
    }
    if (n.name !== "String") return void 0;
    return decodeStringLiteral(this.src(n));
  }
  boolValue(node) {
    const n = node && this.resolve(node);
    if (!n || n.name !== "Boolean") return void 0;
    return this.src(n) === "True";
  }
  /** Elements of a list or tuple literal (resolved through names), or undefined. */
  listItems(node) {
    const n = node && this.resolve(node);
    if (!n || n.name !== "ArrayExpression" && n.name !== "TupleExpression") return void 0;
    const items = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (PUNCTUATION.has(c.name)) continue;
      if (c.name === "*") return void 0;
      items.push(c);
    }
    return items;
  }
};
function rootName(node) {
  let n = node;
  while (n && n.name === "MemberExpression") n = n.firstChild;
  return n && n.name === "VariableName" ? n : void 0;
}
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
function decodeStringLiteral(raw) {
  const m = /^([A-Za-z]*)('''|"""|'|")/.exec(raw);
  if (!m) return void 0;
  const prefix = m[1].toLowerCase();
  if (prefix.includes("f") || prefix.includes("b") || prefix.includes("t")) return void 0;
  const q = m[2];
  if (!raw.endsWith(q) || raw.length < m[0].length + q.length) return void 0;
  const body = raw.slice(m[0].length, raw.length - q.length);
  if (prefix.includes("r")) return body;
  return body.replace(/\\(.)/gs, (_all, c) => SIMPLE_ESCAPES[c] ?? `\\${c}`);
}
function formatStringTail(mod, node) {
  if (node.name !== "FormatString") return void 0;
  const raw = mod.src(node);
  const last = node.lastChild;
  const q = /('''|"""|'|")$/.exec(raw)?.[1];
  if (!q) return void 0;
  const from = last && last.name === "FormatReplacement" ? last.to - node.from : /^[A-Za-z]*('''|"""|'|")/.exec(raw)?.[0].length ?? 0;
  return raw.slice(from, raw.length - q.length);
}

// src/checks/code/source.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function positionIn(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function pythonFileUnit(text) {
  const starts = lineStarts(text);
  return { text, position: (offset) => positionIn(starts, offset) };
}

// src/checks/code/notebook.ts
var MAX_DEPTH2 = 64;
var NotebookError = class extends Error {
};
var Reader2 = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  ws() {
    for (; ; ) {
      const c = this.s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else return;
    }
  }
  value(depth) {
    if (depth > MAX_DEPTH2) throw new NotebookError("nested too deeply");
    this.ws();
    const c = this.s[this.pos];
    if (c === "{") {
      this.pos++;
      const entries = [];
      this.ws();
      if (this.s[this.pos] === "}") {
        this.pos++;
        return { kind: "object", entries };
      }
      for (; ; ) {
        this.ws();
        const k = this.string();
        this.ws();
        if (this.s[this.pos++] !== ":") throw new NotebookError(`expected ':' at offset ${this.pos - 1}`);
        entries.push([decodeJsonString(this.s, k.start, k.end).text, this.value(depth + 1)]);
        this.ws();
        const sep4 = this.s[this.pos++];
        if (sep4 === "}") return { kind: "object", entries };
        if (sep4 !== ",") throw new NotebookError(`expected ',' or '}' at offset ${this.pos - 1}`);
      }
    }
    if (c === "[") {
      this.pos++;
      const items = [];
      this.ws();
      if (this.s[this.pos] === "]") {
        this.pos++;
        return { kind: "array", items };
      }
      for (; ; ) {
        items.push(this.value(depth + 1));
        this.ws();
        const sep4 = this.s[this.pos++];
        if (sep4 === "]") return { kind: "array", items };
        if (sep4 !== ",") throw new NotebookError(`expected ',' or ']' at offset ${this.pos - 1}`);
      }
    }
    if (c === '"') return this.string();
    const start = this.pos;
    while (this.pos < this.s.length && !",]} 	\r\n".includes(this.s[this.pos])) this.pos++;
    if (this.pos === start) throw new NotebookError(`unexpected ${c === void 0 ? "end of file" : `'${c}'`} at offset ${start}`);
    return { kind: "other" };
  }
  string() {
    if (this.s[this.pos] !== '"') throw new NotebookError(`expected a string at offset ${this.pos}`);
    const start = this.pos;
    this.pos++;
    for (; ; ) {
      const c = this.s.charCodeAt(this.pos);
      if (Number.isNaN(c)) throw new NotebookError("unterminated string");
      if (c === 34) break;
      this.pos += c === 92 ? 2 : 1;
    }
    this.pos++;
    return { kind: "string", start, end: this.pos };
  }
};
function decodeJsonString(s, start, end) {
  let text = "";
  const offsets = [];
  for (let i = start + 1; i < end - 1; ) {
    if (s[i] !== "\\") {
      text += s[i];
      offsets.push(i);
      i++;
      continue;
    }
    const e = s[i + 1];
    if (e === "u") {
      text += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 6;
      continue;
    }
    const map = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
    text += map[e] ?? e;
    offsets.push(i);
    i += 2;
  }
  return { text, offsets };
}
function get(node, key) {
  if (node.kind !== "object") return void 0;
  let found;
  for (const [k, v] of node.entries) if (k === key) found = v;
  return found;
}
function blankMagics(text) {
  const cellMagic = text.trimStart().startsWith("%%");
  let out = "";
  let lineStart = true;
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      out += c;
      lineStart = true;
      blank = false;
      continue;
    }
    if (lineStart && c !== " " && c !== "	") {
      blank = cellMagic || c === "%" || c === "!";
      lineStart = false;
    }
    out += blank ? " " : c;
  }
  return out;
}
function readNotebook(json) {
  let root;
  try {
    root = new Reader2(json).value(0);
  } catch (e) {
    return { codeCells: 0, error: e.message };
  }
  const cells = get(root, "cells");
  if (!cells || cells.kind !== "array") return { codeCells: 0, error: 'there is no "cells" list (not an nbformat 4 notebook)' };
  const starts = lineStarts(json);
  let text = "";
  const offsets = [];
  const cellStarts = [];
  cells.items.forEach((cell, index) => {
    const type = get(cell, "cell_type");
    if (!type || type.kind !== "string" || decodeJsonString(json, type.start, type.end).text !== "code") return;
    const source = get(cell, "source");
    const parts = source?.kind === "string" ? [source] : source?.kind === "array" ? source.items : [];
    let cellText = "";
    const cellOffsets = [];
    let last = -1;
    for (const p of parts) {
      if (p.kind !== "string") continue;
      const d = decodeJsonString(json, p.start, p.end);
      cellText += d.text;
      cellOffsets.push(...d.offsets);
      last = p.end - 1;
    }
    cellStarts.push({ at: text.length, number: index + 1 });
    text += blankMagics(cellText) + "\n";
    offsets.push(...cellOffsets, last >= 0 ? last : type.start);
  });
  if (cellStarts.length === 0) return { codeCells: 0 };
  return {
    codeCells: cellStarts.length,
    unit: {
      text,
      position: (offset) => positionIn(starts, offsets[Math.min(offset, offsets.length - 1)]),
      cellAt: (offset) => {
        let n = cellStarts[0].number;
        for (const c of cellStarts) if (c.at <= offset) n = c.number;
        return n;
      }
    }
  };
}

// src/checks/code/context.ts
function at(ctx, node) {
  return ctx.unit.position(node.from);
}
function where2(ctx, node) {
  const cell = ctx.unit.cellAt?.(node.from);
  return cell === void 0 ? "" : ` (cell ${cell})`;
}

// src/checks/code/values.ts
var PICKLE_CHECKPOINT_EXTENSIONS = [".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle", ".joblib", ".dill"];
var TORCH_SAVE_EXTENSIONS = [".bin", ".pt", ".pth"];
var PATH_JOINS = /* @__PURE__ */ new Set(["os.path.join", "posixpath.join", "ntpath.join", "pathlib.Path", "pathlib.PurePath", "Path", "PurePath", "str", "os.fspath"]);
function pathTail(mod, node, depth = 0) {
  if (!node || depth > 8) return void 0;
  const n = mod.resolve(node);
  if (!n) return void 0;
  const s = mod.stringValue(n);
  if (s !== void 0) return s;
  if (n.name === "FormatString") return formatStringTail(mod, n);
  if (n.name === "BinaryExpression") {
    const op = n.getChild("ArithOp");
    const right = n.lastChild;
    if (op && right && (mod.src(op) === "/" || mod.src(op) === "+")) return pathTail(mod, right, depth + 1);
    return void 0;
  }
  if (n.name === "CallExpression") {
    const name2 = mod.calleeName(n);
    if (name2 && (PATH_JOINS.has(name2) || name2.endsWith(".joinpath"))) {
      const a = mod.args(n);
      const last = a.positional[a.positional.length - 1];
      return last ? pathTail(mod, last.value, depth + 1) : void 0;
    }
    if (name2 === "open" || name2 === "io.open" || name2 === "builtins.open" || name2?.endsWith(".open")) {
      const a = mod.args(n);
      const first = a.positional[0]?.value ?? a.keywords.get("file")?.value;
      if (!first && n.firstChild?.name === "MemberExpression") return pathTail(mod, n.firstChild.firstChild ?? void 0, depth + 1);
      return pathTail(mod, first, depth + 1);
    }
  }
  return void 0;
}
function endsWithAny(path2, extensions) {
  if (path2 === void 0) return void 0;
  const lower = path2.toLowerCase();
  return extensions.find((e) => lower.endsWith(e));
}
var NOT_WEIGHTS = ["optim", "sched", "scaler", "sampler", "loader", "rng", "generator", "callback", "accelerator", "trainer_state"];
var STATE_DICT_FUNCTIONS = /* @__PURE__ */ new Set(["get_peft_model_state_dict", "peft.get_peft_model_state_dict", "peft.utils.get_peft_model_state_dict", "peft.utils.save_and_load.get_peft_model_state_dict"]);
function isStateDict(mod, node, depth = 0) {
  if (!node || depth > 4) return false;
  const n = mod.resolve(node);
  if (!n) return false;
  if (n.name === "CallExpression") {
    const name2 = mod.calleeName(n);
    if (name2 === void 0) return false;
    if (STATE_DICT_FUNCTIONS.has(name2)) return true;
    if (!name2.endsWith(".state_dict")) return false;
    const receiver = name2.slice(0, -".state_dict".length);
    const last = receiver.slice(receiver.lastIndexOf(".") + 1).toLowerCase();
    return !NOT_WEIGHTS.some((w) => last.includes(w));
  }
  if (n.name === "DictionaryExpression") {
    for (let c = n.firstChild; c; c = c.nextSibling) if (isStateDict(mod, c, depth + 1)) return true;
  }
  return false;
}
var LORA_CONFIGS = /* @__PURE__ */ new Set(["LoraConfig", "AdaLoraConfig"]);
var BOFT_CONFIGS = /* @__PURE__ */ new Set(["BOFTConfig"]);
function configClass(mod, call, classes) {
  const name2 = mod.calleeName(call);
  if (!name2) return void 0;
  const last = name2.slice(name2.lastIndexOf(".") + 1);
  if (!classes.has(last)) return void 0;
  if (name2 !== last && !name2.startsWith("peft.") && !name2.startsWith("?.")) return void 0;
  return last;
}

// src/checks/code/shared-tensor-save.ts
var CONFIGS = /* @__PURE__ */ new Set(["LoraConfig"]);
var RULE_ID = "code-shared-tensor-save";
function loraConfigCall(ctx, arg) {
  const n = ctx.mod.resolve(arg);
  return n && n.name === "CallExpression" && configClass(ctx.mod, n, CONFIGS) ? n : void 0;
}
function sharedTensorSave(ctx) {
  const { mod } = ctx;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const call of mod.calls) {
    const callee = call.firstChild;
    if (callee?.name !== "MemberExpression" || mod.src(callee.getChild("PropertyName") ?? callee) !== "add_adapter") continue;
    const args = mod.args(call);
    if (args.keywords.has("peft_config")) continue;
    const arg = args.keywords.get("adapter_config")?.value ?? args.positional[0]?.value;
    if (!arg) continue;
    const cfg = loraConfigCall(ctx, arg);
    if (!cfg) continue;
    const cargs = mod.args(cfg);
    const bias = cargs.keywords.get("bias");
    const mts = cargs.keywords.get("modules_to_save");
    if (!bias || !mts || mod.stringValue(bias.value) !== "all") continue;
    const modules = mod.listItems(mts.value);
    const single = mod.stringValue(mts.value);
    const names = modules ? modules.map((m) => mod.stringValue(m)) : single !== void 0 ? [single] : void 0;
    if (!names || names.length === 0) continue;
    if (seen.has(bias.node.from)) continue;
    seen.add(bias.node.from);
    const pos = at(ctx, bias.node);
    const addAt = at(ctx, call);
    const shown = names.map((n) => n === void 0 ? "\u2026" : `"${n}"`).join(", ");
    const head = names.find((n) => n !== void 0) ?? "<module>";
    out.push({
      ruleId: RULE_ID,
      line: pos.line,
      column: pos.column,
      message: `LoraConfig(bias="all", modules_to_save=[${shown}]) is passed to model.add_adapter(...) on line ${addAt.line}${where2(ctx, call)}. With transformers' add_adapter the bias of each modules_to_save module is kept under two names that share one tensor (\`${head}.modules_to_save.bias\` and \`${head}.bias\`), so at the end of training save_pretrained fails with "RuntimeError: The weights trying to be saved contained shared tensors" and no checkpoint is written; on transformers 5, safe_serialization=False fails the same way (peft#1876).`,
      fix: 'Wrap the model with `model = get_peft_model(model, config)` instead of `model.add_adapter(config)` (PEFT clones the shared bias and saves fine), or use `bias="none"` (or `bias="lora_only"` with peft>=0.21.0; older releases drop that bias on save, see code-bias-dropped). Do not switch to `safe_serialization=False`: it fails the same way.'
    });
  }
  return out;
}

// src/checks/code/unsafe-save.ts
var RULE_ID2 = "code-unsafe-save";
var SAVE_METHODS = /* @__PURE__ */ new Set(["save_pretrained", "push_to_hub"]);
var TORCH_SAVE = /* @__PURE__ */ new Set(["torch.save", "torch.serialization.save"]);
function unsafeSave(ctx) {
  const { mod } = ctx;
  const out = [];
  for (const call of mod.calls) {
    const name2 = mod.calleeName(call);
    if (!name2) continue;
    const method = name2.slice(name2.lastIndexOf(".") + 1);
    if (SAVE_METHODS.has(method) && name2.includes(".")) {
      const arg = mod.args(call).keywords.get("safe_serialization");
      if (!arg || mod.boolValue(arg.value) !== false) continue;
      const pos2 = at(ctx, arg.node);
      out.push({
        ruleId: RULE_ID2,
        line: pos2.line,
        column: pos2.column,
        message: `${method}(..., safe_serialization=False)${where2(ctx, call)} writes the weights as a pickle (adapter_model.bin for a PEFT model, pytorch_model.bin for older transformers): whoever loads the file runs whatever it imports, and safetensors-only policies and the Hub flag it.`,
        fix: 'Remove `safe_serialization=False`: safetensors is the default. If saving failed with "contained shared tensors", fix that cause (see code-shared-tensor-save) instead of falling back to pickle.'
      });
      continue;
    }
    if (!TORCH_SAVE.has(name2)) continue;
    const args = mod.args(call);
    const obj = args.positional[0]?.value ?? args.keywords.get("obj")?.value;
    const file = args.positional[1]?.value ?? args.keywords.get("f")?.value;
    if (!obj || !file || !isStateDict(mod, obj)) continue;
    const ext2 = endsWithAny(pathTail(mod, file), TORCH_SAVE_EXTENSIONS);
    if (!ext2) continue;
    const pos = at(ctx, obj);
    out.push({
      ruleId: RULE_ID2,
      line: pos.line,
      column: pos.column,
      message: `torch.save of model weights to a ${ext2} file${where2(ctx, call)} writes a pickle (a zip holding data.pkl): loading it with torch.load runs whatever it imports unless weights_only=True, and it cannot be memory-mapped or read without Python.`,
      fix: 'Save the state dict with safetensors: `safetensors.torch.save_file(state_dict, "model.safetensors")` (or `save_model(model, ...)` when weights are tied), or `save_pretrained` for a transformers/PEFT model.'
    });
  }
  return out;
}

// src/checks/code/pins.ts
import { readdir, readFile } from "node:fs/promises";
import { join as join3, posix } from "node:path";
var MAX_PIN_FILE_BYTES = 1024 * 1024;
function parseVersion(v) {
  const parts = v.trim().replace(/^v/, "").split(".");
  const out = [];
  for (const p of parts) {
    const m = /^(\d+)/.exec(p);
    if (!m) break;
    out.push(Number(m[1]));
    if (m[1].length !== p.length) break;
  }
  return out.length > 0 ? out : void 0;
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function bumpLast(v) {
  return [...v.slice(0, -1), v[v.length - 1] + 1];
}
function upperBound(spec) {
  let best;
  const offer = (version, inclusive) => {
    if (!version) return;
    if (!best) best = { version, inclusive };
    else {
      const c = compareVersions(version, best.version);
      if (c < 0 || c === 0 && !inclusive) best = { version, inclusive };
    }
  };
  for (const raw of spec.split(/[,|]/)) {
    const clause = raw.trim();
    const m = /^(===|==|~=|<=|>=|!=|<|>|\^|~|=)?\s*([0-9][0-9A-Za-z.*+!-]*)/.exec(clause);
    if (!m) continue;
    const op = m[1] ?? "==";
    const text = m[2];
    const wildcard = text.endsWith(".*");
    const v = parseVersion(wildcard ? text.slice(0, -2) : text);
    if (!v) continue;
    if (op === "<") offer(v, false);
    else if (op === "<=") offer(v, true);
    else if ((op === "==" || op === "===") && !wildcard) offer(v, true);
    else if (op === "==" || op === "=") offer(bumpLast(v), false);
    else if (op === "~=") offer(v.length > 1 ? bumpLast(v.slice(0, -1)) : void 0, false);
    else if (op === "^") {
      const i = v.findIndex((x) => x !== 0);
      const idx = i < 0 ? v.length - 1 : i;
      offer([...v.slice(0, idx), v[idx] + 1], false);
    } else if (op === "~") offer(v.length > 1 ? bumpLast(v.slice(0, 2)) : bumpLast(v), false);
  }
  return best;
}
function newestBelow(pin, limit) {
  if (!pin.upper) return false;
  const c = compareVersions(pin.upper.version, limit);
  return pin.upper.inclusive ? c < 0 : c <= 0;
}
function newestAtLeast(pin, floor) {
  if (!pin.upper) return true;
  const c = compareVersions(pin.upper.version, floor);
  return pin.upper.inclusive ? c >= 0 : c > 0;
}
function requirementFor(line, names) {
  const m = /^\s*(?:-\s+)?["']?([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(line);
  if (!m) return void 0;
  const name2 = m[1].toLowerCase().replace(/_/g, "-");
  if (!names.includes(name2)) return void 0;
  let rest = m[3];
  const stop = rest.search(/[;#"']/);
  if (stop >= 0) rest = rest.slice(0, stop);
  rest = rest.trim();
  if (rest.startsWith("@")) return "";
  return rest;
}
function poetryFor(line, names) {
  const m = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=\s*(.*)$/.exec(line);
  if (!m || !names.includes(m[1].toLowerCase().replace(/_/g, "-"))) return void 0;
  const v = /^["']([^"']*)["']/.exec(m[2]) ?? /version\s*=\s*["']([^"']*)["']/.exec(m[2]);
  return v ? v[1] : "";
}
function pinIn(f, names) {
  const lines = f.text.split(/\r?\n/);
  let inDependencies = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (f.kind === "environment" && /^[^\s#-]/.test(line)) inDependencies = /^dependencies\s*:/.test(line);
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    let spec;
    if (f.kind === "requirements") {
      if (trimmed.startsWith("-")) continue;
      spec = requirementFor(trimmed, names);
    } else if (f.kind === "pyproject") {
      spec = poetryFor(trimmed, names);
      if (spec === void 0 && !/^[A-Za-z0-9_.-]+\s*=\s*[^[\s]/.test(trimmed)) {
        for (const q of trimmed.matchAll(/["']([^"']+)["']/g)) {
          spec = requirementFor(q[1], names);
          if (spec !== void 0) break;
        }
      }
    } else if (f.kind === "setup.cfg") {
      spec = requirementFor(trimmed.replace(/^install_requires\s*=\s*/, ""), names);
    } else {
      if (!inDependencies || !trimmed.startsWith("-")) continue;
      const item = trimmed.replace(/^-\s*/, "").replace(/^["']|["']$/g, "");
      const conda = /^([A-Za-z0-9._-]+)\s*(=[^=].*|==.*|[<>~!].*)?$/.exec(item);
      if (conda && names.includes(conda[1].toLowerCase().replace(/^.*::/, ""))) {
        spec = (conda[2] ?? "").replace(/^=([^=][^=]*)=.*$/, "=$1");
      }
    }
    if (spec === void 0) continue;
    return { spec: trimmed.replace(/^-\s*/, "").replace(/\s+#.*$/, ""), file: f.rel, line: i + 1, upper: spec === "" ? void 0 : upperBound(spec) };
  }
  return void 0;
}
var ProjectPins = class {
  constructor(root) {
    this.root = root;
  }
  root;
  files = /* @__PURE__ */ new Map();
  async filesIn(dir) {
    let p = this.files.get(dir);
    if (!p) {
      p = this.readDir(dir);
      this.files.set(dir, p);
    }
    return p;
  }
  async readDir(dir) {
    let names;
    try {
      names = await readdir(join3(this.root, dir));
    } catch {
      return [];
    }
    const out = [];
    for (const name2 of names.sort()) {
      const lower = name2.toLowerCase();
      const kind = lower.startsWith("requirements") && lower.endsWith(".txt") ? "requirements" : lower === "pyproject.toml" ? "pyproject" : lower === "setup.cfg" ? "setup.cfg" : lower === "environment.yml" || lower === "environment.yaml" ? "environment" : void 0;
      if (!kind) continue;
      try {
        const buf = await readFile(join3(this.root, dir, name2));
        if (buf.length > MAX_PIN_FILE_BYTES) continue;
        out.push({ rel: dir === "." ? name2 : `${dir}/${name2}`, text: buf.toString("utf8"), kind });
      } catch {
      }
    }
    return out;
  }
  /** The pin of `pkg` that applies to a file in `dir` (relative to the root), or undefined when nothing names it. */
  async pinFor(dir, pkg) {
    const names = pkg === "torch" ? ["torch", "pytorch"] : ["peft"];
    for (let d = dir; ; d = posix.dirname(d)) {
      for (const f of await this.filesIn(d)) {
        const pin = pinIn(f, names);
        if (pin) return pin;
      }
      if (d === "." || d === "" || d === "/") return void 0;
    }
  }
};

// src/checks/code/unsafe-load.ts
var RULE_ID3 = "code-unsafe-load";
var TORCH_LOAD = /* @__PURE__ */ new Set(["torch.load", "torch.serialization.load"]);
var PICKLE_LOADS = /* @__PURE__ */ new Set(["pickle.load", "_pickle.load", "cPickle.load", "dill.load", "cloudpickle.load", "joblib.load", "pickle.Unpickler"]);
var TORCH_SAFE_DEFAULT = [2, 6];
function isPeftLoader(name2) {
  const parts = name2.split(".");
  const cls = parts[parts.length - 2] ?? "";
  return parts[parts.length - 1] === "from_pretrained" && (cls === "PeftModel" || cls.startsWith("PeftModelFor") || cls.startsWith("AutoPeftModel") || cls === "PeftMixedModel");
}
function unsafeLoad(ctx, pending) {
  const { mod } = ctx;
  const out = [];
  const push = (node, message, fix) => {
    const pos = at(ctx, node);
    out.push({ ruleId: RULE_ID3, line: pos.line, column: pos.column, message, fix });
  };
  for (const call of mod.calls) {
    const name2 = mod.calleeName(call);
    if (!name2) continue;
    if (TORCH_LOAD.has(name2)) {
      const args = mod.args(call);
      const wo = args.keywords.get("weights_only");
      if (wo) {
        if (mod.boolValue(wo.value) === false) {
          push(
            wo.node,
            `torch.load(..., weights_only=False)${where2(ctx, call)} unpickles whatever the file names: a tampered checkpoint runs code as soon as it is loaded.`,
            "Drop `weights_only=False` (torch 2.6 and later default to True), or load safetensors with `safetensors.torch.load_file`. If the file holds non-tensor objects you trust, allow exactly those with `torch.serialization.add_safe_globals([...])`."
          );
        }
        continue;
      }
      if (args.spread) continue;
      const pos = at(ctx, call);
      pending.push({ ruleId: RULE_ID3, pkg: "torch", line: pos.line, column: pos.column, what: mod.src(call.firstChild ?? call), where: where2(ctx, call) });
      continue;
    }
    if (PICKLE_LOADS.has(name2)) {
      const args = mod.args(call);
      const file = args.positional[0]?.value ?? args.keywords.get("file")?.value ?? args.keywords.get("filename")?.value;
      const ext2 = endsWithAny(pathTail(mod, file), PICKLE_CHECKPOINT_EXTENSIONS);
      if (!file || !ext2) continue;
      push(
        file,
        `${name2}${where2(ctx, call)} of a ${ext2} checkpoint runs whatever the pickle imports: pickle has no safe mode, so a tampered file runs code as soon as it is loaded.`,
        "Store tensors with safetensors and load them with `safetensors.torch.load_file`; for a torch checkpoint use `torch.load(path, weights_only=True)`. Never unpickle a checkpoint you did not write."
      );
      continue;
    }
    if (isPeftLoader(name2)) {
      const arg = mod.args(call).keywords.get("use_safetensors");
      if (!arg || mod.boolValue(arg.value) !== false) continue;
      push(
        arg.node,
        `${name2.split(".").slice(-2).join(".")}(..., use_safetensors=False)${where2(ctx, call)} skips adapter_model.safetensors and loads adapter_model.bin, a pickle: PEFT 0.13 and later pass weights_only=True (peft#1993), earlier releases unpickle anything, and torch's weights_only loader itself had bypasses before 2.6 (CVE-2025-32434).`,
        "Remove `use_safetensors=False` and ship adapter_model.safetensors (`adapter-guard convert adapter_model.bin` writes one without running Python)."
      );
    }
  }
  return out;
}
function torchLoadVerdict(site, pin) {
  const base = `${site.what}(...) without weights_only${site.where}`;
  if (!pin) {
    return {
      ruleId: RULE_ID3,
      line: site.line,
      column: site.column,
      severity: "note",
      message: `${base}: torch.load defaults to weights_only=True only from torch 2.6; before that it unpickles anything. Nothing in the project pins torch (requirements*.txt, pyproject.toml, setup.cfg, environment.yml), so which default applies depends on the environment.`,
      fix: "Pass `weights_only=True` explicitly, or pin `torch>=2.6`."
    };
  }
  if (!newestBelow(pin, TORCH_SAFE_DEFAULT)) return void 0;
  return {
    ruleId: RULE_ID3,
    line: site.line,
    column: site.column,
    message: `${base}: the project pins torch below 2.6 (\`${pin.spec}\` in ${pin.file}:${pin.line}), where torch.load defaults to weights_only=False and unpickles whatever the file names: a tampered checkpoint runs code as soon as it is loaded.`,
    fix: "Pass `weights_only=True`, or upgrade to torch 2.6 or later (where it is the default)."
  };
}

// src/checks/code/bias-dropped.ts
var RULE_ID4 = "code-bias-dropped";
var PEFT_BROKEN_FROM = [0, 7, 0];
var PEFT_FIXED_IN = [0, 21, 0];
function biasDroppedSites(ctx, pending) {
  const { mod } = ctx;
  for (const call of mod.calls) {
    const lora = configClass(mod, call, LORA_CONFIGS);
    const boft = lora ? void 0 : configClass(mod, call, BOFT_CONFIGS);
    if (!lora && !boft) continue;
    const bias = mod.args(call).keywords.get("bias");
    const wanted = lora ? "lora_only" : "boft_only";
    if (!bias || mod.stringValue(bias.value) !== wanted) continue;
    const pos = at(ctx, bias.node);
    pending.push({ ruleId: RULE_ID4, pkg: "peft", line: pos.line, column: pos.column, what: `${lora ?? boft}(bias="${wanted}")`, where: where2(ctx, call) });
  }
}
function biasDroppedVerdict(site, pin) {
  if (!pin || !newestBelow(pin, PEFT_FIXED_IN) || !newestAtLeast(pin, PEFT_BROKEN_FROM)) return void 0;
  return {
    ruleId: RULE_ID4,
    line: site.line,
    column: site.column,
    message: `${site.what}${site.where} trains each target's base_layer.bias, but the project pins a PEFT release that leaves it out of the saved adapter (\`${pin.spec}\` in ${pin.file}:${pin.line}; PEFT 0.7.0 up to 0.20.x, peft#3306): the reloaded adapter silently gives different outputs from the trained model.`,
    fix: 'Upgrade to peft>=0.21.0 (fixed by peft#3490), or use `bias="none"`; with an older PEFT, save the trained biases yourself and restore them after loading.'
  };
}

// src/checks/code/embeddings-saved.ts
var RULE_ID5 = "code-embeddings-saved";
var EMBEDDING_MODULES = /* @__PURE__ */ new Set(["lm_head", "embed_tokens"]);
var CONFIGS2 = /* @__PURE__ */ new Set([...LORA_CONFIGS, ...BOFT_CONFIGS, "LoHaConfig", "LoKrConfig", "IA3Config", "OFTConfig", "VeraConfig", "FourierFTConfig"]);
function embeddingsSaved(ctx) {
  const { mod } = ctx;
  const out = [];
  for (const call of mod.calls) {
    const args = mod.args(call);
    const sel = args.keywords.get("save_embedding_layers");
    const name2 = mod.calleeName(call) ?? "";
    if (sel && name2.includes(".") && mod.boolValue(sel.value) === true) {
      const pos = at(ctx, sel.node);
      out.push({
        ruleId: RULE_ID5,
        line: pos.line,
        column: pos.column,
        message: `save_embedding_layers=True${where2(ctx, call)} writes the full input and output embedding matrices into the adapter, making it as large as the embeddings (a tiny Llama's adapter grew from 2.6 KB to 134 KB; gigabytes for a real vocabulary).`,
        fix: "Leave save_embedding_layers at its default unless you added tokens and resized the embeddings; then consider `trainable_token_indices` to save only the new rows."
      });
      continue;
    }
    const cls = configClass(mod, call, CONFIGS2);
    if (!cls) continue;
    const targets = args.keywords.get("target_modules");
    const items = targets && (mod.listItems(targets.value) ?? [targets.value]);
    for (const item of items ?? []) {
      const value = mod.stringValue(item);
      if (value === void 0 || !EMBEDDING_MODULES.has(value)) continue;
      const pos = at(ctx, item);
      out.push({
        ruleId: RULE_ID5,
        line: pos.line,
        column: pos.column,
        message: `"${value}" in ${cls} target_modules${where2(ctx, call)}: PEFT then also saves the base ${value} weight (save_embedding_layers="auto"), so the adapter is as large as the embedding matrix (peft#2092).`,
        fix: `Drop "${value}" from target_modules unless the embeddings must change, or save with \`save_embedding_layers=False\` when the vocabulary did not change.`
      });
    }
  }
  return out;
}

// src/checks/code/index.ts
var PREFILTER_WORDS = [
  "torch",
  // torch.load, torch.save
  "add_adapter",
  // code-shared-tensor-save
  "safe",
  // safe_serialization=, use_safetensors=
  "_only",
  // bias="lora_only" / "boft_only"
  "pickle",
  "joblib",
  "lm_head",
  "embed"
  // embed_tokens, save_embedding_layers
];
function mentionsAny(text) {
  for (const w of PREFILTER_WORDS) if (text.includes(w)) return true;
  return false;
}
function toFinding(path2, s) {
  return finding(s.ruleId, { path: path2, line: s.line, column: s.column, message: s.message, fix: s.fix, severity: s.severity });
}
function lintUnit(path2, unit) {
  const ctx = { path: path2, mod: new PyModule(unit.text), unit };
  const pending = [];
  const sites = [...sharedTensorSave(ctx), ...unsafeSave(ctx), ...unsafeLoad(ctx, pending), ...embeddingsSaved(ctx)];
  biasDroppedSites(ctx, pending);
  return { findings: sites.map((s) => toFinding(path2, s)), pending, parsed: true };
}
function lintPython(path2, text) {
  if (!mentionsAny(text)) return { findings: [], pending: [], parsed: false };
  return lintUnit(path2, pythonFileUnit(text));
}
function lintNotebook(path2, text) {
  if (!mentionsAny(text)) return { findings: [], pending: [], parsed: false };
  const nb = readNotebook(text);
  if (nb.error !== void 0) {
    return {
      findings: [finding("file-unreadable", { path: path2, severity: "warning", message: `The notebook could not be read (${nb.error}), so its code cells were not linted.`, fix: 'Open and save the notebook in Jupyter (nbformat 4) so it is valid JSON with a "cells" list.' })],
      pending: [],
      parsed: false
    };
  }
  if (!nb.unit) return { findings: [], pending: [], parsed: false };
  return lintUnit(path2, nb.unit);
}
async function resolvePending(path2, pending, pins) {
  const slash = path2.lastIndexOf("/");
  const dir = slash < 0 ? "." : path2.slice(0, slash);
  const out = [];
  for (const site of pending) {
    const pin = await pins.pinFor(dir, site.pkg);
    const verdict = site.ruleId === "code-unsafe-load" ? torchLoadVerdict(site, pin) : biasDroppedVerdict(site, pin);
    if (verdict) out.push(toFinding(path2, verdict));
  }
  return out;
}

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
    json: parsed.error === void 0 ? { text, value: parsed.value } : { text, value: void 0, error: parsed.error }
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
var TUNER_BY_TYPE = new Map(TUNERS.map((t2) => [t2.type, t2]));
var PARAM_OWNERS = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const t2 of TUNERS) for (const p of t2.params) m.set(p, [...m.get(p) ?? [], t2.type]);
  return m;
})();
var SHARED_PARAMS = new Set(TUNERS.flatMap((t2) => t2.shared ?? []));
var PROMPT_KEYS = /* @__PURE__ */ new Set(["prompt_embeddings", "prefix_task_cols", "prefix_task_rows"]);
function compareVersions2(a, b) {
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
  const parsed = parseJson(text);
  if (parsed.error !== void 0) {
    return { findings: [invalid(`adapter_config.json is not valid JSON (${parsed.error}); \`PeftConfig.from_pretrained\` fails with a JSONDecodeError.`, parsed.errorLine ?? 1)] };
  }
  const lineOf = (key) => parsed.keys.get(key) ?? 1;
  const lineStarts2 = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts2.push(i + 1);
  const lineOfEntry = (key, entry) => {
    const from = lineStarts2[lineOf(key) - 1] ?? 0;
    const at2 = text.indexOf(JSON.stringify(entry), from);
    if (at2 < 0) return lineOf(key);
    let line = 1;
    while (line < lineStarts2.length && lineStarts2[line] <= at2) line++;
    return line;
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
  const get2 = (k) => has(k) ? root[k] : void 0;
  const peftType = get2("peft_type");
  if (peftType === void 0) {
    findings.push(invalid("`peft_type` is missing: PEFT fails with \"is missing required keys: {'peft_type'}\" and cannot tell which adapter this is.", 1));
  } else if (typeof peftType !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(peftType)) {
    findings.push(invalid(`\`peft_type\` is ${show(peftType)}, which no PEFT release knows (LORA, ADALORA, IA3, PROMPT_TUNING, \u2026).`, lineOf("peft_type")));
  } else if (!PEFT_TYPES.has(peftType) && !TUNER_BY_TYPE.has(peftType)) {
    findings.push(invalid(`\`peft_type\` is "${peftType}", a tuner type this scanner does not know yet (it knows the ${TUNER_BY_TYPE.size} types of PEFT up to 0.21); its weights were not checked. PEFT releases without it fail with "'${peftType}' is not a valid PeftType".`, lineOf("peft_type"), "note"));
  } else {
    view.peftType = peftType;
  }
  const taskType = get2("task_type");
  if (taskType !== void 0 && taskType !== null) {
    if (typeof taskType === "string" && TASK_TYPES.has(taskType)) view.taskType = taskType;
    else findings.push(invalid(`\`task_type\` is ${show(taskType)}; PEFT accepts ${[...TASK_TYPES].join(", ")} or null.`, lineOf("task_type")));
  }
  const lora = view.peftType !== void 0 && LORA_FAMILY.has(view.peftType);
  if (lora) {
    const r = get2("r");
    if (r === void 0) view.r = void 0;
    else if (isPositiveInt(r)) view.r = r;
    else findings.push(invalid(`\`r\` is ${show(r)}; the LoRA rank must be a positive integer.`, lineOf("r")));
    const alpha = get2("lora_alpha");
    if (alpha !== void 0 && (typeof alpha !== "number" || alpha === 0)) {
      findings.push(invalid(`\`lora_alpha\` is ${show(alpha)}; it must be a non-zero number (the update is scaled by lora_alpha / r).`, lineOf("lora_alpha")));
    }
    const dropout = get2("lora_dropout");
    if (dropout !== void 0 && (typeof dropout !== "number" || dropout < 0 || dropout > 1)) {
      findings.push(invalid(`\`lora_dropout\` is ${show(dropout)}; it must be a probability between 0 and 1.`, lineOf("lora_dropout")));
    }
    if (view.peftType === "ADALORA") {
      const initR = get2("init_r");
      if (initR === void 0) view.initR = void 0;
      else if (isPositiveInt(initR)) view.initR = initR;
      else findings.push(invalid(`\`init_r\` is ${show(initR)}; AdaLoRA's initial rank must be a positive integer.`, lineOf("init_r")));
    }
  }
  const bias = get2("bias");
  if (bias !== void 0 && bias !== null) {
    const ok = typeof bias === "string" && (lora ? LORA_BIAS_VALUES.includes(bias) : bias === "none" || bias === "all" || /^[a-z0-9]+_only$/.test(bias));
    if (ok) view.bias = bias;
    else findings.push(invalid(`\`bias\` is ${show(bias)}; PEFT accepts "none", "all" or "lora_only".`, lineOf("bias")));
  }
  for (const key of ["target_modules", "exclude_modules"]) {
    const v = get2(key);
    if (v === void 0 || v === null) continue;
    if (typeof v === "string" || isStringList(v)) {
      if (key === "target_modules") view.targetModules = v;
      else view.excludeModules = v;
    } else {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a list of module names or one regular expression string.`, lineOf(key)));
    }
  }
  for (const key of ["modules_to_save", "target_parameters"]) {
    const v = get2(key);
    if (v === void 0 || v === null) continue;
    if (isStringList(v)) {
      if (key === "modules_to_save") view.modulesToSave = v;
      else view.targetParameters = v;
    } else {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a list of module names.`, lineOf(key)));
    }
  }
  for (const key of ["rank_pattern", "alpha_pattern"]) {
    const v = get2(key);
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
  const layers = get2("layers_to_transform");
  if (typeof layers === "number" && Number.isInteger(layers)) view.layersToTransform = [layers];
  else if (Array.isArray(layers) && layers.length > 0 && layers.every((x) => typeof x === "number" && Number.isInteger(x))) view.layersToTransform = layers;
  const pattern = get2("layers_pattern");
  if (typeof pattern === "string" && pattern) view.layersPattern = [pattern];
  else if (Array.isArray(pattern) && pattern.length > 0 && pattern.every((x) => typeof x === "string")) view.layersPattern = pattern;
  const dora = get2("use_dora");
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
function matchesModuleSpec(spec, name2) {
  if (typeof spec === "string") {
    if (spec === ALL_LINEAR) return true;
    const re = compilePythonRegex(spec, fullMatch);
    return re ? re.test(name2) : void 0;
  }
  return spec.some((e) => e === ALL_LINEAR || name2 === e || name2.endsWith(`.${e}`));
}
function matchesTargetParameter(params, name2) {
  return params.some((p) => {
    const owner = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "";
    return owner === "" ? false : name2 === owner || name2.endsWith(`.${owner}`);
  });
}
function rankPatternFor(view, name2) {
  for (const [pattern, value] of Object.entries(view.rankPattern)) {
    if (typeof value !== "number") continue;
    const re = compilePythonRegex(pattern, (p) => `^(?:.*\\.)?(?:${p})$`);
    if (re?.test(name2)) return { rank: value, pattern };
  }
  return void 0;
}
function modulesToSaveEntry(entries, name2) {
  const parts = name2.split(".");
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
var EMBEDDING_MODULES2 = /* @__PURE__ */ new Set(["embed_tokens", "lm_head", "wte", "word_embeddings", "embed_in", "embed_out", "shared"]);
var VOCAB_SIZED_ROWS = 16e3;
function tensorBytes(t2) {
  const bits = dtypeInfo(t2.dtype)?.bits ?? (t2.storage ? t2.storage.itemsize * 8 : 0);
  return t2.shape.reduce((a, b) => a * b, 1) * bits / 8;
}
function isEmbeddingMatrix(t2) {
  const k = parseAdapterKey(t2.name);
  if (k.kind !== "other" || k.leaf !== "weight" || t2.shape.length !== 2) return false;
  const last = k.module.slice(k.module.lastIndexOf(".") + 1);
  return EMBEDDING_MODULES2.has(last) || t2.shape[0] >= VOCAB_SIZED_ROWS;
}
function mib(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}
function baseLayerFindings(weights, modulesToSave, targetModules) {
  const tensors = weights.tensors ?? [];
  const saved = tensors.filter((t2) => {
    const k = parseAdapterKey(t2.name);
    if (k.kind === "base-layer") return k.leaf === "weight";
    return isEmbeddingMatrix(t2) && modulesToSaveEntry(modulesToSave, k.module) === void 0;
  });
  if (saved.length === 0) return [];
  const targeted = (t2) => {
    const m = parseAdapterKey(t2.name).module;
    const last = m.slice(m.lastIndexOf(".") + 1);
    return EMBEDDING_MODULES2.has(last) && Array.isArray(targetModules) && targetModules.some((e) => m === e || m.endsWith(`.${e}`));
  };
  const auto = saved.every(targeted);
  const bytes = saved.reduce((n, t2) => n + tensorBytes(t2), 0);
  const total = tensors.reduce((n, t2) => n + tensorBytes(t2), 0);
  const share = total > 0 ? Math.round(100 * bytes / total) : 0;
  return [
    finding("peft-base-layer-saved", {
      path: weights.path,
      severity: auto ? "note" : void 0,
      message: `The adapter holds ${saved.length} full base-model weight(s), ${listNames(saved.map((t2) => t2.name), 3)}: ${mib(bytes)}, ${share}% of the file. This makes the "adapter" as large as that part of the model; PEFT does it when \`save_embedding_layers\` is True or "auto" finds \`embed_tokens\`/\`lm_head\` in target_modules.`,
      tensors: saved.map((t2) => t2.name).slice(0, 20)
    })
  ];
}

// src/checks/adapter/config-vs-weights.ts
function loraModules(keys) {
  const m = /* @__PURE__ */ new Map();
  for (const { k, t: t2 } of keys) {
    if (k.kind !== "lora" || !k.part || k.leaf === "bias") continue;
    const parts = m.get(k.module) ?? {};
    parts[k.part] = t2;
    m.set(k.module, parts);
  }
  return m;
}
function adaloraMask(view, module) {
  for (const [name2, mask] of Object.entries(view.rankPattern)) {
    if (!Array.isArray(mask)) continue;
    const parts = name2.split(".");
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
  return [compareVersions2(view.peftVersion, LAYER_INDEX_FIRST_SINCE) >= 0 ? "first" : "last"];
}
function mismatch(weights, message, modules, severity) {
  return finding("peft-config-mismatch", { path: weights.path, message, severity, tensors: modules.slice(0, 20) });
}
function configMismatchFindings(view, weights) {
  const tensors = weights.tensors ?? [];
  if (tensors.length === 0 || view.peftType === void 0) return [];
  const keys = tensors.map((t2) => ({ k: parseAdapterKey(t2.name), t: t2 }));
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
function tensorRange(t2) {
  if (!t2.dataOffsets || t2.dataStart === void 0) return void 0;
  return [t2.dataStart + t2.dataOffsets[0], t2.dataStart + t2.dataOffsets[1]];
}
async function* tensorChunks(src, t2, chunkBytes = DEEP_CHUNK_BYTES) {
  const range2 = tensorRange(t2);
  if (!range2) return;
  for (let at2 = range2[0]; at2 < range2[1]; at2 += chunkBytes) {
    const chunk = await src.read(at2, Math.min(chunkBytes, range2[1] - at2));
    if (chunk.length === 0) return;
    yield chunk;
  }
}
async function readTensorBytes(src, t2) {
  const range2 = tensorRange(t2);
  if (!range2 || range2[1] - range2[0] > MAX_WHOLE_TENSOR_BYTES) return void 0;
  return src.read(range2[0], range2[1] - range2[0]);
}
function sameBytes(a, b) {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}
var DeepCutShort = class extends Error {
  constructor(at2, partial) {
    super(`the deep read passed the per-file time limit at byte ${at2}`);
    this.at = at2;
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
function aliasPartner(name2) {
  if (!name2.endsWith(".bias") || !name2.includes("modules_to_save")) return void 0;
  const parts = name2.split(".");
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
  const byName = new Map(tensors.map((t2) => [t2.name, t2]));
  const pairs = [];
  for (const t2 of tensors) {
    const p = aliasPartner(t2.name);
    const partner = p !== void 0 ? byName.get(p) : void 0;
    if (partner) pairs.push([t2, partner]);
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
        message: `\`${alias.name}\` and \`${head.name}\` ${verdict}: PEFT cloned the alias made by bias="all" + modules_to_save to be able to save (peft#1876), costing ${tensorBytes(head).toLocaleString("en-US")} extra bytes. Only \`${head.name}\` is loaded.`
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
function elementSpan(t2) {
  const s = t2.storage;
  const stride = t2.stride && t2.stride.length === t2.shape.length ? t2.stride : rowMajorStride(t2.shape);
  let lo = s.offset;
  let hi = s.offset;
  for (let i = 0; i < t2.shape.length; i++) {
    const reach = (t2.shape[i] - 1) * stride[i];
    if (reach >= 0) hi += reach;
    else lo += reach;
  }
  return [lo, hi];
}
async function materialize(src, storage, t2, sink) {
  const s = t2.storage;
  if (!s) throw new Error(`tensor ${t2.name} has no storage`);
  const n = numel(t2.shape);
  if (n === 0) return 0;
  const isz = s.itemsize;
  const [lo, hi] = elementSpan(t2);
  if (lo < 0 || (hi + 1) * isz > storage.size) {
    throw new Error(`tensor ${t2.name} reaches outside its storage (elements ${lo}..${hi}, storage holds ${storage.size / isz})`);
  }
  if (isRowMajor(t2.shape, t2.stride)) {
    let pos = storage.dataOffset + s.offset * isz;
    let left = n * isz;
    const reuse = src instanceof FileSource ? new Uint8Array(Math.min(left, COPY_CHUNK_BYTES)) : void 0;
    while (left > 0) {
      const want = Math.min(left, COPY_CHUNK_BYTES);
      const chunk = reuse ? await src.readInto(reuse.subarray(0, want), pos) : await src.read(pos, want);
      if (chunk.length !== want) throw new Error(`storage of ${t2.name} is truncated`);
      await sink(chunk);
      pos += want;
      left -= want;
    }
    return n * isz;
  }
  const spanBytes = (hi - lo + 1) * isz;
  if (spanBytes > MAX_GATHER_BYTES) {
    throw new Error(`tensor ${t2.name} is a strided view over ${spanBytes} bytes, over the ${MAX_GATHER_BYTES}-byte gather limit`);
  }
  const window2 = await src.read(storage.dataOffset + lo * isz, spanBytes);
  if (window2.length !== spanBytes) throw new Error(`storage of ${t2.name} is truncated`);
  const stride = t2.stride;
  const rank = t2.shape.length;
  const out = new Uint8Array(Math.min(n * isz, COPY_CHUNK_BYTES - COPY_CHUNK_BYTES % isz));
  let o = 0;
  const idx = new Array(rank).fill(0);
  let srcEl = s.offset - lo;
  for (let k = 0; k < n; k++) {
    const from = srcEl * isz;
    for (let b = 0; b < isz; b++) out[o + b] = window2[from + b];
    o += isz;
    if (o === out.length) {
      await sink(out.slice());
      o = 0;
    }
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      srcEl += stride[d];
      if (idx[d] < t2.shape[d]) break;
      srcEl -= stride[d] * t2.shape[d];
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
  for (const t2 of a.tensors ?? []) {
    const st = t2.storage ? storages[t2.storage.key] : void 0;
    if (!st || (st.method ?? 0) !== 0 || !hasScanner(t2.dtype)) continue;
    const stats = { name: t2.name, dtype: t2.dtype, ...emptyCounts() };
    try {
      await materialize(src, st, t2, (chunk) => {
        if (Date.now() > deadline) throw new DeepCutShort(st.dataOffset, out);
        scanBits(t2.dtype, chunk, stats);
      });
      out.set(t2.name, stats);
    } catch (e) {
      if (e instanceof DeepCutShort) throw e;
    }
  }
  return out;
}

// src/checks/adapter/formats-disagree.ts
function describeTensor(t2) {
  return `${t2.dtype}[${t2.shape.join(", ")}]`;
}
async function hashPickleTensor(src, storages, t2) {
  const st = t2.storage ? storages[t2.storage.key] : void 0;
  if (!st || (st.method ?? 0) !== 0) return void 0;
  const h = createHash2("sha256");
  try {
    await materialize(src, st, t2, (chunk) => {
      h.update(chunk);
    });
  } catch {
    return void 0;
  }
  return h.digest("hex");
}
async function hashSafetensors(src, t2) {
  const h = createHash2("sha256");
  for await (const chunk of tensorChunks(src, t2)) h.update(chunk);
  return h.digest("hex");
}
async function differingBytes(g, root, common) {
  const st = g.safetensors;
  const bin = g.bin;
  const storages = bin ? storagesOf(bin) : void 0;
  if (!st?.tensors || !bin?.tensors || !storages || !onDisk(st) || !onDisk(bin)) return void 0;
  const stByName = new Map(st.tensors.map((t2) => [t2.name, t2]));
  const binByName = new Map(bin.tensors.map((t2) => [t2.name, t2]));
  const binSrc = await FileSource.open(pathOnDisk(root, bin.path));
  try {
    return await withFile(root, st, async (stSrc) => {
      const differ = [];
      for (const name2 of common) {
        const b = await hashPickleTensor(binSrc, storages, binByName.get(name2));
        if (b === void 0) return void 0;
        const a = await hashSafetensors(stSrc, stByName.get(name2));
        if (a !== b) differ.push(name2);
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
  const stByName = new Map(st.tensors.map((t2) => [t2.name, t2]));
  const binByName = new Map(bin.tensors.map((t2) => [t2.name, t2]));
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
import { existsSync as existsSync2 } from "node:fs";
import { join as join4 } from "node:path";
var INDEX_NAME = /^(.+?)(\.safetensors|\.bin)\.index\.json$/;
async function loadShard(root, path2, byPath) {
  const file = path2.slice(path2.lastIndexOf("/") + 1);
  const a = byPath.get(path2);
  if (a) return a.format === "lfs-pointer" ? { file, path: path2 } : { file, path: path2, tensors: a.tensors, bytes: a.bytes };
  if (path2.includes("!/") || !existsSync2(join4(root, path2))) return "missing";
  if (!file.endsWith(".safetensors")) return { file, path: path2 };
  if (!resolvesInside(realRootSync(root), join4(root, path2))) return { file, path: path2 };
  const src = await FileSource.open(join4(root, path2));
  try {
    const read = await readSafetensors(src);
    return { file, path: path2, tensors: read.ok ? read.header.tensors : void 0, bytes: src.size };
  } finally {
    await src.close();
  }
}
async function shardIndexFindings(index, analyses, root) {
  const { dir, base } = splitPath(index.path);
  const m = INDEX_NAME.exec(base);
  if (!m || !index.json) return [];
  const [, stem, ext2] = m;
  const path2 = index.path;
  const bad = (message, line, tensors) => finding("shard-index-invalid", { path: path2, line, message, tensors });
  const parsed = parseJson(index.json.text.charCodeAt(0) === 65279 ? index.json.text.slice(1) : index.json.text);
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
  const byPath = new Map(analyses.map((a) => [a.path, a]));
  const files = [...new Set(entries.map(([, f]) => f).filter((f) => typeof f === "string" && !badValues.some(([, b]) => b === f)))];
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
  for (const [name2, f] of entries) {
    const s = typeof f === "string" ? shards.get(f) : void 0;
    if (s?.tensors && !s.tensors.some((t2) => t2.name === name2)) absent.push(name2);
  }
  if (absent.length > 0) {
    out.push(bad(`${absent.length} tensor(s) in weight_map are not in the shard the index names, e.g. \`${absent[0]}\` \u2192 ${String(weightMap[absent[0]])}: loading fails or leaves them randomly initialised.`, lineOf(`weight_map.${absent[0]}`), absent.slice(0, 20)));
  }
  const unindexed = [...shards.values()].flatMap((s) => (s.tensors ?? []).filter((t2) => !Object.prototype.hasOwnProperty.call(weightMap, t2.name)).map((t2) => t2.name));
  if (unindexed.length > 0) {
    out.push(bad(`${unindexed.length} tensor(s) in the shards are missing from weight_map, e.g. \`${unindexed[0]}\`: loaders that go by the index (from_pretrained's missing-keys report, lazy loading) do not know they exist.`, lineOf("weight_map"), unindexed.slice(0, 20)));
  }
  const shardName = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d+-of-\\d+${ext2.replace(".", "\\.")}$`);
  const unreferenced = analyses.map((a) => splitPath(a.path)).filter((p) => p.dir === dir && shardName.test(p.base) && !files.includes(p.base)).map((p) => p.base);
  if (unreferenced.length > 0) {
    out.push(bad(`${unreferenced.length} shard file(s) beside the index are not referenced by it: ${listNames(unreferenced, 3)}. Loaders never read them; either the index is stale or the files are left over.`, lineOf("weight_map")));
  }
  const meta2 = parsed.value.metadata;
  const total = isJsonObject(meta2) ? meta2.total_size : void 0;
  const known = [...shards.values()];
  if (typeof total === "number" && missing.length === 0 && known.length > 0 && known.every((s) => s.tensors)) {
    const tensorTotal = known.reduce((n, s) => n + (s.tensors ?? []).reduce((k, t2) => k + tensorBytes(t2), 0), 0);
    const fileTotal = known.reduce((n, s) => n + (s.bytes ?? 0), 0);
    if (total !== tensorTotal && total !== fileTotal) {
      out.push(bad(`metadata.total_size is ${total.toLocaleString("en-US")} bytes, but the shards hold ${tensorTotal.toLocaleString("en-US")} bytes of tensors (${fileTotal.toLocaleString("en-US")} bytes of files): the index was written for other shards.`, lineOf("metadata.total_size")));
    }
  }
  return out;
}

// src/checks/adapter/weights-missing.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join5 } from "node:path";
function onDiskBeside(root, g, name2) {
  if (g.dir.includes("!/") || g.dir.endsWith("!")) return false;
  const abs = join5(root, g.dir, name2);
  return existsSync3(abs) && resolvesInside(realRootSync(root), abs);
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
  const keys = tensors.map((t2) => ({ k: parseAdapterKey(t2.name), t: t2 }));
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
    for (const { k, t: t2 } of keys) {
      const dim = k.param !== void 0 ? spec.rank.dims[k.param] : void 0;
      if (dim === void 0 || t2.shape.length <= dim) continue;
      const want = rankPatternFor(view, k.module)?.rank ?? base;
      if (t2.shape[dim] !== want) {
        wrong.push(t2.name);
        seen = t2.shape[dim];
      }
    }
    if (wrong.length > 0) out.push(mismatch2(weights, `${wrong.length} ${view.peftType} tensor(s) have rank ${seen} where ${spec.rank.key}=${base} in adapter_config.json (${listNames(wrong, 3)}): loading fails with "size mismatch for \u2026".`, wrong));
  }
  if (spec.skewBlock) {
    const { key, param } = spec.skewBlock;
    const b = num(raw[key]);
    if (b !== void 0 && b > 0) {
      const want = b * (b - 1) / 2;
      const last = (t2) => t2.shape[t2.shape.length - 1];
      const wrong = keys.filter((x) => x.k.param === param && x.t.shape.length >= 1 && last(x.t) !== want);
      if (wrong.length > 0) out.push(mismatch2(weights, `${key}=${b} means ${want} entries per ${param} block, but ${listNames(wrong.map((x) => x.t.name), 3)} hold ${last(wrong[0].t)}: loading fails with "size mismatch for \u2026${param}\u2026".`, wrong.map((x) => x.t.name)));
    }
  }
  const tokenRows = (module) => {
    if (view.peftType === "TRAINABLE_TOKENS") return Array.isArray(raw.token_indices) ? raw.token_indices.length : void 0;
    const tti = raw.trainable_token_indices;
    if (Array.isArray(tti)) return tti.length;
    if (tti && typeof tti === "object") {
      for (const [name2, idx] of Object.entries(tti)) if ((module === name2 || module.endsWith(`.${name2}`)) && Array.isArray(idx)) return idx.length;
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
  if (view.peftVersion !== void 0 && compareVersions2(view.peftVersion, LORA_ONLY_BIAS_SAVED_SINCE) >= 0) return [];
  const keys = (weights.tensors ?? []).map((t2) => parseAdapterKey(t2.name));
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
    const adapted = [...new Set((weights.tensors ?? []).map((t2) => parseAdapterKey(t2.name)).filter((k) => k.kind === "lora" || k.kind === "tuner").map((k) => k.module))];
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
  for (const a of analyses) {
    if (!a.path.endsWith(".index.json")) continue;
    try {
      out.push(...await shardIndexFindings(a, analyses, ctx.root));
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
  if (s.nan) parts.push(`${s.nan.toLocaleString("en-US")} NaN`);
  if (s.posInf) parts.push(`${s.posInf.toLocaleString("en-US")} +Inf`);
  if (s.negInf) parts.push(`${s.negInf.toLocaleString("en-US")} -Inf`);
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
  for (const t2 of tensors) {
    const r = tensorRange(t2);
    if (!r || !hasScanner(t2.dtype) || r[1] <= r[0]) continue;
    spans.push({ t: t2, start: r[0], end: r[1], width: Math.max(1, (dtypeInfo(t2.dtype)?.bits ?? 8) / 8), stats: { name: t2.name, dtype: t2.dtype, ...emptyCounts() } });
  }
  spans.sort((a, b) => a.start - b.start);
  const out = new Map(spans.map((s) => [s.t.name, s.stats]));
  if (spans.length === 0) return out;
  const fileEnd = Math.min(src.size, spans[spans.length - 1].end);
  let ahead = 0;
  const nextAt = (after) => {
    while (ahead < spans.length && spans[ahead].end <= after) ahead++;
    if (ahead >= spans.length) return void 0;
    const at3 = Math.max(after, spans[ahead].start);
    return at3 < fileEnd ? at3 : void 0;
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
  let at2 = nextAt(0);
  let pending = at2 === void 0 ? void 0 : readAt(at2);
  while (pending && at2 !== void 0) {
    const chunk = await pending;
    if (chunk.length === 0) break;
    if (Date.now() > deadline) throw new DeepCutShort(at2, out);
    const chunkAt = at2;
    const chunkEnd = chunkAt + chunk.length;
    at2 = nextAt(chunkEnd);
    pending = at2 === void 0 ? void 0 : readAt(at2);
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
  for (const a of analyses) {
    const pending = a.facts?.codePending;
    if (pending && pending.length > 0) out.push(...await resolvePending(a.path, pending, pins));
  }
  return out;
}

// src/remote/base-model.ts
import { existsSync as existsSync4, statSync as statSync3 } from "node:fs";
import { readdir as readdir2 } from "node:fs/promises";
import { isAbsolute, join as join6, resolve as resolve4 } from "node:path";
var MAX_BASE_JSON_BYTES = 16 * 1024 * 1024;
var MAX_BASE_SHARDS = 2048;
async function readText(o, name2, counter) {
  const src = await o.open(name2);
  try {
    if (src.size > MAX_BASE_JSON_BYTES) throw new Error(`${name2} is ${src.size} bytes, over the ${MAX_BASE_JSON_BYTES}-byte limit for a config`);
    const bytes = await src.read(0, src.size);
    counter.n += src.bytesRead;
    return new TextDecoder().decode(bytes);
  } finally {
    await src.close?.();
  }
}
async function readJsonObject(o, name2, counter) {
  const parsed = parseJson(await readText(o, name2, counter));
  if (!isJsonObject(parsed.value)) throw new Error(`${name2} of the base ${o.label} is not a JSON object`);
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
      for (const t2 of r.header.tensors) weights.set(t2.name, { dtype: t2.dtype, shape: t2.shape });
    } finally {
      await src.close?.();
    }
  }
  return { label: o.label, config, weights, bytesRead: counter.n };
}
async function localOpener(dir, label) {
  const names = (await readdir2(dir, { withFileTypes: true })).filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const set = new Set(names);
  return { label, has: (n) => set.has(n), list: () => names, open: (n) => FileSource.open(join6(dir, n)) };
}
function localBaseDir(name2, from) {
  if (name2 === "") return void 0;
  const candidates = isAbsolute(name2) ? [name2] : from.map((f) => resolve4(f, name2));
  for (const c of candidates) {
    try {
      if (existsSync4(c) && statSync3(c).isDirectory()) return c;
    } catch {
    }
  }
  return void 0;
}
async function loadBaseModel(spec, opts, from = [process.cwd()]) {
  const t2 = parseHubSpec(spec);
  if (t2) {
    if (!opts.hub) throw new Error(`no Hub endpoint to read ${spec}`);
    const hub = opts.hub;
    const r = await resolveHubRepo({ ...t2, path: void 0 }, hub);
    const prefix = t2.path ? `${t2.path}/` : "";
    const files = new Map(r.files.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path.slice(prefix.length), f]));
    const label = `hf://${r.name}@${r.sha}${t2.path ? `/${t2.path}` : ""}`;
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
function classifyKey2(t2) {
  const name2 = t2.name.startsWith(PREFIX) ? t2.name.slice(PREFIX.length) : t2.name;
  let m;
  const base = { key: t2.name, shape: t2.shape, param: "weight" };
  if (m = new RegExp(String.raw`^(.+?)\.(lora_A|lora_B)(?:\.${NAME2})?\.weight$`).exec(name2)) return { ...base, module: m[1], kind: m[2] };
  if (m = new RegExp(String.raw`^(.+?)\.lora_embedding_(A|B)(?:\.${NAME2})?$`).exec(name2)) return { ...base, module: m[1], kind: m[2] === "A" ? "emb_A" : "emb_B" };
  if (m = new RegExp(String.raw`^(.+?)\.lora_magnitude_vector(?:\.${NAME2})?(?:\.weight)?$`).exec(name2)) return { ...base, module: m[1], kind: "magnitude" };
  if (/(^|\.)lora_/.test(name2)) return void 0;
  if (m = new RegExp(String.raw`^(.+?)(?:\.modules_to_save(?:\.${NAME2})?|\.base_layer)?\.(weight|bias)$`).exec(name2)) return { ...base, module: m[1], kind: "copy", param: m[2] };
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
    const dot2 = module.indexOf(".");
    if (dot2 > 0) out.push(module.slice(dot2 + 1));
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
      if (list.length > 0) selects = names.some((n) => list.some((t2) => n === t2 || n.endsWith(`.${t2}`)));
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
function siblings(analyses, dir) {
  const at2 = (n) => analyses.find((a) => a.path === (dir ? `${dir}/${n}` : n));
  return { st: at2("adapter_model.safetensors"), bin: at2("adapter_model.bin") };
}
var baseMismatchCheck = async (analyses, ctx) => {
  const option = ctx.base;
  const out = [];
  const cache = /* @__PURE__ */ new Map();
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
      const name2 = typeof config.base_model_name_or_path === "string" ? config.base_model_name_or_path.trim() : "";
      if (!name2) continue;
      const local = localBaseDir(name2, remote ? [ctx.root] : [`${ctx.root}/${dir}`, ctx.root]);
      if (local) spec = local;
      else if (option?.remote && /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(name2)) {
        const rev = typeof config.revision === "string" && config.revision ? `@${encodeURIComponent(config.revision)}` : "";
        spec = `hf://${name2}${rev}`;
      } else continue;
    }
    const { st, bin } = siblings(analyses, dir);
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
function isCodeFile(name2) {
  return CODE_EXTENSIONS.has(extname(name2));
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
function codePass(files, analyses) {
  const rest = [];
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
      const r = format === "python" ? lintPython(f.rel, text) : lintNotebook(f.rel, text);
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

// src/engine/scan.ts
var DEFAULT_CONCURRENCY = 8;
var HEAVY_BYTES_IN_FLIGHT = 80 * 1024 ** 2;
var CONFIG_READS_AT_ONCE = 16;
async function pool(items, width, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}
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
    const t2 = new Promise((res) => {
      entry = { start: performance.now(), expire: () => res("timeout") };
    });
    this.running.add(entry);
    this.timer ??= setInterval(() => this.check(), Math.max(1, Math.min(WATCHDOG_TICK_MS, this.ms / 4))).unref();
    try {
      return await Promise.race([p, t2]);
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
  const disc = opts.sources && (opts.targets ?? []).length === 0 ? { files: [], findings: [] } : opts.onlyFiles ? await discover({ ...opts, targets: opts.onlyFiles, allFiles: false }) : await discover(opts);
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
  const analyses = [];
  const findings = [...opts.findings ?? [], ...discFindings];
  let unpacked = 0;
  let analysed = 0;
  let limitReported = false;
  const memory = new ByteGate(HEAVY_BYTES_IN_FLIGHT);
  const watchdog = new Watchdog(limits.maxMillisPerFile);
  const configs = /* @__PURE__ */ new Map();
  const configFiles = files.filter((f) => f.rel.endsWith("adapter_config.json"));
  await pool(configFiles, CONFIG_READS_AT_ONCE, async (f) => {
    try {
      if ((f.size ?? 0) > 16 * 1024 * 1024) return;
      const text = await readFile2(f.abs, "utf8");
      if (text.length > 16 * 1024 * 1024) return;
      const value = JSON.parse(text);
      if (isJsonObject(value)) configs.set(dirname2(f.rel), value);
    } catch {
    }
  });
  for (const c of opts.sources ?? []) {
    if (!c.rel.endsWith("adapter_config.json")) continue;
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
  const analyse = async (path2, src, depth) => {
    analysed++;
    if (analysed > limits.maxFiles) {
      if (!limitReported) {
        limitReported = true;
        findings.push(finding("resource-limit", { path: path2, message: `The scan stopped opening files after ${limits.maxFiles} files (maxFiles); the rest were not scanned.` }));
      }
      return;
    }
    const name2 = path2.slice(path2.lastIndexOf("/") + 1);
    const dir = path2.includes("!/") ? dirname2(path2.slice(0, path2.indexOf("!/"))) : dirname2(path2);
    const ctx = {
      path: path2,
      name: name2,
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
      const format = sniff(head, name2, src.size);
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
          const disguise = disguisedAsSafetensors(path2, name2, r.format);
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
    if (depth === 0 && (entry.format === "unknown" || entry.format === "lfs-pointer") && entry.findings.length === 0 && !worthOpening(name2)) {
      analyses.splice(analyses.indexOf(entry), 1);
      analysed--;
    }
  };
  const queue = opts.code === false ? [...files] : codePass(files, analyses);
  const progress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((n, f) => n + (f.size ?? 0), 0) };
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, async () => {
    for (; ; ) {
      const f = queue.shift();
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
  });
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
        const entry = analyses.find((x) => x.path === c.rel);
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
  analyses.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const a of analyses) findings.push(...a.findings);
  for (const check of POST_CHECKS) {
    try {
      const onDataRead = opts.onProgress ? (n) => {
        progress.bytesDone += n;
        opts.onProgress?.({ ...progress });
      } : void 0;
      findings.push(...await check(analyses, { deep, root: opts.root, maxMillisPerFile: limits.maxMillisPerFile, base: opts.base, onDataRead }));
    } catch (e) {
      findings.push(finding("file-unreadable", { path: ".", message: `A check failed unexpectedly: ${e.message}.` }));
    }
  }
  const byPath = new Map(analyses.map((a) => [a.path, a]));
  for (const f of findings) {
    const a = byPath.get(f.path);
    if (a && a.status === "ok") a.status = "findings";
  }
  const rootDir = resolve5(opts.root);
  if (rootDir.length > 1) {
    for (const f of findings) if (f.message.includes(rootDir)) f.message = f.message.split(`${rootDir}/`).join("").split(rootDir).join(".");
  }
  const final = applySuppressions(findings, opts.suppressions ?? [], opts.unsuppressible ?? []);
  final.sort(compareFindings);
  const report = buildReport(opts.root, analyses, final, failOn);
  if (opts.shard) report.shard = { index: opts.shard.index, count: opts.shard.count };
  return { report, analyses };
}
function disguisedAsSafetensors(path2, name2, format) {
  if (extname(name2) !== ".safetensors" || format === "safetensors" || format === "lfs-pointer") return void 0;
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
