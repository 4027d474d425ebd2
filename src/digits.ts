/**
 * 1234567 -> "1,234,567", as toLocaleString('en-US') writes an integer, without loading ICU: the
 * first toLocaleString of a process costs 25-50 ms (issue #13 profile), more than scanning a
 * hundred files. Non-integers keep toLocaleString.
 */
export function groupDigits(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) return n.toLocaleString('en-US')
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
