// The contract of a check that looks across files (run by engine/post-checks.ts after every file is
// read). It lives with the checks so they need not import the engine that runs them (issue #12).
import type { FileAnalysis, Finding } from '../types.js'
import type { HubOptions } from '../remote/hub.js'

/** How the scan was told about base models (CLI `--base`/`--remote-base`, Action `base-model`). */
export interface BaseOption {
  /** A local directory or `hf://OWNER/REPO[@REVISION]`; when absent, each config's base_model_name_or_path. */
  spec?: string
  /** Read a Hub base_model_name_or_path from the Hub when it is not a local directory. */
  remote?: boolean
  hub?: HubOptions
}

export interface PostCheckContext {
  deep: boolean
  root: string
  /**
   * Directories a check may read files named by scanned content from (a config's local base model):
   * the root, and directories the user named outside it (CLI). Default: the root only.
   */
  readRoots?: string[]
  /** Per-file time budget (ScanLimits.maxMillisPerFile); the deep read of each file stops past it. */
  maxMillisPerFile?: number
  /** The base model to check adapters against (adapter-base-mismatch). */
  base?: BaseOption
  /** Tensor-data bytes read by the deep scan, as they are read (progress). */
  onDataRead?: (bytes: number) => void
}

export type PostCheck = (analyses: FileAnalysis[], ctx: PostCheckContext) => Promise<Finding[]> | Finding[]
