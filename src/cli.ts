// The CLI shell: parse arguments, call the engine, render, exit 0 / 1 / 2.
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { FailOn, ShardInfo } from './types.js'
import { scan } from './engine/scan.js'
import { DEFAULT_EXCLUDE } from './discover/files.js'
import { renderText } from './report/text.js'
import { renderReport, type ReportFormat } from './report/render.js'
import { Progress } from './report/progress.js'
import { parseShard } from './engine/shard.js'
import { VERSION } from './version.js'
import { COMMANDS } from './commands.js'
import type { CliIO } from './cli-io.js'
import { escapeTerminal } from './report/escape.js'
import type { ConfigValues } from './github/config-file.js'
import { INPUT_DEFAULTS } from './github/input-defaults.js'
import type { Suppression } from './checks/suppressions.js'
import { RULES } from './checks/rules.js'
import { isInside, realRootSync, resolvesInside } from './discover/contain.js'
import { OutputRefused, writeContained } from './io/safe-write.js'
import { hubEndpoint, hubToken, isHubSpec } from './remote/hub.js'
import { planRemoteScan } from './remote/targets.js'

const DEFAULT_CONFIG_FILE = INPUT_DEFAULTS['config-file']

export type { CliIO } from './cli-io.js'

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
const FAIL_ON = ['critical', 'error', 'warning', 'note', 'never'] as const

