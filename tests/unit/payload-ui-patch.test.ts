import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

import { enUS } from 'date-fns/locale'

import { bridgePayloadUi, labelIn, uploadToast } from '@/components/shell/payloadUiBridge'
import {
  CLIENT_CHUNKS,
  FILES,
  installedMonacoVersion,
  monacoBase,
  patchMonacoLoaderText,
  patchReducerText,
} from '../../scripts/patchPayloadUi.mjs'
import { applyTextPatch, TEXT_PATCHES } from '../../scripts/payloadUiTexts.mjs'

/** The line of @payloadcms/ui 3.90.1's bundle, and what the postinstall script makes of it. */
const ORIGINAL = 'e.docs.forEach(r=>{n.splice(n.indexOf(r.id),1),o[e.relationTo][r.id]=r})'
const PATCHED =
  'e.docs.forEach(r=>{n.indexOf(String(r.id))>-1&&n.splice(n.indexOf(String(r.id)),1),o[e.relationTo][r.id]=r})'

const installed = (file: string) => path.resolve(import.meta.dirname, '../..', file)

describe('the postinstall fix of @payloadcms/ui relationship cells (scripts/patchPayloadUi.mjs)', () => {
  it('compares the ids as strings and skips ids not asked for', () => {
    const sample = `let n=[...e.idsToLoad];return Array.isArray(e.docs)&&${ORIGINAL},n.forEach(r=>{o[e.relationTo][r]=!1}),o`
    const { text, changed } = patchReducerText(sample)
    expect(changed).toBe(true)
    expect(text).toBe(sample.replace(ORIGINAL, PATCHED))
    // Applied again: nothing to do.
    expect(patchReducerText(text)).toEqual({ text, changed: false })
  })

  it('refuses a text without the line, or with it more than once', () => {
    expect(() => patchReducerText('e.docs.forEach(r=>{o[e.relationTo][r.id]=r})')).toThrow(
      /found 0 original, 0 patched/,
    )
    expect(() => patchReducerText(`${ORIGINAL};${ORIGINAL}`)).toThrow(/found 2 original/)
  })

  it.each(FILES)('is applied to the installed %s', (file) => {
    const text = readFileSync(installed(file), 'utf8')
    expect(text).not.toMatch(/\.splice\(\s*\w+\.indexOf\(\s*\w+\.id\s*\)\s*,\s*1\s*\)/)
    expect(patchReducerText(text).changed).toBe(false)
  })

  it('keeps the documents returned when one asked for is not (a number id against string keys)', async () => {
    const file = FILES.find((name) => name.endsWith('reducer.js'))!
    const { reducer } = await import(pathToFileURL(installed(file)).href)
    const state = reducer(
      {},
      { type: 'ADD_LOADED', relationTo: 'users', idsToLoad: ['1', '2', '3'], docs: [{ id: 1 }, { id: 3 }] },
    )
    expect(state.users).toEqual({ 1: { id: 1 }, 2: false, 3: { id: 3 } })
  })
})

