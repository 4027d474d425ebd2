// Release assets read by range instead of downloaded (issue #16): the scan reads headers, zip
// directories and pickles, so a 2 GiB asset costs kilobytes. The request goes to the asset API URL
// (built from GITHUB_API_URL) with the token; its redirect to signed storage is followed without it.
// deep and convert read every byte, so they still download and verify the digest (download.ts).
import type { SourceCandidate } from '../engine/scan.js'
import { HttpRangeSource } from '../remote/http-source.js'
import { rangeIgnoredFindings } from '../remote/targets.js'
import { safeAssetName, type ReleaseInfo } from './release.js'
import type { RunnerContext } from './runner.js'

export function releaseAssetSources(release: ReleaseInfo, ctx: RunnerContext, token: string, fetchImpl?: typeof fetch): SourceCandidate[] {
  const used = new Set<string>()
  return release.assets.map(a => {
    const rel = safeAssetName(a.name, used)
    const url = `${ctx.apiUrl}/repos/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/releases/assets/${a.id}`
    let src: HttpRangeSource | undefined
    return {
      rel,
      // One source per asset: what the engine fetches before the scan (configs) counts in its bytesRead.
      open: async () =>
        (src ??= new HttpRangeSource({
          url,
          size: a.size,
          headers: { accept: 'application/octet-stream', 'user-agent': 'adapter-guard' },
          authHeaders: { authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28' },
          ...(fetchImpl ? { fetch: fetchImpl } : {})
        })),
      after: src => rangeIgnoredFindings(rel, src)
    }
  })
}
