// Checks that look across files (adapter directories, shard indexes), run after every file is read.
import type { PostCheck } from '../checks/post-check.js'
import { adapterChecks } from '../checks/adapter/index.js'
import { deepChecks } from '../checks/deep/index.js'
import { codePinChecks } from '../checks/code/post-check.js'
import { baseMismatchCheck } from '../checks/adapter/base-mismatch.js'

export type { PostCheck, PostCheckContext } from '../checks/post-check.js'

export const POST_CHECKS: PostCheck[] = [adapterChecks, deepChecks, codePinChecks, baseMismatchCheck]
