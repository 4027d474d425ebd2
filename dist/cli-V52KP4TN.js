import { createRequire as __agCreateRequire } from 'node:module';
const require = __agCreateRequire(import.meta.url);

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
    fix: "Check that the file exists, is readable and is not a dangling symlink."
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
  },
  // Security boundaries (issue #10)
  {
    id: "path-outside-root",
    severity: "error",
    title: "Path leads outside the scan root",
    fix: "Commit the files themselves instead of a symlink, or scan the real location explicitly (`adapter-guard scan /path/to/adapter`)."
  },
  {
    id: "convert-unsafe-name",
    severity: "warning",
    title: "File name unsafe to pass on as a converted output",
    fix: "Rename the checkpoint to letters, digits and `._-+=,@:/` (spaces allowed), then convert it again."
  },
  {
    id: "peft-bias-not-saved",
    severity: "error",
    title: 'bias="lora_only" saved by a PEFT release that drops the trained biases',
    fix: "Re-save the trained model with PEFT 0.21.0 or later (`pip install -U peft`, then `save_pretrained`), which writes `<module>.base_layer.bias`; if the trained model is gone, retrain."
  },
  // Code: Python files and notebook cells (src/checks/code/)
  {
    id: "code-shared-tensor-save",
    severity: "error",
    title: 'add_adapter with bias="all" and modules_to_save: save_pretrained will fail',
    fix: 'Use `get_peft_model(model, config)` (PEFT clones the shared bias), or `bias="none"`/`"lora_only"`; `safe_serialization=False` fails the same way.'
  },
  {
    id: "code-unsafe-save",
    severity: "warning",
    title: "Weights saved as a pickle",
    fix: "Save with safetensors: drop `safe_serialization=False`, or use `safetensors.torch.save_file` instead of `torch.save`."
  },
  {
    id: "code-unsafe-load",
    severity: "error",
    title: "Checkpoint loaded by unpickling",
    fix: "Load safetensors (`safetensors.torch.load_file`), or `torch.load(..., weights_only=True)`; never unpickle an untrusted checkpoint."
  },
  {
    id: "code-bias-dropped",
    severity: "warning",
    title: 'bias="lora_only" under a PEFT release that drops the trained bias on save',
    fix: 'Upgrade to peft>=0.21.0, or use `bias="none"`.'
  },
  {
    id: "code-embeddings-saved",
    severity: "note",
    title: "Adapter will hold the full embedding matrix",
    fix: "Keep `lm_head`/`embed_tokens` out of target_modules and `save_embedding_layers` at its default unless the vocabulary changed."
  },
  // Remote sources (issue #16): Hub repos and release assets read by range
  {
    id: "remote-unreadable",
    severity: "error",
    title: "Remote repo or file could not be read",
    fix: "Give a token with read access (HF_TOKEN or the hub-token input) and accept the repo's conditions if it is gated; check the repo name and revision."
  },
  {
    id: "remote-range-ignored",
    severity: "warning",
    title: "Server ignored Range requests",
    fix: "Scan through a server that honours Range (the Hub and GitHub do), or download the file and scan it locally."
  },
  // Adapter against its base model (issue #16)
  {
    id: "adapter-base-mismatch",
    severity: "error",
    title: "Adapter does not fit its base model",
    fix: "Load the adapter onto the base model it was trained on (set base_model_name_or_path to it), or retrain it for this base."
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
  if (init.column !== void 0) f.column = init.column;
  if (init.tensors && init.tensors.length > 0) f.tensors = init.tensors;
  return f;
}

export {
  RULES,
  allRules,
  ruleHelpUri,
  finding
};
