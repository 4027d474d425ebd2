// Which files a PR (or merge-group commit) changed, through the REST API with pagination, and
// which checkpoint files that puts in scope: every file of each directory a checkpoint change touched.
import { existsSync, readdirSync } from 'node:fs'
import { join, posix } from 'node:path'
import { minimatch } from 'minimatch'
import { worthOpening } from '../discover/sniff.js'
import type { Octokit } from './api.js'

/** `pulls.listFiles` returns at most 3,000 files in all (platform doc §0). */
export const PR_FILES_API_CAP = 3000
/** The largest page the API serves. */
export const FILES_PER_PAGE = 100
/** The compare API lists at most 300 changed files. */
export const COMPARE_FILES_CAP = 300

export interface ChangedFile {
  filename: string
  status: string
  previous_filename?: string
}

export interface ChangedList {
  files: ChangedFile[]
  /** The list hit the API's cap, so it may be incomplete. */
  capped: boolean
}

export async function listPrFiles(octokit: Octokit, owner: string, repo: string, pullNumber: number): Promise<ChangedList> {
  const files: ChangedFile[] = []
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: FILES_PER_PAGE })
  for await (const page of pages) {
    for (const f of page.data) files.push({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) })
    // The API stops at the cap by itself; stopping here too keeps the loop bounded whatever it sends.
    if (files.length >= PR_FILES_API_CAP) break
  }
  return { files, capped: files.length >= PR_FILES_API_CAP }
}

export async function listCompareFiles(octokit: Octokit, owner: string, repo: string, base: string, head: string): Promise<ChangedList> {
  const res = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 })
  const files = (res.data.files ?? []).map(f => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) }))
  return { files, capped: files.length >= COMPARE_FILES_CAP }
}

export interface ScopeFilter {
  paths: string[]
  exclude: string[]
}

export function inScope(rel: string, f: ScopeFilter): boolean {
  const opts = { dot: true }
  return f.paths.some(p => minimatch(rel, p, opts)) && !f.exclude.some(p => minimatch(rel, p, opts))
}

/**
 * The files to scan for a set of changes: for every changed checkpoint-like file (old name too for
 * renames and deletions), all checkpoint-like files now in its directory, so cross-file checks
 * (config vs weights, shard indexes) see the whole adapter.
 */
export function filesToScan(changed: ChangedFile[], workspace: string, filter: ScopeFilter): { files: string[]; directories: string[] } {
  const dirs = new Set<string>()
  for (const c of changed) {
    for (const name of [c.filename, c.previous_filename]) {
      if (name && worthOpening(name) && inScope(name, filter)) dirs.add(posix.dirname(name))
    }
  }
  const files: string[] = []
  const directories: string[] = []
  for (const dir of [...dirs].sort()) {
    const abs = join(workspace, dir)
    if (!existsSync(abs)) continue
    directories.push(dir)
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (!e.isFile() && !e.isSymbolicLink()) continue
      const rel = dir === '.' ? e.name : `${dir}/${e.name}`
      if (worthOpening(rel) && inScope(rel, filter)) files.push(rel)
    }
  }
  return { files: files.sort(), directories }
}
