import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { organizeConfig } from '@/config'

/** Every admin component the configuration names by path, wherever it is nested. */
function componentPaths(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node === 'string' && /^\/(src|collections|globals|fields|hooks)\/.+#\w+$/.test(node)) found.add(node)
  else if (Array.isArray(node)) node.forEach((item) => componentPaths(item, found))
  else if (node && typeof node === 'object') Object.values(node).forEach((value) => componentPaths(value, found))
  return found
}

describe('the committed admin import map', () => {
  it('has every component the configuration uses (else run npm run generate:importmap)', () => {
    const importMap = readFileSync('src/app/(payload)/admin/importMap.js', 'utf8')
    const missing = [...componentPaths(organizeConfig())].filter((path) => !importMap.includes(`"${path}"`))
    expect(missing).toEqual([])
  })
})
