// Public face of the pickle reader: a static pickle machine (never executes), the import policy,
// state-dict tensor recovery. Facts only: checks/pickle-imports.ts and checks/tensor-layout.ts judge them.
export {
  scanPickles,
  addSweptImports,
  DEFAULT_PICKLE_LIMITS,
  type PickleImport,
  type PickleProblem,
  type PickleRun,
  type PickleLimits,
  type ScanPicklesOptions
} from './machine.js'
export { sweepImports, sweepSource, ImportSweep, type SweptImport } from './sweep.js'
export { judgeGlobal, type ImportVerdict, type Judgement } from './policy.js'
export { STORAGE_DTYPES } from './torch.js'
