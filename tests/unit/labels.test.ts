import { en } from '@payloadcms/translations/languages/en'
import { ro } from '@payloadcms/translations/languages/ro'
import type { Field } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { declaredConfig } from '../helpers/modularConfig'

const bilingual = (label: unknown) =>
  typeof label === 'object' &&
  label !== null &&
  typeof (label as { en?: unknown }).en === 'string' &&
  typeof (label as { ro?: unknown }).ro === 'string'

/** Every named field we declare, with its path, walking rows, tabs, groups and arrays. */
function namedFields(fields: Field[], prefix = ''): { path: string; field: Field }[] {
  return fields.flatMap((field) => {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : prefix
    const own = 'name' in field && field.name && field.type !== 'ui' ? [{ path, field }] : []
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => [
        ...('name' in tab && tab.name ? [{ path: `${prefix}${tab.name}`, field: tab as unknown as Field }] : []),
        ...namedFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      ])
    }
    if ('fields' in field && Array.isArray(field.fields))
      return [...own, ...namedFields(field.fields, own.length ? `${path}.` : prefix)]
    return own
  })
}

describe('every collection, global and field is labelled in Romanian and English (R32)', () => {
  let config: Awaited<ReturnType<typeof declaredConfig>>
  beforeAll(async () => {
    config = await declaredConfig()
  })

  it('collections and globals', () => {
    for (const collection of config.collections ?? []) {
      expect(bilingual(collection.labels?.singular), `${collection.slug} singular`).toBe(true)
      expect(bilingual(collection.labels?.plural), `${collection.slug} plural`).toBe(true)
    }
    for (const global of config.globals ?? []) expect(bilingual(global.label), global.slug).toBe(true)
  })

  it('fields', () => {
    const missing: string[] = []
    for (const entity of [...(config.collections ?? []), ...(config.globals ?? [])]) {
      for (const { path, field } of namedFields(entity.fields)) {
        if (!bilingual((field as { label?: unknown }).label)) missing.push(`${entity.slug}.${path}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('the admin interface offers exactly Romanian and English', () => {
    expect(Object.keys(config.i18n?.supportedLanguages ?? {}).sort()).toEqual(['en', 'ro'])
    expect(config.localization && config.localization.locales.map((l) => (typeof l === 'string' ? l : l.code))).toEqual(
      ['ro', 'en'],
    )
  })

  it("Payload's own Romanian strings, with our wording, read right for any label", () => {
    type Strings = Record<string, Record<string, unknown>>
    const ours = (config.i18n?.translations?.ro ?? {}) as Strings
    const english = en.translations as unknown as Strings
    const romanian = ro.translations as unknown as Strings
    const wrong: string[] = []
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])
    for (const [section, strings] of Object.entries(english)) {
      for (const [key, original] of Object.entries(strings)) {
        const text = ours[section]?.[key] ?? romanian[section]?.[key]
        if (typeof original !== 'string' || typeof text !== 'string') continue
        const where = `${section}.${key}: ${text}`
        // A placeholder the English does not have is printed as is: "{{eticheta}}".
        if (names(text).some((name) => !names(original).includes(name))) wrong.push(where)
        // Masculine-only phrasings break on feminine labels ("un nou Persoană de contact").
        if (/(un|unui) nou \{\{label\}\}|Nici un \{\{label\}\}/.test(text)) wrong.push(where)
        // Or guess: "Acțiune creat(ă) cu succes".
        if (/\{\{label\}\}[^.]*\((ă|e|i)\)/.test(text)) wrong.push(where)
        // Left in English, a town for the content language, a leaked prompt, the framework's name.
        if (text === original && !['Document', 'Email', 'Export', 'Import'].includes(text)) wrong.push(where)
        if (/^Localitate$|Respectați semnificația/.test(text)) wrong.push(where)
      }
    }
    expect(wrong).toEqual([])
  })
})
