// Which files a PR (or merge-group commit) changed, through the REST API with pagination. Which
// checkpoint files that puts in scope is discovery's part (src/discover/changed.ts).
import type { ChangedFile } from '../discover/changed.js'
import type { Octokit } from './api.js'

export type { ChangedFile }

/** `pulls.listFiles` returns at most 3,000 files in all (platform doc §0). */
export const PR_FILES_API_CAP = 3000
/** The largest page the API serves. */
export const FILES_PER_PAGE = 100
/** The compare API lists at most 300 changed files. */
export const COMPARE_FILES_CAP = 300

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
