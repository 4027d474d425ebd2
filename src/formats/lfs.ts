// Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): small text files
// that stand where the real file should be when a checkout did not fetch LFS objects.

export interface LfsPointer {
  oid?: string
  size?: number
}

export function parseLfsPointer(text: string): LfsPointer {
  const out: LfsPointer = {}
  for (const line of text.split('\n')) {
    const m = /^(\w+) (.*)$/.exec(line.trim())
    if (!m) continue
    if (m[1] === 'oid') out.oid = m[2]
    if (m[1] === 'size' && /^\d+$/.test(m[2])) out.size = Number(m[2])
  }
  return out
}
