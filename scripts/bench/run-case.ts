// Child-process entry for one benchmark case: scans a directory in process (the engine, no CLI shell)
// and prints one JSON line; the parent measures this process's peak RSS from outside.
import { scan } from '../../src/engine/scan.js'

const [root, mode] = process.argv.slice(2)
if (!root) throw new Error('usage: run-case.mjs DIR [deep]')
const t0 = performance.now()
const { report } = await scan({ root, deep: mode === 'deep', failOn: 'never', code: process.argv[4] !== 'no-code' })
const wallMs = performance.now() - t0
const rules: Record<string, number> = {}
for (const f of report.findings) rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1
process.stdout.write(JSON.stringify({ files: report.summary.files, bytesRead: report.summary.bytesRead, wallMs, findings: rules }) + '\n')
