// Everything we print comes partly from attackers (tensor names, metadata, paths): each sink gets its
// own escaping so a name can never become markup, a mention, a workflow command or a terminal escape.

/** Terminal: control characters (ANSI escapes, CR, LF, BEL, …) are shown as \xNN, never interpreted (LF too: a name must not forge a line or a `::command::`). */
export function escapeTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, c => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/**
 * Markdown (GitHub-flavoured, in comments and job summaries): HTML-escape, backslash-escape every
 * markdown punctuation character, break @mentions and #references, and flatten newlines.
 */
export function escapeMarkdown(s: string): string {
  return escapeTerminal(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"']/g, c => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
}

/** Inline code in markdown: safe inside a table cell, and a name cannot close the code span. */
export function markdownCode(s: string): string {
  // Backslashes before a pipe are doubled too: GFM tables read `\\|` as an escaped backslash and a cell break.
  const clean = escapeTerminal(s).replace(/\r?\n/g, ' ').replace(/(\\*)\|/g, (_m, bs: string) => `${bs}${bs}\\|`)
  const ticks = clean.match(/`+/g)
  const fence = '`'.repeat(Math.max(0, ...(ticks ?? []).map(t => t.length)) + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean.replace(/</g, '&lt;')}${pad}${fence}`
}
