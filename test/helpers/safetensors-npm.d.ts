// Types for the npm `safetensors` 0.0.1 browser loader, used only as an independent reader in tests.
declare module 'safetensors' {
  export class SafeTensor {
    constructor(buffer: Uint8Array)
    metadata: Map<string, { dtype: string; shape: number[]; data_offsets: number[] }>
    getTensor(name: string): Uint8Array
  }
}
