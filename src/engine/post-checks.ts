// Checks that look across files (adapter directories, shard indexes), run after every file is read.
import type { FileAnalysis, Finding } from '../types.js'
import { adapterChecks } from '../checks/adapter/index.js'
import { deepChecks } from '../checks/deep/index.js'
import { codePinChecks } from '../checks/code/post-check.js'
import { baseMismatchCheck, type BaseOption } from '../checks/adapter/base-mismatch.js'

export interface PostCheckContext {
  deep: boolean
  root: string
  /** Per-file time budget (ScanLimits.maxMillisPerFile); the deep read of each file stops past it. */
  maxMillisPerFile?: number
  /** The base model to check adapters against (adapter-base-mismatch). */
  base?: BaseOption
  /** Tensor-data bytes read by the deep scan, as they are read (progress). */
  onDataRead?: (bytes: number) => void
}

export type PostCheck = (analyses: FileAnalysis[], ctx: PostCheckContext) => Promise<Finding[]> | Finding[]

export const POST_CHECKS: PostCheck[] = [adapterChecks, deepChecks, codePinChecks, baseMismatchCheck]
