import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { declaredConfig } from '../helpers/modularConfig'

/** Every admin component the configuration names by path, wherever it is nested (the modules' too: the config is built). */
function componentPaths(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node === 'string' && /^\/(src|collections|globals|fields|hooks)\/.+#\w+$/.test(node)) found.add(node)
  else if (Array.isArray(node)) node.forEach((item) => componentPaths(item, found))
  else if (node && typeof node === 'object') Object.values(node).forEach((value) => componentPaths(value, found))
  return found
}

describe('the committed admin import map', () => {
  it('has every component the configuration uses (else run npm run generate:importmap)', async () => {
    const importMap = readFileSync('src/app/(payload)/admin/importMap.js', 'utf8')
    const missing = [...componentPaths(await declaredConfig())].filter((path) => !importMap.includes(`"${path}"`))
    expect(missing).toEqual([])
  })
})
