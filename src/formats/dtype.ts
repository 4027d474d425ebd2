// The safetensors dtype table (crate `Dtype`, declaration order = writer sort key, reversed), as data.
// Bits per element and the crate version that introduced each dtype (safetensors-and-peft.md §1.3).

export interface DtypeInfo {
  name: string
  bits: number
  /** First safetensors release whose reader knows this dtype. */
  since: string
  /** Whether it is a floating-point type whose values can be NaN/Inf. */
  float: boolean
}

/** In the crate's declaration order (BOOL first, U64 last). */
export const DTYPES: readonly DtypeInfo[] = [
  { name: 'BOOL', bits: 8, since: '0.3', float: false },
  { name: 'F4', bits: 4, since: '0.6.0', float: true },
  { name: 'F6_E2M3', bits: 6, since: '0.6.0', float: true },
  { name: 'F6_E3M2', bits: 6, since: '0.6.0', float: true },
  { name: 'U8', bits: 8, since: '0.3', float: false },
  { name: 'I8', bits: 8, since: '0.3', float: false },
  { name: 'F8_E5M2', bits: 8, since: '0.4.0', float: true },
  { name: 'F8_E4M3', bits: 8, since: '0.4.0', float: true },
  { name: 'F8_E8M0', bits: 8, since: '0.6.0', float: true },
  { name: 'F8_E4M3FNUZ', bits: 8, since: '0.8.0', float: true },
  { name: 'F8_E5M2FNUZ', bits: 8, since: '0.8.0', float: true },
  { name: 'I16', bits: 16, since: '0.3', float: false },
  { name: 'U16', bits: 16, since: '0.3', float: false },
  { name: 'F16', bits: 16, since: '0.3', float: true },
  { name: 'BF16', bits: 16, since: '0.3', float: true },
  { name: 'I32', bits: 32, since: '0.3', float: false },
  { name: 'U32', bits: 32, since: '0.3', float: false },
  { name: 'F32', bits: 32, since: '0.3', float: true },
  { name: 'C64', bits: 64, since: '0.7.0', float: true },
  { name: 'F64', bits: 64, since: '0.3', float: true },
  { name: 'I64', bits: 64, since: '0.3', float: false },
  { name: 'U64', bits: 64, since: '0.3', float: false }
]

const BY_NAME = new Map(DTYPES.map((d, i) => [d.name, { ...d, order: i }]))

export function dtypeInfo(name: string): (DtypeInfo & { order: number }) | undefined {
  return BY_NAME.get(name)
}

/** Dtypes that loaders older than 0.6 reject ("unknown variant"). */
export function isNewDtype(name: string): boolean {
  const d = BY_NAME.get(name)
  return d !== undefined && (d.since.startsWith('0.6') || d.since.startsWith('0.7') || d.since.startsWith('0.8'))
}
