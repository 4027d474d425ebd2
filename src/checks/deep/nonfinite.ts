// `tensor-nonfinite`: NaN or ±Inf in tensor data. safetensors does not check values (README: "NaN
// and Inf are not checked"), so a diverged run saves and loads without a word.
import type { Finding } from '../../types.js'
import { finding } from '../rules.js'
import type { TensorStats } from './tensor-stats.js'
import { groupDigits } from '../../digits.js'

/** Tensors named in one message; the finding's `tensors` list holds up to TENSORS_LISTED. */
const NAMED_IN_MESSAGE = 3
const TENSORS_LISTED = 20

function counts(s: TensorStats): string {
  const parts: string[] = []
  if (s.nan) parts.push(`${groupDigits(s.nan)} NaN`)
  if (s.posInf) parts.push(`${groupDigits(s.posInf)} +Inf`)
  if (s.negInf) parts.push(`${groupDigits(s.negInf)} -Inf`)
  return parts.join(', ')
}

export function nonfiniteFindings(path: string, stats: Map<string, TensorStats>): Finding[] {
  const bad = [...stats.values()].filter(s => s.nan + s.posInf + s.negInf > 0)
  if (bad.length === 0) return []
  const named = bad.slice(0, NAMED_IN_MESSAGE).map(s => `\`${s.name}\` (${s.dtype}: ${counts(s)})`).join(', ')
  const more = bad.length > NAMED_IN_MESSAGE ? ` and ${bad.length - NAMED_IN_MESSAGE} more` : ''
  return [
    finding('tensor-nonfinite', {
      path,
      message: `${bad.length} tensor(s) hold NaN or Inf values: ${named}${more}. Any forward pass through them produces NaN; the training run likely diverged before this save.`,
      tensors: bad.slice(0, TENSORS_LISTED).map(s => s.name)
    })
  ]
}
