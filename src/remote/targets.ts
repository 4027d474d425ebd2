// Remote scan targets turned into engine sources: each Hub repo is resolved to a commit and its files
// worth opening become ranged sources at `hf://owner/repo@sha/path`. A repo that cannot be read is
// one `remote-unreadable` finding, and the other targets are still scanned.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { minimatch } from 'minimatch'
import { FileSource, LOCAL_COPIES } from '../formats/source.js'
import type { ByteSource, Finding } from '../types.js'
import type { SourceCandidate } from '../engine/scan.js'
import { finding } from '../checks/rules.js'
import { worthOpening } from '../discover/sniff.js'
import { HttpRangeSource, HTTP_NO_RANGE_LIMIT } from './http-source.js'
import { downloadHubFile, hubFileSource, hubPath, parseHubSpec, resolveHubRepo, MAX_HUB_FILES, RemoteError, type HubFile, type HubOptions, type ResolvedHubRepo } from './hub.js'

/** The `remote-range-ignored` finding for a source whose server answered 200 to a ranged request. */
export function rangeIgnoredFindings(path: string, src: ByteSource): Finding[] {
  if (!(src instanceof HttpRangeSource) || !src.rangeIgnored) return []
  return [
    finding('remote-range-ignored', {
      path,
      message: `The server ignored Range requests and answered with the whole file: ${src.bytesRead} bytes were read from its start (at most ${HTTP_NO_RANGE_LIMIT} per file) and the rest was not downloaded.`
    })
  ]
}

export interface HubScanPlan {
  sources: SourceCandidate[]
  findings: Finding[]
  repos: ResolvedHubRepo[]
  /** Removes downloaded copies (deep scans) and their registrations. */
  cleanup(): Promise<void>
}

/**
 * The CLI's and the Action's entry: ranged sources, or with `deep` (every tensor byte is read anyway)
 * whole downloads checked against the Hub's sha256, opened from a temp dir under the same hf:// paths.
 */
export async function planRemoteScan(specs: string[], opts: HubOptions & { exclude?: string[]; deep?: boolean; tempDir?: string }): Promise<HubScanPlan> {
  const plan = await planHubScan(specs, opts)
  if (!opts.deep) return plan
  const dir = await mkdtemp(join(opts.tempDir ?? tmpdir(), 'adapter-guard-hub-'))
  const registered: string[] = []
  plan.cleanup = async () => {
    for (const r of registered) LOCAL_COPIES.delete(r)
    await rm(dir, { recursive: true, force: true })
  }
  const byRel = new Map<string, { repo: ResolvedHubRepo; file: HubFile }>()
  for (const r of plan.repos) for (const f of r.files) byRel.set(hubPath(r, f.path), { repo: r, file: f })
  let n = 0
  plan.sources = plan.sources.map(c => {
    const hit = byRel.get(c.rel)
    if (!hit) return c
    const dest = join(dir, String(n++), hit.file.path.slice(hit.file.path.lastIndexOf('/') + 1))
    // Opened more than once (configs are read before the scan): downloaded once.
    let got: Promise<void> | undefined
    return {
      rel: c.rel,
      open: async () => {
        got ??= downloadHubFile(hit.repo, hit.file, dest, opts).then(() => {
          LOCAL_COPIES.set(c.rel, dest)
          registered.push(c.rel)
        })
        await got
        return FileSource.open(dest)
      }
    }
  })
  return plan
}

/** Resolves every `hf://` spec; `exclude` globs apply to paths inside each repo. */
export async function planHubScan(specs: string[], opts: HubOptions & { exclude?: string[] }): Promise<HubScanPlan> {
  const plan: HubScanPlan = { sources: [], findings: [], repos: [], cleanup: async () => undefined }
  const seen = new Set<string>()
  for (const spec of specs) {
    const t = parseHubSpec(spec)
    if (!t) {
      plan.findings.push(finding('remote-unreadable', { path: spec, message: `"${spec}" is not a Hub target: write hf://OWNER/REPO[@REVISION][/PATH] (a revision holding "/" percent-encoded, e.g. @refs%2Fpr%2F1).` }))
      continue
    }
    let r: ResolvedHubRepo
    try {
      r = await resolveHubRepo(t, opts)
    } catch (e) {
      const message = e instanceof RemoteError ? e.message : `hf://${t.owner}/${t.repo} could not be read from the Hub: ${(e as Error).message}`
      plan.findings.push(finding('remote-unreadable', { path: spec, message }))
      continue
    }
    plan.repos.push(r)
    if (r.truncated) {
      plan.findings.push(finding('resource-limit', { path: hubPath(r, ''), message: `The repo lists more than ${MAX_HUB_FILES} files; only the first ${MAX_HUB_FILES} were considered.` }))
    }
    for (const f of r.files) {
      const explicit = t.path === f.path
      if (!explicit && !worthOpening(f.path)) continue
      if ((opts.exclude ?? []).some(g => minimatch(f.path, g, { dot: true }))) continue
      const rel = hubPath(r, f.path)
      if (seen.has(rel)) continue
      seen.add(rel)
      // One source per file: what the engine fetches before the scan (configs) counts in the file's bytesRead.
      let src: HttpRangeSource | undefined
      plan.sources.push({
        rel,
        open: async () => (src ??= hubFileSource(r, f, opts)),
        after: src => rangeIgnoredFindings(rel, src)
      })
    }
  }
  return plan
}
