// parseJson with `keys: false` (safetensors headers) hands simple texts to JSON.parse after a light
// pass (issue #13). Differential test: it must give exactly what the strict parser gives, always.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseJson, parseStrict } from '../src/formats/json.js'

const strict = (t: string) => parseJson(t, { markFloats: true })
const fast = (t: string) => parseJson(t, { markFloats: true, keys: false })
const same = (t: string) => {
  const a = strict(t)
  const b = fast(t)
  expect(b.error, t).toBe(a.error)
  expect(b.value, t).toEqual(a.value)
  expect(b.duplicates, t).toEqual(a.duplicates)
  // Configs: keys and lines wanted, floats as numbers; the native path computes keys only when read.
  const c = parseStrict(t, {})
  const d = parseJson(t)
  expect(d.error, t).toBe(c.error)
  expect(d.errorLine, t).toBe(c.errorLine)
  expect(Object.is(d.value, c.value) || JSON.stringify(d.value, big) === JSON.stringify(c.value, big), t).toBe(true)
  expect(d.value, t).toEqual(c.value)
  expect(d.duplicates, t).toEqual(c.duplicates)
  expect([...d.keys], t).toEqual([...c.keys])
}
const big = (_k: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)

describe('parseJson fast path', () => {
  it('agrees with the strict parser on hand-picked texts', () => {
    for (const t of [
      '{"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}}',
      '{"a":1,"a":2}',
      '{"x":{"b":1,"b":2}}',
      '{"k\\":":1,"k":2}',
      '{"__proto__":{"x":1},"y":[1,{"z":2}]}',
      '{"big":12345678901234567}',
      '{"f":1.5,"e":1e3}',
      '{"t":true,"n":null}',
      '{"s":"a:b,c{d}[e]"}',
      '{"a":01}',
      '{"a":[1,2,]}',
      '{"a":"\\u0000\\ud800"}',
      '[' .repeat(130) + ']'.repeat(130),
      '{"a":-0}',
      '{"a":1}  x',
      '{"lora_dropout":0.05,"r":8,"inference_mode":true,"x":null,"e":1e-05,"E":2E+3,"big":1e400}',
      '{\n  "a": {\n    "b": [1, {"c": 0.1}]\n  },\n  "d": "\\\\"\n}',
      '{"s":"\\"","t":"\\\\","u":"a\\\\\\"b"}',
      '{"x":0.12345678901234567,"y":12345678901234567}'
    ]) same(t)
  })

  it('agrees with the strict parser on generated JSON (duplicates and string tricks included)', () => {
    const key = fc.constantFrom('a', 'b', 'a.b', '__proto__', 'k":', ':', '\\', 'x')
    const leaf = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.string({ maxLength: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }))
    const { value } = fc.letrec(tie => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map(kv => ({ obj: kv })))
    }))
    const render = (v: unknown): string => {
      if (typeof v === 'bigint') return v.toString()
      if (Array.isArray(v)) return `[${v.map(render).join(',')}]`
      if (v && typeof v === 'object' && 'obj' in v) return `{${(v as { obj: Array<[string, unknown]> }).obj.map(([k, x]) => `${JSON.stringify(k)}:${render(x)}`).join(',')}}`
      return JSON.stringify(v)
    }
    fc.assert(fc.property(value, v => same(render(v))), { numRuns: 2000 })
  })
})
