// Input names and their action.yml defaults (a test keeps the two in step).

/** Every input with its action.yml default (github-token's default is an expression the runner fills). */
export const INPUT_DEFAULTS = {
  'github-token': '${{ github.token }}',
  paths: '**',
  exclude: '.git/**\nnode_modules/**\n',
  'fail-on': 'error',
  deep: 'false',
  scope: 'changed',
  comment: 'on-findings',
  'sarif-file': '',
  'report-file': '',
  'config-file': '.adapter-guard.yml',
  'release-tag': '',
  'on-unsafe-release': 'fail',
  annotations: 'true',
  'check-run': 'auto',
  convert: 'false',
  'convert-dir': '',
  'convert-dedupe': 'false',
  code: 'true',
  'sarif-category': '',
  'hub-repos': '',
  'hub-token': '',
  'base-model': '',
  shard: '',
  'merge-reports': ''
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

/** Inputs that describe one job of a workflow (a matrix shard, the merge job), never repository settings. */
const WORKFLOW_ONLY: ReadonlySet<string> = new Set(['shard', 'merge-reports'])

/** Inputs the config file may set: all but the tokens, the config file's own path and per-job inputs. */
export const CONFIG_KEYS = Object.keys(INPUT_DEFAULTS).filter(k => k !== 'github-token' && k !== 'hub-token' && k !== 'config-file' && !WORKFLOW_ONLY.has(k)) as InputName[]
