// The deep scan end to end: tensor-nonfinite and peft-untrained-adapter only with `deep: true`.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../src/types.js'
import { buildZip } from './helpers/zip-writer.js'
import { GPT2_MODULES, loraConfig, loraTensors, makeTree, scanTree, st, values } from './helpers/adapter-dir.js'

const only = (f: Finding[], rule: string): Finding[] => f.filter(x => x.ruleId === rule)

describe('tensor-nonfinite', () => {
  it('reports NaN/Inf in a BF16 file, only in a deep scan, with counts per tensor', async () => {
    const bf = new Uint16Array([0x3f80, 0x7fc0, 0x7fc0, 0xff80])
    const root = makeTree({
      'model.safetensors': st([
        { name: 'a', dtype: 'BF16', shape: [4], data: new Uint8Array(bf.buffer) },
        { name: 'b', dtype: 'F32', shape: [2], data: values(2) }
      ])
    })
    expect(only(await scanTree(root), 'tensor-nonfinite')).toEqual([])
    const f = only(await scanTree(root, true), 'tensor-nonfinite')
    expect(f).toHaveLength(1)
    expect(f[0].tensors).toEqual(['a'])
    expect(f[0].message).toContain('BF16: 2 NaN, 1 -Inf')
  })

  it('finds a NaN in the last element of a tensor several chunks long', async () => {
    const n = 3 * 1024 * 1024 // 12 MiB of F32: three 4 MiB chunks
    const v = new Float32Array(n).fill(0.5)
    v[n - 1] = NaN
    const root = makeTree({ 'big.safetensors': st([{ name: 'big', dtype: 'F32', shape: [n], data: new Uint8Array(v.buffer) }]) })
    const f = only(await scanTree(root, true), 'tensor-nonfinite')
    expect(f[0]?.message).toContain('1 NaN')
  })

  it('skips broken files and archive members without failing', async () => {
    const good = st([{ name: 'x', dtype: 'F32', shape: [1], data: new Uint8Array(new Float32Array([NaN]).buffer) }])
    const root = makeTree({ 'cut.safetensors': good.subarray(0, good.length - 2), 'in.zip': buildZip([{ name: 'x.safetensors', data: good }]) })
    const f = await scanTree(root, true)
    expect(only(f, 'tensor-nonfinite')).toEqual([])
    expect(f.filter(x => x.ruleId === 'file-unreadable')).toEqual([])
  })
})

describe('peft-untrained-adapter', () => {
  const zeroB = (modules: string[]) =>
    loraTensors(modules, 4).map(t => (t.name.includes('lora_B') ? { ...t, data: new Uint8Array(t.data?.length ?? 0) } : t))

  it('warns when every lora_B is zero, not when one has been trained', async () => {
    const untrained = makeTree({ 'a/adapter_config.json': loraConfig(), 'a/adapter_model.safetensors': st(zeroB(GPT2_MODULES)) })
    expect(only(await scanTree(untrained), 'peft-untrained-adapter')).toEqual([])
    const f = only(await scanTree(untrained, true), 'peft-untrained-adapter')
    expect(f.map(x => [x.path, x.severity])).toEqual([['a/adapter_model.safetensors', 'warning']])
    const partly = makeTree({ 'a/adapter_config.json': loraConfig(), 'a/adapter_model.safetensors': st([...zeroB([GPT2_MODULES[0]]), ...loraTensors([GPT2_MODULES[1]], 4)]) })
    expect(only(await scanTree(partly, true), 'peft-untrained-adapter')).toEqual([])
  })

  it('counts -0.0 as zero', async () => {
    const neg = zeroB(GPT2_MODULES).map(t => (t.name.includes('lora_B') ? { ...t, data: new Uint8Array(new Float32Array(32).fill(-0).buffer) } : t))
    const root = makeTree({ 'a/adapter_config.json': loraConfig(), 'a/adapter_model.safetensors': st(neg) })
    expect(only(await scanTree(root, true), 'peft-untrained-adapter')).toHaveLength(1)
  })

  it('looks at lora_E for AdaLoRA (its A and B start random)', async () => {
    const ada = (eData: (n: number) => Uint8Array) =>
      st(GPT2_MODULES.flatMap((m, i) => [
        { name: `base_model.model.${m}.lora_A`, dtype: 'F32', shape: [12, 8], data: values(96, i + 1) },
        { name: `base_model.model.${m}.lora_B`, dtype: 'F32', shape: [8, 12], data: values(96, i + 2) },
        { name: `base_model.model.${m}.lora_E`, dtype: 'F32', shape: [12, 1], data: eData(12) }
      ]))
    const cfg = loraConfig({ peft_type: 'ADALORA', init_r: 12, r: 32 })
    const zero = makeTree({ 'a/adapter_config.json': cfg, 'a/adapter_model.safetensors': ada(n => new Uint8Array(n * 4)) })
    expect(only(await scanTree(zero, true), 'peft-untrained-adapter')[0]?.message).toContain('lora_E')
    const trained = makeTree({ 'a/adapter_config.json': cfg, 'a/adapter_model.safetensors': ada(n => values(n, 9)) })
    expect(only(await scanTree(trained, true), 'peft-untrained-adapter')).toEqual([])
  })

  it('follows the embedding init: lora_embedding_A is the zero one (lora/layer.py reset_lora_parameters)', async () => {
    const root = makeTree({
      'a/adapter_config.json': loraConfig({ target_modules: ['embed_tokens'] }),
      'a/adapter_model.safetensors': st([
        { name: 'base_model.model.model.embed_tokens.lora_embedding_A', dtype: 'F16', shape: [4, 100] },
        { name: 'base_model.model.model.embed_tokens.lora_embedding_B', dtype: 'F16', shape: [8, 4], data: new Uint8Array(new Uint16Array(32).fill(0x3c00).buffer) }
      ])
    })
    expect(only(await scanTree(root, true), 'peft-untrained-adapter')).toHaveLength(1)
  })
})
