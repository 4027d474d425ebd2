// Checks that look across files (adapter directories, shard indexes), run after every file is read.
import type { FileAnalysis, Finding } from '../types.js'
import { adapterChecks } from '../checks/adapter/index.js'
import { deepChecks } from '../checks/deep/index.js'

export interface PostCheckContext {
  deep: boolean
  root: string
  /** Tensor-data bytes read by the deep scan, as they are read (progress). */
  onDataRead?: (bytes: number) => void
}

export type PostCheck = (analyses: FileAnalysis[], ctx: PostCheckContext) => Promise<Finding[]> | Finding[]

export const POST_CHECKS: PostCheck[] = [adapterChecks, deepChecks]
