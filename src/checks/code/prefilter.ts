// The words a code file must contain for any code rule to apply: cheap to test on raw bytes, and
// apart from the rules themselves, so a scan loads the Python parser (@lezer) only for files that pass.

/**
 * Words at least one rule needs to see in the file: a file without any of them is not parsed.
 * Each rule's trigger is a call or keyword spelled in the file itself (values are only resolved
 * within the file), so this never hides a finding.
 */
export const PREFILTER_WORDS = [
  'torch', // torch.load, torch.save
  'add_adapter', // code-shared-tensor-save
  'safe', // safe_serialization=, use_safetensors=
  '_only', // bias="lora_only" / "boft_only"
  'pickle',
  'joblib',
  'lm_head',
  'embed' // embed_tokens, save_embedding_layers
]

export function mentionsAny(text: string): boolean {
  for (const w of PREFILTER_WORDS) if (text.includes(w)) return true
  return false
}