describe('the postinstall fixes of Payload texts (scripts/payloadUiTexts.mjs)', () => {
  it.each(TEXT_PATCHES.flatMap((patch) => patch.files.map((file) => [patch.name, file] as const)))(
    '%s: applied to the installed %s',
    (name, file) => {
      const patch = TEXT_PATCHES.find((p) => p.name === name)!
      expect(applyTextPatch(readFileSync(installed(file), 'utf8'), patch).changed).toBe(false)
    },
  )

  it('refuses a text without the place, so an upgrade cannot drop a fix silently', () => {
    for (const patch of TEXT_PATCHES) expect(() => applyTextPatch('nothing here', patch)).toThrow(/found 0 original/)
  })

  it("writes Payload's dates in the settings' zone when it is given none, whatever the machine's zone", async () => {
    const file = TEXT_PATCHES[0].files.find((name) => name.endsWith('formatDateTitle.js'))!
    const { formatDate } = await import(pathToFileURL(installed(file)).href)
    const i18n = { dateFNS: enUS, t: String }
    const date = '2026-11-30T22:30:00.000Z'
    bridgePayloadUi('Europe/Bucharest', 'ro')
    expect(formatDate({ date, i18n, pattern: 'dd.MM.yyyy HH:mm' })).toBe('01.12.2026 00:30')
    bridgePayloadUi('America/New_York', 'ro')
    expect(formatDate({ date, i18n, pattern: 'dd.MM.yyyy HH:mm' })).toBe('30.11.2026 17:30')
    // A zone given by the caller (a field with its own zone) still wins.
    expect(formatDate({ date, i18n, pattern: 'HH:mm', timezone: 'Asia/Tokyo' })).toBe('07:30')
  })

  it("names a relationship's add-new button with the collection's label in the reader language", () => {
    const patch = TEXT_PATCHES.find((p) => p.name.startsWith('document drawer'))!
    const sample = 'f=u(a==="create"?"fields:addNewLabel":"general:editLabel",{label:d?.labels.singular}),m'
    const { text } = applyTextPatch(sample, patch)
    bridgePayloadUi('Europe/Bucharest', 'ro')
    const d = { labels: { singular: { en: 'Contact', ro: 'Persoană de contact' } } }
    const u = (key: string, { label }: { label: unknown }) => `${key} ${label}`
    // Run the patched expression as the bundle would.
    const f = new Function('u', 'a', 'd', `let f,m;${text};return f`)(u, 'create', d)
    expect(f).toBe('fields:addNewLabel Persoană de contact')
    expect(new Function('u', 'a', 'd', `let f,m;${sample};return f`)(u, 'create', d)).toBe(
      'fields:addNewLabel [object Object]',
    )
    expect(labelIn('en', { en: 'Contact', ro: 'Persoană de contact' })).toBe('Contact')
    expect(labelIn('ro', 'Plain')).toBe('Plain')
  })

  it('words the bulk upload toasts in the reader language, Romanian plurals included', () => {
    bridgePayloadUi('Europe/Bucharest', 'ro')
    const toast = (globalThis as { __organizeUploadToast?: (kind: string, count: number) => string })
      .__organizeUploadToast!
    expect(toast('saved', 1)).toBe('1 fișier salvat')
    expect(toast('saved', 3)).toBe('3 fișiere salvate')
    expect(toast('saved', 20)).toBe('20 de fișiere salvate')
    expect(toast('failed', 1)).toBe('1 fișier nu a fost salvat')
    expect(toast('failed', 101)).toBe('101 fișiere nu au fost salvate')
    expect(uploadToast('en', 'saved', 1)).toBe('1 file saved')
    expect(uploadToast('en', 'failed', 2)).toBe('2 files were not saved')
  })
})

describe("the postinstall fix of @payloadcms/ui's Monaco loader (scripts/patchPayloadUi.mjs)", () => {
  const CDN = 'var we={paths:{vs:"https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/vs"}};function Oe(t){}'

  it("points the loader's default vs path at the application's copy, once", () => {
    const { text, changed } = patchMonacoLoaderText(CDN, '/vendor/monaco/0.57.0/vs')
    expect(changed).toBe(true)
    expect(text).toBe('var we={paths:{vs:"/vendor/monaco/0.57.0/vs"}};function Oe(t){}')
    expect(patchMonacoLoaderText(text, '/vendor/monaco/0.57.0/vs')).toEqual({ text, changed: false })
    // Another monaco-editor installed later: the address follows its version.
    expect(patchMonacoLoaderText(text, '/vendor/monaco/0.58.0/vs').text).toContain('{vs:"/vendor/monaco/0.58.0/vs"}')
  })

  it('refuses a text without the loader, or with it twice', () => {
    expect(() => patchMonacoLoaderText('var we={paths:{}}', '/x')).toThrow(/found 0/)
    expect(() => patchMonacoLoaderText(`${CDN}${CDN}`, '/x')).toThrow(/found 2/)
  })

  it('leaves no address of another host in the installed client bundle', () => {
    const root = installed('.')
    const base = monacoBase(installedMonacoVersion(root))
    const chunks = readdirSync(installed(CLIENT_CHUNKS)).filter((name) => name.endsWith('.js'))
    const texts = chunks.map((name) => readFileSync(installed(path.join(CLIENT_CHUNKS, name)), 'utf8'))
    expect(texts.filter((text) => text.includes('cdn.jsdelivr.net'))).toEqual([])
    expect(texts.filter((text) => text.includes(`paths:{vs:"${base}"}`))).toHaveLength(1)
  })
})