export const USAGE = `adapter-guard ${VERSION}: scan adapter checkpoints before they are merged or released

Usage:
  adapter-guard scan [PATH...] [options]
  adapter-guard convert PATH [--out FILE] [--dedupe] [--force]
  adapter-guard merge REPORT.json... [--format F] [--output FILE] [--fail-on S]
  adapter-guard --help | --version

Scan options:
  --format text|json|sarif|markdown   report format (default: text)
  --output FILE                       write the report to FILE instead of stdout
  --fail-on critical|error|warning|note|never
                                      exit 1 when a finding reaches this severity (default: error)
  --deep                              also read tensor data (NaN/Inf, untrained adapters)
  --exclude GLOB                      skip files matching GLOB (repeatable; default .git/** node_modules/**)
  --config FILE                       settings and suppressions (default: .adapter-guard.yml if present)
  --no-config                         ignore .adapter-guard.yml
  --suppress RULE:GLOB                suppress RULE (or *) for paths matching GLOB, anchored at the
                                      scan root (repeatable); the only way to suppress a critical
                                      finding: a config file in the scanned tree cannot
  --no-code                           do not lint Python files and notebooks (the code-* rules)
  --sarif-category NAME               code scanning category for --format sarif (automationDetails.id;
                                      default adapter-guard/<workflow>/<job> in GitHub Actions, else adapter-guard)
  --base PATH|hf://OWNER/REPO[@REV]   check adapters against this base model (adapter-base-mismatch)
  --remote-base                       without --base, read a Hub base_model_name_or_path from the Hub
  --shard I/N                         scan only part I of N (balanced by bytes, directories whole);
                                      join the JSON reports with \`adapter-guard merge\`
  --workers N|auto                    threads for the per-file work (default 0: none; auto: half the
                                      cores, up to 4, from 4 cores and 1,500 files); same report

PATH may be hf://OWNER/REPO[@REVISION][/PATH]: a Hugging Face Hub repo, read by range (headers only;
token from HF_TOKEN, sent only to the Hub; HF_ENDPOINT points at another Hub or mirror).

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or internal error.
Rules: https://github.com/adapter-guard/adapter-guard/blob/main/docs/rules.md
`

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(USAGE)
    return cmd === undefined ? 2 : 0
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const extra = COMMANDS[cmd]
  if (extra) return extra(rest, io)
  if (cmd !== 'scan') {
    io.stderr(`adapter-guard: unknown command "${cmd}"\n\n${USAGE}`)
    return 2
  }
  let values: { format?: string; output?: string; 'fail-on'?: string; deep?: boolean; exclude?: string[]; help?: boolean; config?: string; 'no-config'?: boolean; suppress?: string[]; 'no-code'?: boolean; 'sarif-category'?: string; base?: string; 'remote-base'?: boolean; shard?: string; workers?: string }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        deep: { type: 'boolean' },
        exclude: { type: 'string', multiple: true },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        suppress: { type: 'string', multiple: true },
        'no-code': { type: 'boolean' },
        base: { type: 'string' },
        'remote-base': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'sarif-category': { type: 'string' },
        shard: { type: 'string' },
        workers: { type: 'string' }
      }
    }))
  } catch (e) {
    io.stderr(`adapter-guard: ${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr(`adapter-guard: --format must be one of ${FORMATS.join(', ')}, not "${format}"\n`)
    return 2
  }
  // The same config file the Action reads: flags win over it. It usually lives in the tree being
  // scanned, which a change can edit: its suppressions never silence a critical finding, and its
  // fail-on cannot let one pass; only the command line can (issue #10).
  let file: ConfigValues = { values: {}, suppressions: [] }
  let configApplied: string | undefined
  if (!values['no-config']) {
    const shown = values.config ?? DEFAULT_CONFIG_FILE
    const abs = resolve(io.cwd, shown)
    if (values.config !== undefined && !existsSync(abs)) {
      io.stderr(`adapter-guard: config file ${escapeTerminal(shown)} does not exist\n`)
      return 2
    }
    // The default file is found in the scanned tree: a symlink there must not lead the read out of it.
    if (values.config === undefined && existsSync(abs) && !resolvesInside(realRootSync(io.cwd), abs)) {
      io.stderr(`adapter-guard: config file ${escapeTerminal(shown)} resolves outside ${escapeTerminal(io.cwd)} (a symlink); not read. Pass --config FILE or --no-config.\n`)
      return 2
    }
    if (existsSync(abs)) {
      configApplied = shown
      try {
        // Loaded only when there is a file: the YAML parser is not needed by a plain scan (start-up, issue #13).
        const { readConfigFile } = await import('./github/config-file.js')
        file = readConfigFile(abs, shown)
      } catch (e) {
        io.stderr(`adapter-guard: ${escapeTerminal((e as Error).message)}\n`)
        return 2
      }
    }
  }
  const listOf = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(/\r?\n/).map(x => x.trim()).filter(Boolean))
  const cliSuppressions: Suppression[] = []
  for (const spec of values.suppress ?? []) {
    const i = spec.indexOf(':')
    const rule = i > 0 ? spec.slice(0, i).trim() : ''
    const path = i > 0 ? spec.slice(i + 1).trim() : ''
    if (!rule || !path || (rule !== '*' && !RULES.has(rule))) {
      io.stderr(`adapter-guard: --suppress takes RULE:GLOB with a known rule id or *, e.g. pickle-unknown-global:legacy/**; got "${escapeTerminal(spec)}"\n`)
      return 2
    }
    cliSuppressions.push({ rule, path, reason: `--suppress ${spec} on the command line`, commandLine: true })
  }
  let failOn = values['fail-on'] ?? file.values['fail-on'] ?? 'error'
  let configNote: string | undefined
  if (values['fail-on'] === undefined && failOn === 'never') {
    failOn = 'critical'
    configNote = `fail-on: never from ${configApplied ?? 'the config file'} was read as critical: only --fail-on never on the command line lets critical findings pass`
  }
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    io.stderr(`adapter-guard: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"\n`)
    return 2
  }
  let shard: ShardInfo | undefined
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard)
  } catch (e) {
    io.stderr(`adapter-guard: --${(e as Error).message}\n`)
    return 2
  }
  // Default none: on 2 cores threads were slower at every size (src/engine/pool.ts POOL_MIN_CORES).
  let workers: number | 'auto' = 0
  if (values.workers === 'auto') workers = 'auto'
  else if (values.workers !== undefined) {
    if (!/^\d+$/.test(values.workers) || Number(values.workers) > 64) {
      io.stderr(`adapter-guard: --workers must be a number from 0 to 64 or auto, not "${escapeTerminal(values.workers)}"\n`)
      return 2
    }
    workers = Number(values.workers)
  }
  const hubSpecs = positionals.filter(isHubSpec)
  const localTargets = positionals.filter(p => !isHubSpec(p))
  const missing = localTargets.filter(p => !existsSync(resolve(io.cwd, p)))
  if (missing.length > 0) {
    io.stderr(`adapter-guard: no such file or directory: ${missing.map(m => escapeTerminal(m)).join(', ')}\n`)
    return 2
  }
  const configLine = configApplied
    ? `Config: ${configApplied} (its suppressions never apply to critical findings; use --suppress)${configNote ? `; ${configNote}` : ''}.`
    : `Config: none${values['no-config'] ? ' (--no-config)' : ''}.`
  const deep = values.deep ?? file.values.deep === 'true'
  const progress = new Progress(deep ? 'deep scan' : 'scan', { tty: io.stderrIsTTY === true, write: io.stderr })
  try {
    const exclude = values.exclude ?? listOf(file.values.exclude) ?? DEFAULT_EXCLUDE
    const hub = { endpoint: hubEndpoint(io.env), token: hubToken(io.env) }
    const remote = hubSpecs.length > 0 ? await planRemoteScan(hubSpecs, { ...hub, exclude, deep }) : undefined
    const { report } = await scan({
      root: io.cwd,
      targets: localTargets.length > 0 ? localTargets : hubSpecs.length > 0 ? [] : ['.'],
      paths: listOf(file.values.paths),
      exclude,
      deep,
      code: values['no-code'] ? false : file.values.code !== 'false',
      failOn: failOn as FailOn,
      suppressions: [...cliSuppressions, ...file.suppressions],
      unsuppressible: ['critical'],
      ...(remote ? { sources: remote.sources, findings: remote.findings } : {}),
      ...(values.base !== undefined || values['remote-base'] ? { base: { spec: values.base, remote: values['remote-base'] === true, hub } } : {}),
      shard,
      workers,
      onProgress: p => progress.update(p)
    })
    progress.done()
    await remote?.cleanup()
    const toFile = values.output !== undefined
    const rendered = await renderReport(report, format as ReportFormat, {
      color: io.isTTY && !toFile && !io.env.NO_COLOR,
      config: configLine,
      ...(values['sarif-category'] !== undefined ? { sarifCategory: values['sarif-category'] } : {}),
      cwd: io.cwd,
      env: io.env
    })
    if (toFile) {
      const dest = resolve(io.cwd, values.output as string)
      // Inside the scanned tree, never through a link planted there; elsewhere, where the user says.
      if (isInside(io.cwd, dest)) await writeContained(dest, rendered, { allowed: [io.cwd], what: '--output' })
      else await writeFile(dest, rendered)
      if (format !== 'text') io.stdout(renderText(report, { color: io.isTTY && !io.env.NO_COLOR, config: configLine }))
    } else {
      io.stdout(rendered)
    }
    return report.summary.failed ? 1 : 0
  } catch (e) {
    progress.done()
    if (e instanceof OutputRefused) {
      io.stderr(`adapter-guard: ${escapeTerminal(e.message)}\n`)
      return 2
    }
    io.stderr(`adapter-guard: internal error: ${(e as Error).stack ?? String(e)}\n`)
    return 2
  }
}
