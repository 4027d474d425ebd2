// One structured message, rendered per sink: the log and annotations get plain text (no markdown
// escapes such as `\{` or `docs\.github\.com`), the PR comment and summaries get markdown with real
// code spans. Also: byte measurement and cutting on code-point boundaries (GitHub limits are bytes).
import { escapeMarkdown, escapeTerminal, markdownCode } from './escape.js'

/** Untrusted text (shown as text), a code span, or a link whose target we built ourselves. */
export type Part = string | { code: string } | { text: string; href: string }

/** A message: `trusted` pieces are our own markdown-free prose; parts are interpolated values. */
export interface Message {
  readonly trusted: readonly string[]
  readonly parts: readonly Part[]
}

/** Longest interpolated value kept (an error body or a name cannot blow up a note). */
export const MAX_PART_CHARS = 300

export const code = (s: string): Part => ({ code: s })
export const link = (text: string, href: string): Part => ({ text, href })

/** Tagged template: `msg\`The ${feature} failed: ${code(x)}\``; literal text is ours, values are not. */
export function msg(trusted: TemplateStringsArray, ...parts: Part[]): Message {
  return { trusted: [...trusted], parts }
}

export function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && Array.isArray((m as Message).trusted)
}

function clip(s: string): string {
  return s.length > MAX_PART_CHARS ? s.slice(0, MAX_PART_CHARS - 1) + '…' : s
}

function render(m: Message, part: (p: Part) => string): string {
  let out = m.trusted[0] ?? ''
  for (let i = 0; i < m.parts.length; i++) out += part(m.parts[i]) + (m.trusted[i + 1] ?? '')
  return out
}

/** A link target for markdown: http(s) only, and no character that could end the `(...)` early. */
export function safeHref(href: string): string {
  if (!/^https?:\/\//i.test(href)) return '#'
  return encodeURI(href).replace(/\(/g, '%28').replace(/\)/g, '%29')
}

/** Markdown sinks (comment, job summary, check-run summary). */
export function messageMarkdown(m: Message): string {
  return render(m, p => (typeof p === 'string' ? escapeMarkdown(clip(p)) : 'code' in p ? markdownCode(clip(p.code)) : `[${escapeMarkdown(clip(p.text))}](${safeHref(p.href)})`))
}

/** Plain sinks (log, workflow-command annotations): no markdown escapes; control characters shown escaped. */
export function messagePlain(m: Message): string {
  return escapeTerminal(render(m, p => (typeof p === 'string' ? clip(p) : 'code' in p ? `\`${clip(p.code)}\`` : `${clip(p.text)} (${p.href})`))).replace(/\r?\n/g, ' ')
}

/**
 * Markdown for a finding's message or fix: plain text written by rules, in which backtick pairs are
 * code spans. Text between spans is escaped, spans become real code spans (markdownCode), so a name
 * with backticks can only shift what is shown as code, never open markup.
 */
export function inlineMarkdown(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ')
  const pieces = flat.split('`')
  // Odd pieces sit between a pair of backticks; an unpaired last backtick stays text.
  let out = ''
  for (let i = 0; i < pieces.length; i++) {
    const opened = i % 2 === 1
    const closed = i < pieces.length - 1
    if (opened && closed) out += pieces[i] === '' ? '' : markdownCode(pieces[i])
    else out += escapeMarkdown(opened ? '`' + pieces[i] : pieces[i])
  }
  return out
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

/** Cuts to at most `max` UTF-8 bytes on a code-point boundary, ending with `…` when cut. */
export function cutBytes(s: string, max: number): string {
  if (byteLength(s) <= max) return s
  const room = max - 3 // the ellipsis is 3 bytes
  let bytes = 0
  let end = 0
  for (const ch of s) {
    const n = byteLength(ch)
    if (bytes + n > room) break
    bytes += n
    end += ch.length
  }
  return s.slice(0, end) + '…'
}

/** Cuts plain text to at most `max` characters (code points kept whole), ending with `…` when cut. */
export function cutChars(s: string, max: number): string {
  if (s.length <= max) return s
  let end = max - 1
  const c = s.charCodeAt(end - 1)
  if (c >= 0xd800 && c <= 0xdbff) end--
  return s.slice(0, end) + '…'
}
