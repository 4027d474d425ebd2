// Handlers for containers and pickle formats (zip, tar, gzip, npy, pickle, pytorch-legacy).
import type { FileFormat } from '../types.js'
import type { Handler } from './context.js'

export const CONTAINER_HANDLERS: Partial<Record<FileFormat, Handler>> = {}
