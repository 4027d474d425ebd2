// The JSON report (public contract; documented in the README).
import type { ScanReport } from '../types.js'

export function renderJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}
