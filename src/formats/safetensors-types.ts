// What a safetensors header read returns, shared by the streaming (safetensors.ts) and dense
// (safetensors-dense.ts) readers without either importing the other's types.
import type { TensorInfo } from '../types.js'

export type SafetensorsErrorCode =
  | 'HeaderTooSmall'
  | 'HeaderTooLarge'
  | 'InvalidHeaderLength'
  | 'InvalidHeader'
  | 'InvalidHeaderDeserialization'
  | 'DuplicateTensorName'
  | 'InvalidOffset'
  | 'TensorInvalidInfo'
  | 'MisalignedSlice'
  | 'ValidationOverflow'
  | 'MetadataIncompleteBuffer'

export interface SafetensorsError {
  code: SafetensorsErrorCode
  message: string
  tensor?: string
}

export interface SafetensorsHeader {
  /** N: the header length in bytes, padding included. */
  headerLength: number
  /** Absolute offset of the data buffer (8 + N). */
  dataStart: number
  /** `__metadata__`, when present and not null. */
  metadata?: Record<string, string>
  /** Tensors sorted by data offsets (the crate's validation order). */
  tensors: TensorInfo[]
  /**
   * Set when the header lists more than MAX_LISTED_TENSORS tensors: all were validated, but
   * `tensors` is left empty to keep memory bounded (safetensors-dense.ts).
   */
  tensorCount?: number
  /** Whitespace before `{` (the README says the header MUST begin with `{`; the reader accepts it). */
  leadingWhitespace: boolean
}

export type SafetensorsRead = { ok: true; header: SafetensorsHeader } | { ok: false; error: SafetensorsError }
