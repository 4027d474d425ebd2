// Which files the `code` rules lint: Python sources and Jupyter notebooks, by extension (the content
// is text either way; a binary file with one of these names is sniffed as what it really is).
import { extname } from './sniff.js'

export const CODE_EXTENSIONS = new Set(['.py', '.ipynb'])

export function isCodeFile(name: string): boolean {
  return CODE_EXTENSIONS.has(extname(name))
}
