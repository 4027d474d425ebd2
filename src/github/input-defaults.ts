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
  'base-model': ''
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

/** Inputs the config file may set: all but the tokens and the config file's own path. */
export const CONFIG_KEYS = Object.keys(INPUT_DEFAULTS).filter(k => k !== 'github-token' && k !== 'hub-token' && k !== 'config-file') as InputName[]
