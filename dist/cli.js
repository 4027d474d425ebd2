#!/usr/bin/env node
import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep3 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field2, index] of path2) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field2 = path2[path2.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli.ts
import { existsSync as existsSync3 } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/engine/scan.ts
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/types.ts
var SEVERITIES = ["critical", "error", "warning", "note"];
var SEVERITY_RANK = { critical: 4, error: 3, warning: 2, note: 1 };

// src/discover/files.ts
import { lstat, realpath, stat } from "node:fs/promises";
import { lstatSync } from "node:fs";
import { relative, resolve, sep as sep2 } from "node:path";

// src/discover/walk.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

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
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
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
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
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
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
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

// src/discover/walk.ts
var MM = { dot: true, posix: true };
function walkMatches(dir, patterns, ignore) {
  const want = patterns.map((p) => new Minimatch(p, MM));
  const skip = ignore.map((p) => new Minimatch(p, MM));
  const prune = ignore.filter((p) => p.endsWith("/**")).map((p) => new Minimatch(p.slice(0, -3), MM));
  const out = [];
  const visit = (abs, rel) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path2 = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!prune.some((m) => m.match(path2))) visit(join(abs, e.name), path2);
      } else if (want.some((m) => m.match(path2)) && !skip.some((m) => m.match(path2))) {
        out.push(path2);
      }
    }
  };
  visit(dir, "");
  return out;
}

// src/checks/rules.ts
var DOCS_URL = "https://github.com/adapter-guard/adapter-guard/blob/main/docs/rules.md";
var RULE_LIST = [
  // Discovery and generic problems
  {
    id: "lfs-pointer",
    severity: "warning",
    title: "Git LFS pointer instead of a checkpoint",
    fix: "Add `lfs: true` to actions/checkout (`with: { lfs: true }`), or run `git lfs pull`, so the real file is scanned."
  },
  {
    id: "file-unreadable",
    severity: "error",
    title: "File could not be read",
    fix: "Check that the file exists, is readable and is not a dangling or out-of-root symlink."
  },
  {
    id: "resource-limit",
    severity: "error",
    title: "A scan limit was reached",
    fix: "Inspect the file by hand: legitimate checkpoints stay far below these limits."
  },
  // safetensors (names of SafeTensorError variants appear in messages)
  {
    id: "safetensors-header-invalid",
    severity: "error",
    title: "safetensors header cannot be loaded",
    fix: "Re-save the tensors with `safetensors.torch.save_file` (or `save_pretrained(safe_serialization=True)`); the file as it stands will not load."
  },
  {
    id: "safetensors-offsets-invalid",
    severity: "error",
    title: "safetensors data offsets do not describe the buffer exactly",
    fix: "Re-save the file with the safetensors library; a hand-written or truncated file will fail to load."
  },
  {
    id: "safetensors-empty",
    severity: "error",
    title: "safetensors file holds no tensors",
    fix: "Save again from the trained model. With torch.compile unwrap the model first (`model._orig_mod`); with DeepSpeed ZeRO-3 set `stage3_gather_16bit_weights_on_model_save: true`."
  },
  {
    id: "safetensors-metadata-format",
    severity: "note",
    title: "safetensors `__metadata__.format` missing or unknown",
    fix: 'Save with `metadata={"format": "pt"}` (save_pretrained does this); transformers refuses a present format other than pt, tf, flax or mlx.'
  },
  {
    id: "safetensors-header-unpadded",
    severity: "note",
    title: "safetensors header not padded to 8 bytes",
    fix: "Nothing is required; the reference writer pads the header with spaces to a multiple of 8 bytes, so this file was written by another tool."
  },
  {
    id: "safetensors-dtype-new",
    severity: "note",
    title: "dtype unknown to older safetensors versions",
    fix: "Make sure every consumer runs a safetensors version that knows this dtype, or cast the tensor before saving."
  },
  // Pickle checkpoints
  {
    id: "pickle-code-execution",
    severity: "critical",
    title: "Pickle imports a callable that can run code",
    fix: "Do not load this file. Rebuild the checkpoint from trusted code and save it with safetensors."
  },
  {
    id: "pickle-unknown-global",
    severity: "error",
    title: "Pickle imports something a state dict does not need",
    fix: "Save only the state dict (`model.state_dict()`) and prefer safetensors; if the import is expected, suppress it with a reason in .adapter-guard.yml."
  },
  {
    id: "pickle-malformed",
    severity: "error",
    title: "Pickle cannot be fully parsed",
    fix: "Re-save the checkpoint; a truncated or tampered pickle should not be loaded."
  },
  {
    id: "zip-anomaly",
    severity: "error",
    title: "Zip container is unusual in a way loaders disagree on",
    fix: "Re-save the checkpoint with torch.save or safetensors; do not load an archive whose members are ambiguous."
  },
  {
    id: "shared-tensors",
    severity: "error",
    title: "Tensors share storage: safetensors refuses to save them",
    fix: "Save with `safetensors.torch.save_model` (it drops duplicates), or `.clone()` the aliases before saving."
  },
  {
    id: "non-contiguous-tensor",
    severity: "error",
    title: "Tensor is not contiguous: safetensors refuses to save it",
    fix: "Call `.contiguous()` on the tensor before saving."
  },
  {
    id: "pickle-checkpoint",
    severity: "warning",
    title: "Pickle-based checkpoint (loading it can run code)",
    fix: "Convert to safetensors (`adapter-guard convert FILE`, or save_pretrained(safe_serialization=True)) and remove the pickle."
  },
  // Adapter semantics
  {
    id: "peft-config-invalid",
    severity: "error",
    title: "adapter_config.json is not a valid PEFT config",
    fix: "Fix the field named in the message; `LoraConfig(...).save_pretrained(dir)` writes a valid file."
  },
  {
    id: "peft-weights-missing",
    severity: "error",
    title: "Adapter config or weights missing",
    fix: "Commit both `adapter_config.json` and `adapter_model.safetensors`, as `save_pretrained` writes them."
  },
  {
    id: "peft-config-mismatch",
    severity: "error",
    title: "Adapter weights contradict adapter_config.json",
    fix: "Save the config and the weights together with `save_pretrained` from the same model."
  },
  {
    id: "peft-target-unmatched",
    severity: "warning",
    title: "A target_modules entry matches no saved weight",
    fix: "Remove the entry or correct its spelling for this architecture."
  },
  {
    id: "peft-shared-bias-risk",
    severity: "warning",
    title: 'bias="all" with a trained head: the shared-bias trap',
    fix: 'Use `get_peft_model` (PEFT clones the alias) or `bias="lora_only"`/`"none"`; do not fall back to `safe_serialization=False`.'
  },
  {
    id: "peft-base-layer-saved",
    severity: "warning",
    title: "Full base-model weights saved inside the adapter",
    fix: "Save with `save_embedding_layers=False` unless the vocabulary changed, and keep base weights out of the adapter."
  },
  {
    id: "adapter-formats-disagree",
    severity: "error",
    title: "adapter_model.safetensors and adapter_model.bin disagree",
    fix: "Keep one weights file (the safetensors one), or re-save both from the same model."
  },
  {
    id: "shard-index-invalid",
    severity: "error",
    title: "Shard index does not match the shards",
    fix: "Re-save the sharded checkpoint with `save_pretrained` so the index and the shards agree."
  },
  {
    id: "tensor-nonfinite",
    severity: "error",
    title: "Tensor holds NaN or Inf",
    fix: "Retrain or re-save from a healthy step; NaN/Inf usually means the training diverged."
  },
  {
    id: "peft-untrained-adapter",
    severity: "warning",
    title: "Adapter was never trained (every lora_B is zero)",
    fix: "Save after training, from the model that was trained."
  }
];
var RULES = new Map(RULE_LIST.map((r) => [r.id, r]));
function allRules() {
  return RULE_LIST;
}
function ruleHelpUri(id) {
  return `${DOCS_URL}#${id}`;
}
function finding(ruleId, init) {
  const rule = RULES.get(ruleId);
  if (!rule) throw new Error(`unknown rule id ${ruleId}`);
  const f = {
    ruleId,
    severity: init.severity ?? rule.severity,
    path: init.path,
    message: init.message,
    fix: init.fix ?? rule.fix,
    helpUri: ruleHelpUri(ruleId)
  };
  if (init.line !== void 0) f.line = init.line;
  if (init.tensors && init.tensors.length > 0) f.tensors = init.tensors;
  return f;
}

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
    const size2 = numeric2(h, 124, 12);
    if (size2 === void 0) {
      listing.problems.push({ kind: "malformed", message: `tar header at offset ${pos} has an unreadable size field` });
      return listing;
    }
    const type = String.fromCharCode(h[156]);
    const dataStart = pos + TAR_BLOCK;
    if (dataStart + size2 > src.size) {
      listing.problems.push({ kind: "malformed", message: `tar member at offset ${pos} declares ${size2} bytes but the file ends first: truncated` });
      return listing;
    }
    pos = dataStart + roundUp(size2);
    if (type === GNU_LONGNAME || type === GNU_LONGLINK || type === PAX_LOCAL || type === PAX_GLOBAL) {
      if (size2 > MAX_LONG_HEADER_BYTES) {
        listing.problems.push({ kind: "limit", message: `tar extended header of ${size2} bytes at offset ${dataStart - TAR_BLOCK} is over the ${MAX_LONG_HEADER_BYTES}-byte limit` });
        return listing;
      }
      const body = await src.read(dataStart, size2);
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
    const realSize = paxSize !== void 0 && /^\d+$/.test(paxSize) ? Number(paxSize) : size2;
    if (realSize !== size2) {
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
var PICKLE_EXTENSIONS = /* @__PURE__ */ new Set([".pkl", ".pickle", ".joblib", ".dill", ".bin", ".pt", ".pth", ".ckpt", ".dat", ".data", ".model"]);
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
  if (startsWith(head, "\x93NUMPY")) return "npy";
  if (startsWith(head, LEGACY_TORCH_PREFIX)) return "pytorch-legacy";
  if (ext2 === ".safetensors" && looksLikeSafetensors(head)) return "safetensors";
  if (head.length >= 2 && head[0] === 128 && head[1] >= 1 && head[1] <= 5) return "pickle";
  if (ext2 === ".safetensors") return "safetensors";
  if (looksLikeSafetensors(head)) return "safetensors";
  if (ext2 === ".json") return "json";
  if (head.length > 0 && PICKLE_EXTENSIONS.has(ext2) && PROTO01_FIRST.has(head[0])) return "pickle";
  return "unknown";
}

// src/discover/files.ts
var DEFAULT_PATHS = ["**"];
var DEFAULT_EXCLUDE = [".git/**", "node_modules/**"];
function toPosix(p) {
  return sep2 === "/" ? p : p.split(sep2).join("/");
}
function isInside(root, p) {
  const r = relative(root, p);
  return r === "" || !r.startsWith("..") && !r.startsWith("/") && !/^[A-Za-z]:/.test(r);
}
async function discover(opts) {
  const root = resolve(opts.root);
  const realRoot = await realpath(root).catch(() => root);
  const targets = opts.targets && opts.targets.length > 0 ? opts.targets : ["."];
  const patterns = opts.paths && opts.paths.length > 0 ? opts.paths : DEFAULT_PATHS;
  const exclude = opts.exclude ?? DEFAULT_EXCLUDE;
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  const findings = [];
  const consider = async (abs, explicit) => {
    const rel = toPosix(relative(root, abs)) || toPosix(abs);
    if (seen.has(rel)) return;
    seen.add(rel);
    if (!explicit && !opts.allFiles && !worthOpening(rel)) return;
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      findings.push(finding("file-unreadable", { path: rel, message: `Cannot read the file: ${e.message}.` }));
      return;
    }
    if (st.isSymbolicLink()) {
      let target;
      try {
        target = await realpath(abs);
      } catch {
        findings.push(finding("file-unreadable", { path: rel, severity: "warning", message: "Dangling symlink: it points to a file that does not exist; not scanned." }));
        return;
      }
      if (!isInside(realRoot, target)) {
        findings.push(
          finding("file-unreadable", {
            path: rel,
            severity: "warning",
            message: "Symlink that points outside the scan root; not followed (a checkout should not make the scanner read files outside the repository)."
          })
        );
        return;
      }
      const tst = await stat(target).catch(() => void 0);
      if (!tst?.isFile()) return;
      files.push({ abs, rel, size: tst.size });
      return;
    } else if (!st.isFile()) {
      return;
    }
    files.push({ abs, rel, size: st.size });
  };
  for (const t of targets) {
    const abs = resolve(root, t);
    let st;
    try {
      st = await lstat(abs);
    } catch (e) {
      findings.push(finding("file-unreadable", { path: toPosix(relative(root, abs)) || t, message: `Cannot read the path: ${e.message}.` }));
      continue;
    }
    if (st.isDirectory()) {
      const matches = walkMatches(abs, patterns, exclude);
      matches.sort();
      for (const m of matches) await consider(resolve(abs, m), false);
    } else {
      await consider(abs, true);
    }
  }
  files.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files, findings };
}

