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

export {
  __require,
  __commonJS,
  __toESM,
  RULES,
  allRules,
  ruleHelpUri,
  finding
};