// src/formats/source.ts
import { closeSync, fstatSync, openSync, read as readCb, readSync } from "node:fs";
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
var HEAD_WINDOW_BYTES = 64 * 1024;
var TAIL_WINDOW_BYTES = 64 * 1024;
var READAHEAD_BYTES = 4 * 1024;
var SYNC_READ_MAX_BYTES = 1024 * 1024;
var YIELD_EVERY_FETCHES = 8;
var FileSource = class _FileSource {
  constructor(fd, size2) {
    this.fd = fd;
    this.size = size2;
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
    if (end <= HEAD_WINDOW_BYTES || this.size <= HEAD_WINDOW_BYTES + TAIL_WINDOW_BYTES) {
      this.head ??= await this.fetch(0, this.size <= HEAD_WINDOW_BYTES + TAIL_WINDOW_BYTES ? this.size : HEAD_WINDOW_BYTES);
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
    const buf = new Uint8Array(n);
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
  constructor(parent, start, size2) {
    this.parent = parent;
    this.start = start;
    this.size = size2;
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
  const duplicates = [];
  const keys = /* @__PURE__ */ new Map();
  const wantKeys = options.keys !== false;
  const hasOwn = Object.prototype.hasOwnProperty;
  const lineStarts = [0];
  for (let i2 = 0; i2 < text.length; i2++) if (text.charCodeAt(i2) === 10) lineStarts.push(i2 + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
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
      const col = Math.min(e.pos, text.length) - lineStarts[line - 1] + 1;
      return { error: `${e.message} at line ${line} column ${col}`, errorLine: line, duplicates, keys };
    }
    throw e;
  }
}
function isJsonObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat);
}

// src/checks/suppressions.ts
function applySuppressions(findings, suppressions, unsuppressible = []) {
  if (suppressions.length === 0) return findings;
  return findings.map((f) => {
    if (unsuppressible.includes(f.severity)) return f;
    const s = suppressions.find(
      (s2) => (s2.rule === "*" || s2.rule === f.ruleId) && minimatch(f.path, s2.path, { dot: true, matchBase: !s2.path.includes("/") })
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
  if (h.tensors.length === 0) {
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

// src/formats/safetensors.ts
var MAX_HEADER_SIZE = 1e8;
var USIZE_MAX = (1n << 64n) - 1n;
function fail(code, message, tensor) {
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
  const size2 = src.size;
  if (size2 < 8) return fail("HeaderTooSmall", `header too small: the file is ${size2} bytes, fewer than the 8 bytes of the header length`);
  const prefix = await src.read(0, 8);
  const n = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_SIZE)) {
    return fail("HeaderTooLarge", `header too large: the first 8 bytes declare a ${n}-byte header, over the reference limit of ${MAX_HEADER_SIZE} bytes`);
  }
  const headerLength = Number(n);
  if (8 + headerLength > size2) {
    return fail("InvalidHeaderLength", `invalid header length: the header is declared as ${headerLength} bytes but only ${size2 - 8} bytes follow the length prefix`);
  }
  const raw = await src.read(8, headerLength);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return fail("InvalidHeader", "invalid UTF-8 in header: the header bytes are not valid UTF-8");
  }
  const parsed = parseJson(text, { markFloats: true, keys: false });
  if (parsed.error !== void 0) return fail("InvalidHeaderDeserialization", `invalid JSON in header: ${parsed.error}`);
  const root = parsed.value;
  if (!isJsonObject(root)) {
    return fail("InvalidHeaderDeserialization", `invalid JSON in header: expected a JSON object, found ${describe(root)}`);
  }
  const topDuplicates = parsed.duplicates.filter((d) => !d.path.includes(".") && !d.path.includes("["));
  if (topDuplicates.length > 0) {
    const name = topDuplicates[0].path;
    return fail(
      "DuplicateTensorName",
      `invalid JSON in header: the tensor name "${name}" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors`,
      name
    );
  }
  let metadata;
  const tensors = [];
  const bounds = [];
  for (const [name, value] of Object.entries(root)) {
    if (name === "__metadata__") {
      if (value === null) continue;
      if (!isJsonObject(value)) {
        return fail("InvalidHeaderDeserialization", `invalid JSON in header: \`__metadata__\` must be a map of strings to strings, found ${describe(value)}`);
      }
      metadata = {};
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== "string") {
          return fail("InvalidHeaderDeserialization", `invalid JSON in header: \`__metadata__\` value for "${k}" must be a string, found ${describe(v)}`);
        }
        metadata[k] = v;
      }
      continue;
    }
    if (!isJsonObject(value)) {
      return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" must be an object with dtype, shape and data_offsets, found ${describe(value)}`, name);
    }
    const dtype = value.dtype;
    if (typeof dtype !== "string") {
      return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has dtype ${describe(dtype)}, expected a dtype name`, name);
    }
    const info = dtypeInfo(dtype);
    if (!info) {
      return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has unknown dtype "${dtype}" (unknown variant)`, name);
    }
    const shapeV = value.shape;
    if (!Array.isArray(shapeV)) {
      return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has shape ${describe(shapeV)}, expected a list of non-negative integers`, name);
    }
    const shape = [];
    for (const d of shapeV) {
      const u = asUsize(d);
      if (u === void 0) {
        return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has a shape dimension ${describe(d)}, expected a non-negative integer`, name);
      }
      shape.push(u);
    }
    const offV = value.data_offsets;
    if (!Array.isArray(offV) || offV.length !== 2) {
      return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has data_offsets ${Array.isArray(offV) ? `with ${offV.length} entries` : describe(offV)}, expected exactly two integers [begin, end]`, name);
    }
    const begin = asUsize(offV[0]);
    const end = asUsize(offV[1]);
    if (begin === void 0 || end === void 0) {
      return fail("InvalidHeaderDeserialization", `invalid JSON in header: tensor "${name}" has data_offsets [${describe(offV[0])}, ${describe(offV[1])}], expected non-negative integers`, name);
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
      return fail("InvalidOffset", `invalid offset for tensor \`${t.name}\`: ${why}`, t.name);
    }
    if (t.nelem < 0n) {
      return fail("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${t.name}\` has shape [${t.shape.join(", ")}]`, t.name);
    }
    const nbits = t.nelem * BigInt(t.bits);
    if (nbits > USIZE_MAX) {
      return fail("ValidationOverflow", `overflow computing buffer size from shape and/or element type: tensor \`${t.name}\` has shape [${t.shape.join(", ")}]`, t.name);
    }
    if (nbits % 8n !== 0n) {
      return fail("MisalignedSlice", `tensor \`${t.name}\` of a ${t.bits}-bit dtype with shape [${t.shape.join(", ")}] holds ${nbits} bits, which does not end on a byte boundary (MisalignedSlice)`, t.name);
    }
    if (t.end - t.begin !== nbits / 8n) {
      return fail("TensorInvalidInfo", `invalid shape, data type, or offset for tensor \`${t.name}\`: shape [${t.shape.join(", ")}] needs ${nbits / 8n} bytes but data_offsets [${t.begin}, ${t.end}] span ${t.end - t.begin}`, t.name);
    }
    start = t.end;
  }
  const dataStart = 8 + headerLength;
  if (start + BigInt(dataStart) !== BigInt(size2)) {
    const diff = BigInt(size2) - BigInt(dataStart) - start;
    const why = diff > 0n ? `${diff} bytes after the last tensor are not indexed by any tensor (a polyglot or appended file)` : `the tensors need ${-diff} bytes more than the file holds (truncated)`;
    return fail("MetadataIncompleteBuffer", `incomplete metadata, file not fully covered: ${why}`);
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

// src/formats/zip.ts
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
  let size2 = 0;
  let crc = 0;
  try {
    for await (const chunk of inflateChunks(compressed, kind)) {
      if (size2 + chunk.length > stopAfter) return { size: size2 + chunk.length, crc32: crc, over: true };
      crc = crc32(chunk, crc);
      size2 += chunk.length;
    }
  } catch (e) {
    return { size: size2, crc32: crc, over: false, error: e.message };
  }
  return { size: size2, crc32: crc, over: false };
}
var InflatingSource = class {
  /** `size` is the measured inflated size (measureInflated), `window` the bytes kept from the start. */
  constructor(compressed, size2, window, kind = "deflate-raw") {
    this.compressed = compressed;
    this.size = size2;
    this.kind = kind;
    this.kept = new Uint8Array(Math.min(size2, window));
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
function crc322(bytes) {
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
  if (crc322(inflated) !== entry.crc32) {
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
  if (bytes.length !== entry.uncompressedSize || crc322(bytes) === entry.crc32) return void 0;
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
  return new Promise((resolve5) => {
    const finish = (error) => resolve5({ data: out.subarray(0, n), over, ...error !== void 0 ? { error } : {} });
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
      const [k, child] = entries[i];
      if (!(child instanceof TensorRef) && !(child instanceof Map) && !Array.isArray(child)) continue;
      const key = typeof k === "string" || typeof k === "number" || typeof k === "bigint" || typeof k === "boolean" ? String(k) : isTuple(k) ? "(tuple)" : "(key)";
      work.push({ value: child, name: f.name === "" ? key : `${f.name}.${key}`, depth: f.depth + 1 });
    }
  }
  return { tensors, truncated: false };
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
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
function intValue(n) {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
var STRTOL_RE = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;
var PYINT_BASE0_RE = /^\s*([+-]?)(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?[0-9])*)\s*$/;
var PYINT_BASE10_RE = /^\s*([+-]?)([0-9](?:_?[0-9])*)\s*$/;
function parseBigInt(sign, digits) {
  const clean = digits.replace(/_/g, "");
  let v;
  if (/^0[xXoObB]/.test(clean)) v = BigInt(clean.toLowerCase());
  else if (/^0[0-7]+$/.test(clean)) v = BigInt(`0o${clean.slice(1)}`);
  else v = BigInt(clean);
  return sign === "-" ? -v : v;
}
function parseIntOpcode(text) {
  const m = STRTOL_RE.exec(text) ?? PYINT_BASE0_RE.exec(text);
  return m ? parseBigInt(m[1] ?? "", m[2] ?? "") : void 0;
}
function parseLongOpcode(text) {
  const t = text.endsWith("L") ? text.slice(0, -1) : text;
  const m = PYINT_BASE0_RE.exec(t);
  return m ? parseBigInt(m[1] ?? "", m[2] ?? "") : void 0;
}
function parseBase10(text) {
  const m = PYINT_BASE10_RE.exec(text);
  return m ? BigInt(((m[1] ?? "") === "-" ? "-" : "") + (m[2] ?? "").replace(/_/g, "")) : void 0;
}
var FLOAT_RE = /^\s*[+-]?(?:(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)\s*$/i;
function parseFloatText(text) {
  if (!FLOAT_RE.test(text) || !/[0-9a-z]/i.test(text)) return void 0;
  const t = text.trim().replace(/_/g, "").toLowerCase();
  const unsigned = t.replace(/^[+-]/, "");
  const neg = t.startsWith("-");
  if (unsigned.startsWith("inf")) return neg ? -Infinity : Infinity;
  if (unsigned === "nan") return NaN;
  const v = Number(t);
  return Number.isNaN(v) ? void 0 : v;
}
function escapeDecode(b) {
  const out = [];
  const simple = { 92: 92, 39: 39, 34: 34, 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 92 || i + 1 >= b.length) {
      out.push(c);
      continue;
    }
    const e = b[i + 1];
    if (simple[e] !== void 0) {
      out.push(simple[e]);
      i++;
    } else if (e === 10) {
      i++;
    } else if (e >= 48 && e <= 55) {
      let v = 0;
      let j = i + 1;
      while (j < b.length && j < i + 4 && b[j] >= 48 && b[j] <= 55) v = v * 8 + (b[j++] - 48);
      out.push(v & 255);
      i = j - 1;
    } else if (e === 120 && i + 3 < b.length && /^[0-9a-fA-F]{2}$/.test(String.fromCharCode(b[i + 2], b[i + 3]))) {
      out.push(parseInt(String.fromCharCode(b[i + 2], b[i + 3]), 16));
      i += 3;
    } else {
      out.push(c);
    }
  }
  return Uint8Array.from(out);
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
  signedLE(b) {
    if (b.length === 0) return 0n;
    let v = 0n;
    for (let i = b.length - 1; i >= 0; i--) v = v << 8n | BigInt(b[i]);
    if (b[b.length - 1] & 128) v -= 1n << BigInt(8 * b.length);
    return v;
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
        if (this.halted) return { stopped: false, end: this.pos, value: void 0 };
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
        return { stopped: false, end: this.pos, value: void 0 };
      }
      this.problem("internal", `the pickle reader failed at offset ${this.opOffset}: ${e instanceof Error ? e.message : String(e)}`);
      return { stopped: false, end: this.pos, value: void 0 };
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
        return this.push(intValue(v));
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
        return this.push(intValue(v));
      }
      case "LONG1": {
        const n = this.u8();
        return this.push(intValue(this.signedLE(this.take(n, "LONG1"))));
      }
      case "LONG4": {
        const n = this.i32();
        if (n < 0) throw new Fatal("bad-argument", "LONG pickle has negative byte count", this.opOffset);
        if (n > 1 << 20) this.limit(`LONG4 of ${n} bytes`);
        return this.push(intValue(this.signedLE(this.take(n, "LONG4"))));
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
          const v = parseBase10(text);
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
          const v = parseBase10(text);
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
  while (pickles < maxPickles && pos < bytes.length && !scan2.halted) {
    const before = scan2.problems.length;
    const r = scan2.runPickle(pos);
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
  let tensors = [];
  let truncated = false;
  try {
    ;
    ({ tensors, truncated } = collectTensors(scan2.values, limits.maxTensorWalk));
  } catch (e) {
    scan2.problem("internal", `naming tensors failed: ${e instanceof Error ? e.message : String(e)}`, end);
  }
  if (truncated) scan2.problem("limit", `more than ${limits.maxTensorWalk} values visited while naming tensors`, end);
  return { end, pickles, imports: scan2.imports, problems: scan2.problems, tensors, values: scan2.values };
}
function scanPickles(bytes, opts = {}) {
  const limits = { ...DEFAULT_PICKLE_LIMITS, ...opts.limits ?? {} };
  try {
    return scanStream(bytes, opts, limits, 0);
  } catch (e) {
    return {
      end: opts.start ?? 0,
      pickles: 0,
      imports: [],
      problems: [{ code: "internal", message: `the pickle reader failed: ${e instanceof Error ? e.message : String(e)}`, offset: opts.start ?? 0 }],
      tensors: [],
      values: []
    };
  }
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
  for (const { first, count } of groups.filter((g) => g.first.verdict === "unknown")) {
    out.push(
      finding("pickle-unknown-global", {
        path: path2,
        message: `The pickle imports \`${first.module}.${first.name}\` ${where(first, count)}: ${first.description}.`
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

// src/checks/tensor-layout.ts
var MAX_NAMES_IN_MESSAGE = 10;
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
  return { run, truncated: src.size > maxBytes };
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
  let size2 = Math.min(cap, STACK_WINDOW_BYTES);
  for (; ; ) {
    const window = await src.read(offset, size2);
    const run = scanPickles(window, { maxPickles: count });
    if (run.pickles >= count || size2 >= cap || stoppedOnBadBytes(window, run, src.size - offset)) {
      return { run, end: offset + run.end, capped: run.pickles < count && size2 >= cap && cap < src.size - offset };
    }
    size2 = Math.min(cap, size2 * 2);
  }
}
function hiddenPickleFindings(path2, where2, hidden, maxBytes) {
  const out = pickleFindings(path2, hidden.run).map((f) => ({ ...f, message: `In ${where2}: ${f.message}` }));
  if (hidden.truncated) {
    out.push(finding("resource-limit", { path: path2, message: `The pickle in ${where2} is bigger than the ${maxBytes}-byte pickle limit; only its start was scanned.` }));
  }
  return out;
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
function zipProblemFindings(path2, problems) {
  return problems.map((p) => {
    const rule = p.kind === "anomaly" ? "zip-anomaly" : p.kind === "limit" ? "resource-limit" : "pickle-malformed";
    return finding(rule, { path: path2, message: `${p.message}.` });
  });
}
function hasBlocking(findings) {
  return findings.some((f) => f.severity === "critical" || f.severity === "error");
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
function storageFindings(path2, tensors, byName, root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const t of tensors) {
    const s = t.storage;
    if (!s || seen.has(s.key)) continue;
    seen.add(s.key);
    const member = `${root}/${STORAGE_DIR}${s.key}`;
    const entry = byName.get(member);
    const want = s.numel * s.itemsize;
    const users = tensors.filter((u) => u.storage?.key === s.key).map((u) => u.name);
    if (!entry) {
      out.push(finding("pickle-malformed", { path: path2, tensors: users, message: `Storage \`${s.key}\` is referenced by the pickle but member \`${member}\` is missing.` }));
    } else if (entry.uncompressedSize < want) {
      out.push(finding("pickle-malformed", { path: path2, tensors: users, message: `Member \`${member}\` holds ${entry.uncompressedSize} bytes but storage \`${s.key}\` needs ${s.numel} elements x ${s.itemsize} bytes = ${want}: truncated.` }));
    } else if (entry.uncompressedSize > want) {
      out.push(finding("zip-anomaly", { path: path2, tensors: users, message: `Member \`${member}\` holds ${entry.uncompressedSize} bytes, more than the ${want} bytes storage \`${s.key}\` needs; torch ignores the rest.` }));
    }
  }
  return out;
}
async function analyseTorchZip(src, dir, opts) {
  const root = torchZipRoot(dir) ?? "";
  const pickleMember = `${root}/${PICKLE_NAME}`;
  const problems = [...dir.problems, ...duplicateNameProblems(dir.entries)];
  const findings = [];
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
      const hidden = await scanHiddenPickle(opened.source, Math.min(opts.maxPickleBytes, opts.maxMemberBytes));
      if (hidden) findings.push(...hiddenPickleFindings(opts.path, `member \`${entry.name}\``, hidden, opts.maxPickleBytes));
    } catch (e) {
      problems.push({ kind: "malformed", member: entry.name, message: `member \`${entry.name}\` could not be read: ${e.message}` });
    }
  }
  if (runs.length === 0 && !problems.some((p) => p.member === pickleMember)) {
    problems.push({ kind: "malformed", member: pickleMember, message: `\`${pickleMember}\` could not be read` });
  }
  for (const run of runs) findings.push(...pickleFindings(opts.path, run));
  const tensors = runs[0]?.tensors ?? [];
  findings.push(...storageFindings(opts.path, tensors, byName, root));
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
  findings.unshift(...zipProblemFindings(opts.path, problems));
  findings.push(...tensorLayoutFindings(opts.path, tensors, opts.siblingConfig ? { siblingConfig: opts.siblingConfig } : {}));
  if (!hasBlocking(findings)) findings.push(pickleCheckpointFinding(opts.path));
  return { findings, tensors, facts: { container: "pytorch-zip", root, pickleMember, storages } };
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
async function analyseTorchTar(src, listing, opts) {
  const { path: path2 } = opts;
  const findings = [];
  for (const entry of listing.files) {
    try {
      findings.push(...await scanMember(src, entry, opts));
    } catch (e) {
      findings.push(finding("pickle-malformed", { path: path2, message: `Member \`${entry.name}\` could not be read: ${e.message}.` }));
    }
  }
  if (!findings.some((f) => f.severity === "critical" || f.severity === "error")) findings.push(pickleCheckpointFinding(path2));
  return { findings, facts: { container: "pytorch-tar", members: listing.files.map((f) => f.name) } };
}
async function scanMember(src, entry, opts) {
  const { path: path2 } = opts;
  const member = new SliceSource(src, entry.dataStart, entry.size);
  const where2 = `member \`${entry.name}\``;
  if (entry.name === MEMBER_STORAGES || entry.name === MEMBER_TENSORS) {
    const w = new Walk(member, opts.maxPickleBytes);
    await (entry.name === MEMBER_STORAGES ? walkStorages(w) : walkTensors(w));
    if (w.problems.length === 0 && w.pos < member.size) w.problems.push(`${member.size - w.pos} bytes follow the last record`);
    const out = pickleFindings(path2, mergeRuns(w.runs)).map((f) => ({ ...f, message: `In ${where2}: ${f.message}` }));
    for (const p of w.problems) out.push(finding("pickle-malformed", { path: path2, message: `In ${where2}: ${p}.` }));
    return out;
  }
  if (entry.name === MEMBER_SYS_INFO || entry.name === MEMBER_PICKLE) {
    const runs = [];
    let pos = 0;
    while (pos < member.size) {
      const at = await scanPicklesAt(member, pos, 1, opts.maxPickleBytes);
      runs.push(at.run);
      if (at.run.pickles < 1 || at.end <= pos) break;
      pos = at.end;
    }
    return pickleFindings(path2, mergeRuns(runs)).map((f) => ({ ...f, message: `In ${where2}: ${f.message}` }));
  }
  const hidden = await scanHiddenPickle(member, opts.maxPickleBytes);
  return hidden ? hiddenPickleFindings(path2, where2, hidden, opts.maxPickleBytes) : [];
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
  const done = new Promise((resolve5) => {
    gunzip.on("data", (chunk) => {
      if (overLimit) return;
      if (total + chunk.length > maxBytes) {
        overLimit = true;
        chunks.push(chunk.subarray(0, maxBytes - total));
        total = maxBytes;
        gunzip.destroy();
        resolve5();
        return;
      }
      chunks.push(chunk);
      total += chunk.length;
    });
    gunzip.on("error", (e) => {
      error = e.message;
      resolve5();
    });
    gunzip.on("end", () => resolve5());
    gunzip.on("close", () => resolve5());
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
async function walkStorages2(src, start, keys, tensors, path2) {
  const shapes = storageShapes(tensors);
  const walk = { storages: {}, end: start, problems: [] };
  let pos = start;
  for (const key of keys) {
    const shape = shapes.get(key);
    if (!shape) {
      walk.problems.push(finding("pickle-malformed", { path: path2, message: `Storage key \`${key}\` is listed but no tensor uses it, so its element size is unknown; the raw storages after it were not checked.` }));
      walk.end = pos;
      return walk;
    }
    const countBytes = await src.read(pos, STORAGE_COUNT_BYTES);
    if (countBytes.length < STORAGE_COUNT_BYTES) {
      walk.problems.push(finding("pickle-malformed", { path: path2, tensors: shape.users, message: `The file ends at ${src.size} before the raw data of storage \`${key}\`: truncated.` }));
      walk.end = src.size;
      return walk;
    }
    const count = new DataView(countBytes.buffer, countBytes.byteOffset, STORAGE_COUNT_BYTES).getBigInt64(0, true);
    const numel2 = Number(count);
    if (count < 0n || !Number.isSafeInteger(numel2)) {
      walk.problems.push(finding("pickle-malformed", { path: path2, tensors: shape.users, message: `Storage \`${key}\` at offset ${pos} declares an impossible element count ${count}.` }));
      walk.end = pos;
      return walk;
    }
    if (numel2 !== shape.numel) {
      walk.problems.push(finding("pickle-malformed", { path: path2, tensors: shape.users, message: `Storage \`${key}\` holds ${numel2} elements in the file but the pickle declares ${shape.numel}.` }));
    }
    const size2 = numel2 * shape.itemsize;
    walk.storages[key] = { dataOffset: pos + STORAGE_COUNT_BYTES, size: size2, numel: numel2, itemsize: shape.itemsize };
    pos += STORAGE_COUNT_BYTES + size2;
    if (pos > src.size) {
      walk.problems.push(finding("pickle-malformed", { path: path2, tensors: shape.users, message: `Storage \`${key}\` needs ${size2} bytes but the file ends ${pos - src.size} bytes short: truncated.` }));
      walk.end = src.size;
      return walk;
    }
  }
  walk.end = pos;
  return walk;
}
async function analyseTorchLegacy(src, opts) {
  const { path: path2 } = opts;
  const findings = [];
  const { run, capped } = await scanPicklesAt(src, 0, LEGACY_PICKLES, opts.maxPickleBytes);
  findings.push(...pickleFindings(path2, run));
  if (capped) findings.push(finding("resource-limit", { path: path2, message: `The legacy pickles do not end within the first ${opts.maxPickleBytes} bytes (the pickle limit); the rest was not scanned.` }));
  for (const p of headerProblems(run.values)) findings.push(finding("pickle-malformed", { path: path2, message: `Legacy torch header: ${p}.` }));
  const facts = { container: "pytorch-legacy", storagesStart: run.end, storages: {} };
  const keys = run.values[LEGACY_PICKLES - 1];
  let tail = run.end;
  if (run.pickles < LEGACY_PICKLES) {
    if (run.problems.length === 0 && !capped) {
      findings.push(finding("pickle-malformed", { path: path2, message: `A legacy torch checkpoint holds ${LEGACY_PICKLES} pickles; this file has ${run.pickles}.` }));
    }
  } else if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string")) {
    findings.push(finding("pickle-malformed", { path: path2, message: "The fifth pickle is not the list of storage keys `_legacy_save` writes; the raw storages could not be located." }));
  } else {
    const walk = await walkStorages2(src, run.end, keys, run.tensors, path2);
    findings.push(...walk.problems);
    facts.storages = walk.storages;
    tail = walk.end;
    if (walk.end < src.size && walk.problems.length === 0) {
      findings.push(finding("pickle-malformed", { path: path2, message: `${src.size - walk.end} bytes follow the last raw storage; torch never reads them.` }));
    }
  }
  if (tail < src.size && run.pickles >= LEGACY_PICKLES) {
    const rest = new SliceSource(src, tail, src.size - tail);
    const hidden = await scanHiddenPickle(rest, opts.maxPickleBytes);
    if (hidden) findings.push(...hiddenPickleFindings(path2, `the bytes from offset ${tail}`, hidden, opts.maxPickleBytes));
  }
  findings.push(...tensorLayoutFindings(path2, run.tensors, opts.siblingConfig ? { siblingConfig: opts.siblingConfig } : {}));
  if (!findings.some((f) => f.severity === "critical" || f.severity === "error")) findings.push(pickleCheckpointFinding(path2));
  return { findings, tensors: run.tensors, facts };
}

// src/engine/container-handlers.ts
var CRC_CHECK_MAX_BYTES = 64 * 1024;
function hasBlocking2(findings) {
  return findings.some((f) => f.severity === "critical" || f.severity === "error");
}
function layoutOpts(ctx) {
  return ctx.siblingConfig ? { siblingConfig: ctx.siblingConfig } : {};
}
function memberNameIssue(name) {
  if (name.includes("\\")) return "contains backslashes (a path separator on Windows)";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
  if (name.split("/").includes("..")) return "climbs out of the extraction directory with `..`";
  return void 0;
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
    const issue = memberNameIssue(raw);
    if (issue) {
      findings.push(finding("zip-anomaly", { path: this.archive, message: `${this.kind} member name \`${raw}\` ${issue}; it was scanned in place, never extracted.` }));
    }
    const clean = sanitizeMemberName(raw);
    const n = (this.seen.get(clean) ?? 0) + 1;
    this.seen.set(clean, n);
    return n > 1 ? `${clean}#${n}` : clean;
  }
};
function depthFinding(ctx) {
  if (ctx.depth + 1 <= ctx.limits.maxArchiveDepth) return void 0;
  return finding("resource-limit", {
    path: ctx.path,
    message: `Archive nested ${ctx.depth} levels deep: past the ${ctx.limits.maxArchiveDepth}-level limit its members are not scanned.`
  });
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
      problems.push(...entryProblems(entry));
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
    const r = await analyseTorchZip(src, dir, {
      path: ctx.path,
      maxPickleBytes: ctx.limits.maxPickleBytes,
      maxMemberBytes: ctx.limits.maxMemberBytes,
      reserveUnpacked: (n) => ctx.reserveUnpacked(n),
      ...layoutOpts(ctx)
    });
    return { format: "pytorch-zip", findings: r.findings, tensors: r.tensors, facts: { ...r.facts } };
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
function tarProblemFindings(path2, problems) {
  return problems.map((p) => finding(p.kind === "limit" ? "resource-limit" : "pickle-malformed", { path: path2, message: `${p.message}.` }));
}
var tarHandler = async (src, _head, ctx) => {
  const listing = await readTarEntries(src, ctx.limits.maxArchiveMembers);
  const findings = tarProblemFindings(ctx.path, listing.problems);
  if (isTorchTar(listing)) {
    const r = await analyseTorchTar(src, listing, { path: ctx.path, maxPickleBytes: ctx.limits.maxPickleBytes });
    const all = [...findings, ...r.findings];
    return { format: "pytorch-tar", findings: hasBlocking2(findings) ? all.filter((f) => f.ruleId !== "pickle-checkpoint") : all, facts: { ...r.facts } };
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
    const findings2 = pickleFindings(path2, run);
    if (src.size - h.dataStart > length) {
      findings2.push(finding("resource-limit", { path: path2, message: `The pickle after the NumPy header is over the ${ctx.limits.maxPickleBytes}-byte pickle limit; only its start was scanned.` }));
    }
    if (!hasBlocking2(findings2)) findings2.push(pickleCheckpointFinding(path2));
    return { format: "npy", findings: findings2, facts };
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
  const r = await analyseTorchLegacy(src, { path: ctx.path, maxPickleBytes: ctx.limits.maxPickleBytes, ...layoutOpts(ctx) });
  return { format: "pytorch-legacy", findings: r.findings, tensors: r.tensors, facts: { ...r.facts } };
}
var legacyHandler = async (src, _head, ctx) => legacyResult(src, ctx);
var pickleHandler = async (src, _head, ctx) => {
  const { path: path2 } = ctx;
  const length = Math.min(src.size, ctx.limits.maxPickleBytes);
  const run = scanPickles(await src.read(0, length));
  if (isLegacyMagic(run.values[0])) return legacyResult(src, ctx);
  const findings = pickleFindings(path2, run);
  if (src.size > length) {
    findings.push(finding("resource-limit", { path: path2, message: `Pickle stream is ${src.size} bytes, over the ${ctx.limits.maxPickleBytes}-byte pickle limit; only its start was scanned.` }));
  }
  if (run.tensors.length > 0) {
    findings.push(...tensorLayoutFindings(path2, run.tensors, layoutOpts(ctx)));
    if (!hasBlocking2(findings)) findings.push(pickleCheckpointFinding(path2));
  }
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
var CONTAINER_HANDLERS = {
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
  const p = parseLfsPointer(text);
  const what = p.size !== void 0 ? ` The real file is ${p.size.toLocaleString("en-US")} bytes (oid ${p.oid ?? "unknown"}).` : "";
  return {
    format: "lfs-pointer",
    status: "skipped",
    findings: [
      finding("lfs-pointer", {
        path: ctx.path,
        message: `Not scanned: this is a Git LFS pointer, not the checkpoint itself.${what} Add \`lfs: true\` to actions/checkout. (Loaded as safetensors it fails with the confusing \`HeaderTooLarge\`.)`
      })
    ]
  };
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
var unknownHandler = async () => ({ format: "unknown", findings: [], status: "skipped" });
var HANDLERS = {
  safetensors: safetensorsHandler,
  "lfs-pointer": lfsHandler,
  json: jsonHandler,
  unknown: unknownHandler,
  ...CONTAINER_HANDLERS
};

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
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOfEntry = (key, entry) => {
    const from = lineStarts[lineOf(key) - 1] ?? 0;
    const at = text.indexOf(JSON.stringify(entry), from);
    if (at < 0) return lineOf(key);
    let line = 1;
    while (line < lineStarts.length && lineStarts[line] <= at) line++;
    return line;
  };
  const root = parsed.value;
  if (!isJsonObject(root)) return { findings: [invalid(`adapter_config.json must hold a JSON object, found ${show(root ?? null)}.`, 1)] };
  const findings = [];
  for (const d of parsed.duplicates) {
    findings.push(invalid(`The key \`${d.path}\` appears twice; Python's json keeps the last value silently, so what was meant is unclear.`, d.line, "warning"));
  }
  const view = { path: path2, modulesToSave: [], rankPattern: {}, useDora: false, lineOf, lineOfEntry };
  const has = (k) => Object.prototype.hasOwnProperty.call(root, k);
  const get = (k) => has(k) ? root[k] : void 0;
  const peftType = get("peft_type");
  if (peftType === void 0) {
    findings.push(invalid("`peft_type` is missing: PEFT fails with \"is missing required keys: {'peft_type'}\" and cannot tell which adapter this is.", 1));
  } else if (typeof peftType !== "string" || !PEFT_TYPES.has(peftType)) {
    findings.push(invalid(`\`peft_type\` is ${show(peftType)}, which no PEFT release knows (LORA, ADALORA, IA3, PROMPT_TUNING, \u2026).`, lineOf("peft_type")));
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
var OTHER_TUNER_PARTS = /* @__PURE__ */ new Set([
  "ia3_l",
  "hada_w1_a",
  "hada_w1_b",
  "hada_w2_a",
  "hada_w2_b",
  "hada_t1",
  "hada_t2",
  "lokr_w1",
  "lokr_w1_a",
  "lokr_w1_b",
  "lokr_w2",
  "lokr_w2_a",
  "lokr_w2_b",
  "lokr_t2",
  "vera_lambda_b",
  "vera_lambda_d",
  "oft_R",
  "oft_s",
  "oft_embedding_R",
  "boft_R",
  "boft_s"
]);
var AUX_PARTS = /* @__PURE__ */ new Set(["vera_A", "vera_B", "token_adapter"]);
var PROMPT_KEYS = /* @__PURE__ */ new Set(["prompt_embeddings", "prefix_task_cols", "prefix_task_rows"]);
var LORA_PART_SET = new Set(LORA_PARTS);
function stripPeftPrefix(key) {
  return key.startsWith(PEFT_KEY_PREFIX) ? key.slice(PEFT_KEY_PREFIX.length) : key;
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
  const parts = stripPeftPrefix(key).split(".");
  const leaf = parts[parts.length - 1];
  if (parts.length === 1 && PROMPT_KEYS.has(leaf)) return { key, module: "", kind: "prompt", leaf };
  const aux = parts.findIndex((p) => AUX_PARTS.has(p));
  if (aux >= 0) return { key, module: parts.slice(0, aux).join("."), kind: "aux", leaf };
  for (const back of [1, 2]) {
    const i = parts.length - back;
    if (i < 0) continue;
    const p = parts[i];
    if (LORA_PART_SET.has(p)) {
      return { key, module: parts.slice(0, i).join("."), kind: "lora", part: p, leaf };
    }
    if (OTHER_TUNER_PARTS.has(p)) return { key, module: parts.slice(0, i).join("."), kind: "tuner", leaf };
  }
  const bl = parts.lastIndexOf("base_layer");
  if (bl >= 0) return { key, module: parts.slice(0, bl).join("."), kind: "base-layer", leaf };
  return { key, module: parts.slice(0, -1).join("."), kind: "other", leaf };
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
  return entries.find((e) => name.endsWith(e));
}
function listNames(names, max = 5) {
  const shown = names.slice(0, max).map((n) => `\`${n}\``).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
function targetUnmatchedFindings(view, adapterModules) {
  const spec = view.targetModules;
  if (spec === void 0 || adapterModules.length === 0) return [];
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
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}
function baseLayerFindings(weights, modulesToSave) {
  const tensors = weights.tensors ?? [];
  const saved = tensors.filter((t) => {
    const k = parseAdapterKey(t.name);
    if (k.kind === "base-layer") return k.leaf === "weight";
    return isEmbeddingMatrix(t) && modulesToSaveEntry(modulesToSave, k.module) === void 0;
  });
  if (saved.length === 0) return [];
  const bytes = saved.reduce((n, t) => n + tensorBytes(t), 0);
  const total = tensors.reduce((n, t) => n + tensorBytes(t), 0);
  const share = total > 0 ? Math.round(100 * bytes / total) : 0;
  return [
    finding("peft-base-layer-saved", {
      path: weights.path,
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
function adaloraMaskRank(view, module) {
  for (const [name, mask] of Object.entries(view.rankPattern)) {
    if (!Array.isArray(mask)) continue;
    const prefix = stripPeftPrefix(name.split(".").slice(0, -2).join("."));
    if (prefix === module) return mask.filter((b) => b === true).length;
  }
  return void 0;
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
function layerIndex(module, patterns) {
  const res = patterns ? patterns.map((p) => new RegExp(`^.*\\.${escapeRegExp(p)}\\.(\\d+)\\.`)) : [/^.*\.[^.]*\.(\d+)\./];
  for (const re of res) {
    const m = re.exec(module);
    if (m) return Number(m[1]);
  }
  return void 0;
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
      if (actual !== void 0 && want && actual !== want.rank) {
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
  const adapted = [...new Set(keys.filter((x) => x.k.kind === "lora" || x.k.kind === "tuner").map((x) => x.k.module))];
  if (view.targetModules !== void 0 || view.targetParameters !== void 0) {
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
    const outside = adapted.filter((m) => {
      const idx = layerIndex(m, view.layersPattern);
      return idx === void 0 || !allowed.has(idx);
    });
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
  const headNames = view.taskType !== void 0 ? HEAD_TASK_TYPES.get(view.taskType) : void 0;
  const plain = keys.filter(
    (x) => x.k.kind === "other" && !/(^|\.)(modules_to_save|original_module)(\.|$)/.test(x.k.module) && !isEmbeddingMatrix(x.t) && !(view.bias === "all" && x.k.leaf === "bias")
  );
  const modules = [...new Set(plain.map((x) => x.k.module))];
  const declared = view.modulesToSave;
  const matched = declared.filter((e) => modules.some((m) => m.endsWith(e)));
  if (headNames && !headNames.some((h) => modules.some((m) => m.endsWith(h))) && !matched.length) {
    const listed = declared.length > 0 ? declared : headNames;
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
          `The weights hold ${listNames(byTask)}, which modules_to_save in adapter_config.json does not list; it loads only because task_type ${view.taskType} adds ${listNames([...headNames ?? []])} by itself. Loaded any other way (a different task type, transformers' load_adapter) the head is dropped.`,
          byTask,
          "warning"
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
import { join as join2 } from "node:path";
var DEEP_CHUNK_BYTES = 4 * 1024 * 1024;
var MAX_WHOLE_TENSOR_BYTES = 64 * 1024 * 1024;
function onDisk(a) {
  return !a.path.includes("!/");
}
async function withFile(root, a, fn) {
  const src = await FileSource.open(join2(root, a.path));
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

// src/checks/adapter/bias-trap.ts
var TRAP_EXPLAINED = "With transformers' `model.add_adapter(config)` the head's bias is saved under two names that share one tensor (`<head>.modules_to_save.bias` and `<head>.bias`), and `save_pretrained(safe_serialization=True)` fails with \"The weights trying to be saved contained shared tensors\" (peft#1876). `get_peft_model` works because PEFT clones the alias, at the cost of a duplicate copy.";
function sharedBiasRiskFindings(view) {
  if (view.bias !== "all") return [];
  const head = view.taskType !== void 0 && HEAD_TASK_TYPES.has(view.taskType);
  if (view.modulesToSave.length === 0 && !head) return [];
  const why = view.modulesToSave.length > 0 ? `modules_to_save (${view.modulesToSave.map((m) => `"${m}"`).join(", ")})` : `task_type ${view.taskType}, which adds a trained head`;
  return [
    finding("peft-shared-bias-risk", {
      path: view.path,
      line: view.lineOf("bias"),
      message: `bias is "all" together with ${why}. ${TRAP_EXPLAINED} Do not fall back to \`safe_serialization=False\`: that writes a pickle.`
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
        message: `\`${alias.name}\` and \`${head.name}\` ${verdict}: PEFT cloned the alias made by bias="all" + modules_to_save to be able to save (peft#1876), costing ${tensorBytes(head).toLocaleString("en-US")} extra bytes. Only \`${head.name}\` is loaded.`
      })
    );
  }
  return out;
}

// src/checks/adapter/formats-disagree.ts
import { createHash } from "node:crypto";
import { join as join3 } from "node:path";

// src/convert/materialize.ts
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
async function pickleTensorStats(src, a) {
  const out = /* @__PURE__ */ new Map();
  const storages = storagesOf(a);
  if (!storages) return out;
  for (const t of a.tensors ?? []) {
    const st = t.storage ? storages[t.storage.key] : void 0;
    if (!st || (st.method ?? 0) !== 0 || !hasScanner(t.dtype)) continue;
    const stats = { name: t.name, dtype: t.dtype, ...emptyCounts() };
    try {
      await materialize(src, st, t, (chunk) => scanBits(t.dtype, chunk, stats));
      out.set(t.name, stats);
    } catch {
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
  const h = createHash("sha256");
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
  const h = createHash("sha256");
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
  const binSrc = await FileSource.open(join3(root, bin.path));
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
import { join as join4 } from "node:path";
var INDEX_NAME = /^(.+?)(\.safetensors|\.bin)\.index\.json$/;
async function loadShard(root, path2, byPath) {
  const file = path2.slice(path2.lastIndexOf("/") + 1);
  const a = byPath.get(path2);
  if (a) return a.format === "lfs-pointer" ? { file, path: path2 } : { file, path: path2, tensors: a.tensors, bytes: a.bytes };
  if (path2.includes("!/") || !existsSync(join4(root, path2))) return "missing";
  if (!file.endsWith(".safetensors")) return { file, path: path2 };
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
  for (const [name, f] of entries) {
    const s = typeof f === "string" ? shards.get(f) : void 0;
    if (s?.tensors && !s.tensors.some((t) => t.name === name)) absent.push(name);
  }
  if (absent.length > 0) {
    out.push(bad(`${absent.length} tensor(s) in weight_map are not in the shard the index names, e.g. \`${absent[0]}\` \u2192 ${String(weightMap[absent[0]])}: loading fails or leaves them randomly initialised.`, lineOf(`weight_map.${absent[0]}`), absent.slice(0, 20)));
  }
  const unindexed = [...shards.values()].flatMap((s) => (s.tensors ?? []).filter((t) => !Object.prototype.hasOwnProperty.call(weightMap, t.name)).map((t) => t.name));
  if (unindexed.length > 0) {
    out.push(bad(`${unindexed.length} tensor(s) in the shards are missing from weight_map, e.g. \`${unindexed[0]}\`: loaders that go by the index (from_pretrained's missing-keys report, lazy loading) do not know they exist.`, lineOf("weight_map"), unindexed.slice(0, 20)));
  }
  const shardName = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d+-of-\\d+${ext2.replace(".", "\\.")}$`);
  const unreferenced = analyses.map((a) => splitPath(a.path)).filter((p) => p.dir === dir && shardName.test(p.base) && !files.includes(p.base)).map((p) => p.base);
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
      out.push(bad(`metadata.total_size is ${total.toLocaleString("en-US")} bytes, but the shards hold ${tensorTotal.toLocaleString("en-US")} bytes of tensors (${fileTotal.toLocaleString("en-US")} bytes of files): the index was written for other shards.`, lineOf("metadata.total_size")));
    }
  }
  return out;
}

// src/checks/adapter/weights-missing.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join5 } from "node:path";
function onDiskBeside(root, g, name) {
  if (g.dir.includes("!/") || g.dir.endsWith("!")) return false;
  return existsSync2(join5(root, g.dir, name));
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

// src/checks/adapter/index.ts
async function checkAdapter(g, ctx) {
  const out = [...weightsMissingFindings(g, ctx.root)];
  const config = g.config ? readPeftConfig(g.config) : void 0;
  if (config) out.push(...config.findings);
  const view = config?.view;
  const weights = preferredWeights(g);
  if (view) out.push(...sharedBiasRiskFindings(view));
  if (view && weights) {
    out.push(...configMismatchFindings(view, weights));
    const adapted = [...new Set((weights.tensors ?? []).map((t) => parseAdapterKey(t.name)).filter((k) => k.kind === "lora" || k.kind === "tuner").map((k) => k.module))];
    out.push(...targetUnmatchedFindings(view, adapted));
  }
  for (const w of [g.safetensors, g.bin]) {
    if (!w?.tensors) continue;
    out.push(...baseLayerFindings(w, view?.modulesToSave ?? []));
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
  const keys = [...stats.keys()].map(parseAdapterKey).filter((k) => k.kind === "lora" && k.leaf !== "bias");
  const adalora = peftType === "ADALORA" || peftType === void 0 && keys.some((k) => k.part === "lora_E");
  const zeroInit = keys.filter((k) => adalora ? k.part === "lora_E" : k.part === "lora_B" || k.part === "lora_embedding_B");
  if (zeroInit.length === 0) return [];
  if (zeroInit.some((k) => (stats.get(k.key)?.nonzero ?? 1) > 0)) return [];
  const what = adalora ? "lora_E (AdaLoRA's singular values)" : "lora_B";
  return [
    finding("peft-untrained-adapter", {
      path: path2,
      message: `Every ${what} tensor (${zeroInit.length} of them) is all zeros, exactly as PEFT initialises them: this adapter adds nothing to the base model. It was saved before training, or from a different model than the one trained.`,
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
async function fileTensorStats(src, tensors, chunkBytes = DEEP_CHUNK_BYTES) {
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
    try {
      const s = await withFile(ctx.root, a, (src) => a.format === "safetensors" ? fileTensorStats(src, a.tensors ?? []) : pickleTensorStats(src, a));
      stats.set(a.path, s);
      out.push(...nonfiniteFindings(a.path, s));
    } catch (e) {
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

// src/engine/post-checks.ts
var POST_CHECKS = [adapterChecks, deepChecks];

// src/version.ts
var VERSION = "0.1.0";

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

// src/engine/shard.ts
import { stat as stat2 } from "node:fs/promises";
var FILE_WEIGHT_BYTES = 128 * 1024;
function shardUnit(path2) {
  const onDisk2 = path2.includes("!/") ? path2.slice(0, path2.indexOf("!/")) : path2;
  const i = onDisk2.lastIndexOf("/");
  return i < 0 ? "" : onDisk2.slice(0, i);
}
function planShards(files, count) {
  const weights = /* @__PURE__ */ new Map();
  for (const f of files) {
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
async function withSizes(files) {
  return Promise.all(files.map(async (f) => ({ ...f, size: f.size ?? await stat2(f.abs).then((s) => s.size, () => 0) })));
}

// src/engine/scan.ts
var DEFAULT_CONCURRENCY = 8;
var LIGHT_FORMATS = /* @__PURE__ */ new Set(["safetensors", "lfs-pointer", "json", "unknown"]);
var INFLATING_FORMATS = /* @__PURE__ */ new Set(["zip", "npz", "gzip", "tar"]);
var HEAVY_BYTES_IN_FLIGHT = 80 * 1024 ** 2;
function heavyEstimate(format, size2, limits) {
  const read = Math.min(size2, limits.maxPickleBytes);
  return INFLATING_FORMATS.has(format) ? read + limits.maxMemberBytes : read;
}
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
function statusOf(r) {
  if (r.status) return r.status;
  return r.findings.length > 0 ? "findings" : "ok";
}
async function withTimeout(p, ms) {
  let timer;
  const t = new Promise((res) => {
    timer = setTimeout(() => res("timeout"), ms);
  });
  try {
    return await Promise.race([p, t]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}
async function scan(opts) {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const deep = opts.deep ?? false;
  const failOn = opts.failOn ?? "error";
  const disc = opts.onlyFiles ? await discover({ ...opts, targets: opts.onlyFiles, allFiles: false }) : await discover(opts);
  let files = disc.files;
  let discFindings = disc.findings;
  if (opts.shard || opts.onProgress) files = await withSizes(files);
  if (opts.shard) {
    const spec = opts.shard;
    const plan = planShards(files, spec.count);
    const mine = (path2) => (plan.shardOf.get(shardUnit(path2)) ?? 1) === spec.index;
    files = files.filter((f) => mine(f.rel));
    discFindings = discFindings.filter((f) => mine(f.path));
  }
  const analyses = [];
  const findings = [...discFindings];
  let unpacked = 0;
  let analysed = 0;
  let limitReported = false;
  const heavy = new ByteGate(HEAVY_BYTES_IN_FLIGHT);
  const configs = /* @__PURE__ */ new Map();
  const configFiles = files.filter((f) => f.rel.endsWith("adapter_config.json"));
  await pool(configFiles, CONFIG_READS_AT_ONCE, async (f) => {
    try {
      if ((f.size ?? 0) > 16 * 1024 * 1024) return;
      const text = await readFile(f.abs, "utf8");
      if (text.length > 16 * 1024 * 1024) return;
      const parsed = parseJson(text);
      if (isJsonObject(parsed.value)) configs.set(dirname(f.rel), parsed.value);
    } catch {
    }
  });
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
    const dir = path2.includes("!/") ? dirname(path2.slice(0, path2.indexOf("!/"))) : dirname(path2);
    const ctx = {
      path: path2,
      name,
      deep,
      depth,
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
        const call = () => withTimeout(handler(src, head, ctx), limits.maxMillisPerFile);
        const r = depth === 0 && !LIGHT_FORMATS.has(format) ? await heavy.run(heavyEstimate(format, src.size, limits), call) : await call();
        if (r === "timeout") {
          entry.status = "error";
          entry.findings.push(
            finding("resource-limit", { path: path2, message: `Reading this file took longer than ${limits.maxMillisPerFile / 1e3} s (maxMillisPerFile); the scan moved on and the file is not known to be safe.` })
          );
        } else {
          entry.format = r.format;
          entry.findings.push(...r.findings);
          entry.status = statusOf(r);
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
  };
  const queue = [...files];
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
        progress.bytesDone += f.size ?? src?.size ?? 0;
        opts.onProgress?.({ ...progress });
      }
    }
  });
  await Promise.all(workers);
  analyses.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const a of analyses) findings.push(...a.findings);
  for (const check of POST_CHECKS) {
    try {
      findings.push(...await check(analyses, { deep, root: opts.root }));
    } catch (e) {
      findings.push(finding("file-unreadable", { path: ".", message: `A check failed unexpectedly: ${e.message}.` }));
    }
  }
  const byPath = new Map(analyses.map((a) => [a.path, a]));
  for (const f of findings) {
    const a = byPath.get(f.path);
    if (a && a.status === "ok") a.status = "findings";
  }
  const final = applySuppressions(findings, opts.suppressions ?? [], opts.unsuppressible ?? []);
  final.sort(compareFindings);
  const report = buildReport(opts.root, analyses, final, failOn);
  if (opts.shard) report.shard = { index: opts.shard.index, count: opts.shard.count };
  return { report, analyses };
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
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const s = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (s !== 0) return s;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
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
    files: analyses.map((a) => ({ path: a.path, format: a.format, bytes: a.bytes, status: a.status })),
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
      bytesRead: analyses.reduce((n, a) => a.path.includes("!/") ? n : n + a.bytesRead, 0)
    }
  };
}

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

// src/report/text.ts
var COLOURS = { critical: "\x1B[1;35m", error: "\x1B[31m", warning: "\x1B[33m", note: "\x1B[36m" };
var RESET = "\x1B[0m";
var DIM = "\x1B[2m";
var BOLD = "\x1B[1m";
function renderText(report, opts) {
  const c = (code, s2) => opts.color ? `${code}${s2}${RESET}` : s2;
  const lines = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  for (const [path2, list] of byPath) {
    lines.push(c(BOLD, escapeTerminal(path2)));
    for (const f of list) {
      const where2 = f.line !== void 0 ? `:${f.line}` : "";
      const sup = f.suppressed ? c(DIM, ` (suppressed: ${escapeTerminal(f.suppressed.reason)})`) : "";
      lines.push(`  ${c(COLOURS[f.severity], f.severity.padEnd(8))} ${f.ruleId}${where2}${sup}`);
      lines.push(`    ${escapeTerminal(f.message)}`);
      lines.push(`    ${c(DIM, "fix:")} ${escapeTerminal(f.fix)}`);
      lines.push(`    ${c(DIM, f.helpUri)}`);
    }
    lines.push("");
  }
  const s = report.summary;
  const counts2 = ["critical", "error", "warning", "note"].map((k) => `${s.bySeverity[k]} ${k}`).join(", ");
  const supp = s.suppressed > 0 ? `, ${s.suppressed} suppressed` : "";
  lines.push(`Scanned ${s.files} file(s), read ${s.bytesRead.toLocaleString("en-US")} bytes: ${s.findings} finding(s) (${counts2}${supp}).`);
  const verdict = s.failed ? c(COLOURS.error, `FAIL: findings at or above "${s.failOn}".`) : c("\x1B[32m", s.failOn === "never" ? "PASS (fail-on: never)." : `PASS: nothing at or above "${s.failOn}".`);
  lines.push(verdict);
  return lines.join("\n") + "\n";
}

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/report/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var LEVEL = { critical: "error", error: "error", warning: "warning", note: "note" };
var SECURITY_SEVERITY = { critical: "9.5", error: "7.5", warning: "5.0", note: "2.0" };
var MAX_SARIF_RESULTS = 25e3;
function fingerprint(f) {
  const key = [f.ruleId, f.path, [...f.tensors ?? []].sort().join(","), f.line ?? ""].join("\0");
  return createHash2("sha256").update(key).digest("hex").slice(0, 32);
}
function renderSarif(report) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.slice(0, MAX_SARIF_RESULTS).map((f) => {
    const bang = f.path.indexOf("!/");
    const file = bang >= 0 ? f.path.slice(0, bang) : f.path;
    const member = bang >= 0 ? ` (in archive member ${f.path.slice(bang + 2)})` : "";
    const result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${member} Fix: ${f.fix}` },
      locations: [
        {
          physicalLocation: {
            // Per segment: encodeURI would keep `#` and `?`, which turn the rest of a path into a fragment or query.
            artifactLocation: { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line ?? 1 }
          }
        }
      ],
      partialFingerprints: { "adapterGuard/v1": fingerprint(f) },
      properties: { severity: f.severity, ...f.tensors ? { tensors: f.tensors } : {} }
    };
    if (f.suppressed) result.suppressions = [{ kind: "external", justification: f.suppressed.reason }];
    return result;
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/adapter-guard/adapter-guard",
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.title },
              help: { text: `${r.title}. Fix: ${r.fix} See ${ruleHelpUri(r.id)}`, markdown: `**${r.title}**

Fix: ${r.fix}

[Documentation](${ruleHelpUri(r.id)})` },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { "security-severity": SECURITY_SEVERITY[r.severity], tags: ["security", "ml-checkpoint"], precision: "high" }
            }))
          }
        },
        automationDetails: { id: "adapter-guard/" },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

// src/report/markdown.ts
var ICON = { critical: "\u{1F6D1}", error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function size(s, bytes) {
  return bytes ? Buffer.byteLength(s, "utf8") : s.length;
}
function totalsLine(report) {
  const s = report.summary;
  const parts = ["critical", "error", "warning", "note"].map((k) => `${ICON[k]} ${s.bySeverity[k]} ${k}`);
  if (s.suppressed > 0) parts.push(`\u{1F515} ${s.suppressed} suppressed`);
  return parts.join(" \xB7 ");
}
function row(f) {
  const where2 = f.line !== void 0 ? `${markdownCode(f.path)}:${f.line}` : markdownCode(f.path);
  const tensors = f.tensors && f.tensors.length > 0 ? `<br>tensors: ${f.tensors.slice(0, 6).map(markdownCode).join(", ")}${f.tensors.length > 6 ? ` and ${f.tensors.length - 6} more` : ""}` : "";
  const sup = f.suppressed ? `<br>\u{1F515} suppressed: ${escapeMarkdown(f.suppressed.reason)}` : "";
  const fix = f.fix !== RULES.get(f.ruleId)?.fix ? `<br>**Fix:** ${escapeMarkdown(f.fix)}` : "";
  return `| ${ICON[f.severity]} ${f.severity} | [${f.ruleId}](${ruleHelpUri(f.ruleId)}) | ${where2} | ${escapeMarkdown(f.message)}${tensors}${fix}${sup} |`;
}
var BY_FILE_ROWS = 50;
function byFileTable(report) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const c = counts2.get(f.path) ?? { critical: 0, error: 0, warning: 0, note: 0 };
    c[f.severity]++;
    counts2.set(f.path, c);
  }
  if (counts2.size === 0) return [];
  const rows = [...counts2].slice(0, BY_FILE_ROWS).map(([path2, c]) => `| ${markdownCode(path2)} | ${c.critical || ""} | ${c.error || ""} | ${c.warning || ""} | ${c.note || ""} |`);
  const more = counts2.size > BY_FILE_ROWS ? [`| and ${counts2.size - BY_FILE_ROWS} more file(s) | | | | |`] : [];
  return ["### By file", "", `| File | ${ICON.critical} critical | ${ICON.error} error | ${ICON.warning} warning | ${ICON.note} note |`, "|---|---:|---:|---:|---:|", ...rows, ...more, ""];
}
function renderMarkdown(report, opts = {}) {
  const bytes = opts.measureBytes ?? false;
  const max = opts.maxLength ?? Number.POSITIVE_INFINITY;
  const s = report.summary;
  const head = [];
  head.push(`## ${opts.title ?? "Adapter Guard"}`);
  head.push("");
  for (const p of opts.preamble ?? []) head.push(p, "");
  const verdict = s.failed ? `**Failed**: findings at or above \`${s.failOn}\`.` : s.findings === 0 ? "**Passed**: no findings." : `**Passed**: nothing at or above \`${s.failOn}\`.`;
  head.push(`${verdict} Scanned ${s.files} file(s).`);
  head.push("");
  head.push(totalsLine(report));
  head.push("");
  head.push(...byFileTable(report));
  const rules = [...new Set(report.findings.map((f) => f.ruleId))];
  const fixes = [];
  if (rules.length > 0) {
    fixes.push("### How to fix", "");
    for (const id of rules) {
      const r = RULES.get(id);
      if (r) fixes.push(`- [\`${id}\`](${ruleHelpUri(id)}): ${r.fix}`);
    }
    fixes.push("");
  }
  const table = [];
  if (report.findings.length > 0) {
    table.push("### Findings", "", "| Severity | Rule | File | Message |", "|---|---|---|---|");
  }
  const fixed = head.join("\n") + "\n" + fixes.join("\n") + "\n";
  const reserve = 400 + (opts.fullReportUrl?.length ?? 0);
  let body = table.join("\n") + (table.length ? "\n" : "");
  let shown = 0;
  for (const f of report.findings) {
    const r = row(f) + "\n";
    if (size(fixed, bytes) + size(body, bytes) + size(r, bytes) + reserve > max) break;
    body += r;
    shown++;
  }
  let out = head.join("\n") + "\n" + body;
  if (shown < report.findings.length) {
    const where2 = opts.fullReportUrl ? ` See the [full report](${opts.fullReportUrl}).` : "";
    out += `
_Showing ${shown} of ${report.findings.length} findings; the rest did not fit.${where2}_
`;
  }
  out += "\n" + fixes.join("\n");
  return out;
}

// src/commands/convert.ts
import { parseArgs } from "node:util";
import { resolve as resolve3 } from "node:path";

// src/convert/convert.ts
import { open, rename, rm, stat as stat3 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join6, resolve as resolve2 } from "node:path";
var REFUSE_RULES = /* @__PURE__ */ new Set(["pickle-code-execution", "pickle-unknown-global", "pickle-malformed", "zip-anomaly", "resource-limit", "file-unreadable"]);
function defaultOutput(input) {
  const dir = dirname2(input);
  const base = basename(input);
  if (base === "pytorch_model.bin") return join6(dir, "model.safetensors");
  const dot = base.lastIndexOf(".");
  return join6(dir, `${dot > 0 ? base.slice(0, dot) : base}.safetensors`);
}
var STATE_DICT_PREFIX = "state_dict.";
function unwrapStateDict(tensors) {
  if (tensors.length === 0 || !tensors.every((t) => t.name.startsWith(STATE_DICT_PREFIX))) return tensors;
  return tensors.map((t) => ({ ...t, name: t.name.slice(STATE_DICT_PREFIX.length) }));
}
function planDedupe(tensors, dedupe) {
  const groups = sharedGroups(tensors);
  if (groups.length > 0 && !dedupe) {
    const list = groups.map((g) => `{${g.map((t) => t.name).join(", ")}}`).join("; ");
    return `Some tensors share memory, which safetensors refuses to save: ${list}. Re-run with --dedupe to keep one complete member per group (like safetensors' save_model) and record the dropped names in __metadata__.`;
  }
  const dropped = {};
  for (const g of groups) {
    const complete = g.filter((t) => t.storage && t.storage.offset === 0 && numel(t.shape) === t.storage.numel).map((t) => t.name);
    complete.sort();
    if (complete.length === 0) {
      return `Tensors {${g.map((t) => t.name).join(", ")}} share storage but none covers the entire storage, so there is no name to keep (safetensors refuses this too: "None is covering the entire storage"). Clone the views before saving.`;
    }
    for (const t of g) if (t.name !== complete[0]) dropped[t.name] = complete[0];
  }
  return { kept: tensors.filter((t) => !(t.name in dropped)), dropped };
}
function writerOrder(tensors) {
  return [...tensors].sort((a, b) => {
    const d = (dtypeInfo(b.dtype)?.order ?? 0) - (dtypeInfo(a.dtype)?.order ?? 0);
    return d !== 0 ? d : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
function buildHeader(tensors, metadata) {
  const sortedMeta = Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  const header = { __metadata__: sortedMeta };
  let offset = 0;
  const sizes = [];
  for (const t of tensors) {
    const size2 = numel(t.shape) * (dtypeInfo(t.dtype)?.bits ?? 8) / 8;
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + size2] };
    sizes.push(size2);
    offset += size2;
  }
  let json = JSON.stringify(header);
  json += " ".repeat((8 - Buffer.byteLength(json) % 8) % 8);
  const body = Buffer.from(json, "utf8");
  const out = new Uint8Array(8 + body.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(body.length), true);
  out.set(body, 8);
  return { bytes: out, sizes };
}
function storagesOf2(a) {
  const facts = a.facts;
  return facts?.storages;
}
async function convertCheckpoint(input, opts = {}) {
  const abs = resolve2(input);
  const refuse = (message, findings = []) => ({ ok: false, input, message, findings });
  const { analyses, report } = await scan({ root: dirname2(abs), targets: [basename(abs)] });
  const a = analyses.find((x) => x.path === basename(abs));
  if (!a) return refuse(`${input}: cannot read the file`, report.findings);
  const bad = report.findings.filter((f) => (f.path === a.path || f.path.startsWith(`${a.path}!/`)) && REFUSE_RULES.has(f.ruleId));
  if (bad.length > 0) {
    return refuse(`${input}: refusing to convert a file the scan does not trust (${[...new Set(bad.map((f) => f.ruleId))].join(", ")}).`, bad);
  }
  if (a.format !== "pytorch-zip" && a.format !== "pytorch-legacy") {
    return refuse(`${input}: not a PyTorch checkpoint (found ${a.format}); convert reads torch.save zip and legacy files.`);
  }
  const tensors = unwrapStateDict(a.tensors ?? []);
  const storages = storagesOf2(a);
  if (!storages) return refuse(`${input}: the storages of this checkpoint could not be located.`);
  if (tensors.length === 0) return refuse(`${input}: the checkpoint holds no tensors; there is nothing to convert.`);
  for (const t of tensors) {
    const st = t.storage && storages[t.storage.key];
    if (!st) return refuse(`${input}: tensor ${t.name} has no storage in the file.`);
    if (st.method !== void 0 && st.method !== 0) return refuse(`${input}: storage ${t.storage.key} is compressed (method ${st.method}); torch.save never writes that.`);
    if (!dtypeInfo(t.dtype)) return refuse(`${input}: tensor ${t.name} has dtype ${t.dtype}, which safetensors cannot store.`);
  }
  const plan = planDedupe(tensors, opts.dedupe ?? false);
  if (typeof plan === "string") return refuse(`${input}: ${plan}`);
  const out = resolve2(opts.out ?? defaultOutput(abs));
  if (!opts.force && await stat3(out).catch(() => void 0)) return refuse(`${out} already exists; pass --force to overwrite it.`);
  const ordered = writerOrder(plan.kept);
  const metadata = { format: "pt", ...plan.dropped };
  const { bytes: header } = buildHeader(ordered, metadata);
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  const src = await FileSource.open(abs);
  let written = 0;
  try {
    const fh = await open(tmp, "w");
    try {
      await fh.write(header);
      written += header.length;
      for (const t of ordered) {
        written += await materialize(src, storages[t.storage.key], t, async (chunk) => {
          await fh.write(chunk);
        });
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    const verdict = await verify(tmp, src, ordered, storages, metadata);
    if (verdict) {
      await rm(tmp, { force: true });
      return { ok: false, input, message: `${input}: verification of the written file failed: ${verdict}`, findings: [] };
    }
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true });
    return { ok: false, input, message: `${input}: ${e.message}`, findings: [] };
  } finally {
    await src.close();
  }
  return { ok: true, input, out, message: `wrote ${out}`, findings: [], tensors: ordered.length, bytes: written, dropped: plan.dropped };
}
async function verify(file, src, ordered, storages, metadata) {
  const outSrc = await FileSource.open(file);
  try {
    const read = await readSafetensors(outSrc);
    if (!read.ok) return `${read.error.code}: ${read.error.message}`;
    const h = read.header;
    const sorted = (m) => JSON.stringify(Object.entries(m ?? {}).sort());
    if (sorted(h.metadata) !== sorted(metadata)) return "metadata differs";
    const byName = new Map(h.tensors.map((t) => [t.name, t]));
    const mine = new Uint8Array(COPY_CHUNK_BYTES);
    if (byName.size !== ordered.length) return `expected ${ordered.length} tensors, found ${byName.size}`;
    for (const t of ordered) {
      const w = byName.get(t.name);
      if (!w || w.dtype !== t.dtype || JSON.stringify(w.shape) !== JSON.stringify(t.shape)) return `tensor ${t.name} differs in name, dtype or shape`;
      let pos = h.dataStart + w.dataOffsets[0];
      let mismatch2 = false;
      await materialize(src, storages[t.storage.key], t, async (chunk) => {
        if (mismatch2) return;
        const got = await outSrc.readInto(mine.subarray(0, chunk.length), pos);
        pos += chunk.length;
        if (!Buffer.from(got).equals(Buffer.from(chunk))) mismatch2 = true;
      });
      if (mismatch2) return `bytes of tensor ${t.name} differ from the source`;
    }
    return void 0;
  } finally {
    await outSrc.close();
  }
}

// src/commands/convert.ts
var CONVERT_USAGE = `Usage:
  adapter-guard convert PATH [--out FILE] [--dedupe] [--force]

Converts a PyTorch checkpoint (torch.save zip or legacy format) to safetensors without executing it.
Refuses files with pickle-code-execution or pickle-unknown-global findings. The output is verified
byte for byte against the source before it is renamed into place.

  --out FILE   output path (default: beside PATH, adapter_model.bin -> adapter_model.safetensors)
  --dedupe     tensors sharing storage: keep one complete member per group (like safetensors'
               save_model) and record dropped -> kept in __metadata__, instead of refusing
  --force      overwrite an existing output file

Exit status: 0 converted, 1 refused or failed, 2 usage error.
`;
async function convertCommand(args, io) {
  let values;
  let positionals;
  try {
    ;
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: "string", short: "o" }, dedupe: { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } }
    }));
  } catch (e) {
    io.stderr(`adapter-guard convert: ${e.message}

${CONVERT_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`adapter-guard convert: give exactly one PATH

${CONVERT_USAGE}`);
    return 2;
  }
  const r = await convertCheckpoint(resolve3(io.cwd, positionals[0]), {
    out: values.out === void 0 ? void 0 : resolve3(io.cwd, values.out),
    dedupe: values.dedupe ?? false,
    force: values.force ?? false
  });
  if (!r.ok) {
    io.stderr(`adapter-guard convert: ${escapeTerminal(r.message)}
`);
    for (const f of r.findings) io.stderr(`  ${f.severity} ${f.ruleId}: ${escapeTerminal(f.message)}
`);
    return 1;
  }
  const dropped = Object.entries(r.dropped ?? {});
  io.stdout(`${escapeTerminal(r.out ?? "")}: ${r.tensors} tensors, ${r.bytes} bytes, verified against the source
`);
  for (const [d, k] of dropped) io.stdout(`  dropped ${escapeTerminal(d)} (shares storage with ${escapeTerminal(k)})
`);
  return 0;
}

// src/commands.ts
var COMMANDS = {
  convert: convertCommand
};

// src/github/config-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, statSync } from "node:fs";

// src/github/input-defaults.ts
var INPUT_DEFAULTS = {
  "github-token": "${{ github.token }}",
  paths: "**",
  exclude: ".git/**\nnode_modules/**\n",
  "fail-on": "error",
  deep: "false",
  scope: "changed",
  comment: "on-findings",
  "sarif-file": "",
  "report-file": "",
  "config-file": ".adapter-guard.yml",
  "release-tag": "",
  "on-unsafe-release": "fail",
  annotations: "true",
  "check-run": "auto",
  convert: "false",
  "convert-dir": "",
  "convert-dedupe": "false"
};
var CONFIG_KEYS = Object.keys(INPUT_DEFAULTS).filter((k) => k !== "github-token" && k !== "config-file");

// src/github/config-file.ts
var MAX_CONFIG_BYTES = 256 * 1024;
function asInputString(key, v, where2) {
  if (typeof v === "string") return v;
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join("\n");
  throw new Error(`${where2}: "${key}" must be a string${key === "paths" || key === "exclude" ? " or a list of strings" : ""}`);
}
function parseConfigText(text, where2) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new Error(`${where2}: not valid YAML: ${e.message.split("\n")[0]}`, { cause: e });
  }
  if (doc === null || doc === void 0) return { values: {}, suppressions: [] };
  if (typeof doc !== "object" || Array.isArray(doc)) throw new Error(`${where2}: must be a mapping of settings`);
  const out = { values: {}, suppressions: [] };
  for (const [key, v] of Object.entries(doc)) {
    if (key === "suppressions") {
      out.suppressions = parseSuppressions(v, where2);
    } else if (CONFIG_KEYS.includes(key)) {
      if (v !== null && v !== void 0) out.values[key] = asInputString(key, v, where2);
    } else {
      throw new Error(`${where2}: unknown setting "${key}" (allowed: ${[...CONFIG_KEYS, "suppressions"].join(", ")})`);
    }
  }
  return out;
}
function parseSuppressions(v, where2) {
  if (v === null || v === void 0) return [];
  if (!Array.isArray(v)) throw new Error(`${where2}: "suppressions" must be a list of {rule, path, reason}`);
  return v.map((s, i) => {
    const at = `${where2}: suppressions[${i}]`;
    if (!s || typeof s !== "object" || Array.isArray(s)) throw new Error(`${at} must be a mapping with rule, path and reason`);
    const { rule, path: path2, reason, ...rest } = s;
    const extra = Object.keys(rest);
    if (extra.length > 0) throw new Error(`${at}: unknown key "${extra[0]}" (allowed: rule, path, reason)`);
    if (typeof rule !== "string" || !rule.trim()) throw new Error(`${at}: "rule" is required (a rule id, or * for any rule)`);
    if (rule !== "*" && !RULES.has(rule)) throw new Error(`${at}: unknown rule id "${rule}"`);
    if (typeof path2 !== "string" || !path2.trim()) throw new Error(`${at}: "path" is required (a glob such as models/legacy/**)`);
    if (typeof reason !== "string" || !reason.trim()) throw new Error(`${at}: "reason" is required: say why this finding is accepted`);
    return { rule, path: path2.trim(), reason: reason.trim() };
  });
}
function readConfigFile(abs, shown) {
  const size2 = statSync(abs).size;
  if (size2 > MAX_CONFIG_BYTES) throw new Error(`${shown}: ${size2} bytes is over the ${MAX_CONFIG_BYTES}-byte limit for a config file`);
  return parseConfigText(readFileSync(abs, "utf8"), shown);
}

// src/cli.ts
var DEFAULT_CONFIG_FILE = INPUT_DEFAULTS["config-file"];
var FORMATS = ["text", "json", "sarif", "markdown"];
var FAIL_ON = ["critical", "error", "warning", "note", "never"];
var USAGE = `adapter-guard ${VERSION}: scan adapter checkpoints before they are merged or released

Usage:
  adapter-guard scan [PATH...] [options]
  adapter-guard convert PATH [--out FILE] [--dedupe] [--force]
  adapter-guard --help | --version

Scan options:
  --format text|json|sarif|markdown   report format (default: text)
  --output FILE                       write the report to FILE instead of stdout
  --fail-on critical|error|warning|note|never
                                      exit 1 when a finding reaches this severity (default: error)
  --deep                              also read tensor data (NaN/Inf, untrained adapters)
  --exclude GLOB                      skip files matching GLOB (repeatable; default .git/** node_modules/**)
  --config FILE                       settings and suppressions (default: .adapter-guard.yml if present)
  --no-config                         ignore .adapter-guard.yml

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or internal error.
Rules: https://github.com/adapter-guard/adapter-guard/blob/main/docs/rules.md
`;
async function main(argv, io) {
  const [cmd, ...rest] = argv;
  if (cmd === void 0 || cmd === "--help" || cmd === "-h" || cmd === "help") {
    io.stdout(USAGE);
    return cmd === void 0 ? 2 : 0;
  }
  if (cmd === "--version" || cmd === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const extra = COMMANDS[cmd];
  if (extra) return extra(rest, io);
  if (cmd !== "scan") {
    io.stderr(`adapter-guard: unknown command "${cmd}"

${USAGE}`);
    return 2;
  }
  let values;
  let positionals;
  try {
    ;
    ({ values, positionals } = parseArgs2({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        deep: { type: "boolean" },
        exclude: { type: "string", multiple: true },
        config: { type: "string" },
        "no-config": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    io.stderr(`adapter-guard: ${e.message}

${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    io.stderr(`adapter-guard: --format must be one of ${FORMATS.join(", ")}, not "${format}"
`);
    return 2;
  }
  let file = { values: {}, suppressions: [] };
  if (!values["no-config"]) {
    const shown = values.config ?? DEFAULT_CONFIG_FILE;
    const abs = resolve4(io.cwd, shown);
    if (values.config !== void 0 && !existsSync3(abs)) {
      io.stderr(`adapter-guard: config file ${escapeTerminal(shown)} does not exist
`);
      return 2;
    }
    if (existsSync3(abs)) {
      try {
        file = readConfigFile(abs, shown);
      } catch (e) {
        io.stderr(`adapter-guard: ${escapeTerminal(e.message)}
`);
        return 2;
      }
    }
  }
  const listOf = (v) => v === void 0 ? void 0 : v.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
  const failOn = values["fail-on"] ?? file.values["fail-on"] ?? "error";
  if (!FAIL_ON.includes(failOn)) {
    io.stderr(`adapter-guard: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${failOn}"
`);
    return 2;
  }
  const missing = positionals.filter((p) => !existsSync3(resolve4(io.cwd, p)));
  if (missing.length > 0) {
    io.stderr(`adapter-guard: no such file or directory: ${missing.map((m) => escapeTerminal(m)).join(", ")}
`);
    return 2;
  }
  try {
    const { report } = await scan({
      root: io.cwd,
      targets: positionals.length > 0 ? positionals : ["."],
      paths: listOf(file.values.paths),
      exclude: values.exclude ?? listOf(file.values.exclude) ?? DEFAULT_EXCLUDE,
      deep: values.deep ?? file.values.deep === "true",
      failOn,
      suppressions: file.suppressions
    });
    const toFile = values.output !== void 0;
    const rendered = format === "json" ? renderJson(report) : format === "sarif" ? renderSarif(report) : format === "markdown" ? renderMarkdown(report) : renderText(report, { color: io.isTTY && !toFile && !io.env.NO_COLOR });
    if (toFile) {
      await writeFile(resolve4(io.cwd, values.output), rendered);
      if (format !== "text") io.stdout(renderText(report, { color: io.isTTY && !io.env.NO_COLOR }));
    } else {
      io.stdout(rendered);
    }
    return report.summary.failed ? 1 : 0;
  } catch (e) {
    io.stderr(`adapter-guard: internal error: ${e.stack ?? String(e)}
`);
    return 2;
  }
}

// src/bin.ts
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
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
