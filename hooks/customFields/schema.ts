import { z } from 'zod'

import type { CustomFieldDefinition, CustomFieldType } from './types'

export const TEXT_MAX = 500
export const TEXTAREA_MAX = 10_000

const trimmed = (max: number) => z.string().trim().max(max)

/**
 * The zod schema of one definition's value, as stored. Values arrive as JSON: a number is a
 * number, a date is `YYYY-MM-DD`, a user is a user id (an object with an `id` is accepted and
 * stored as the id).
 */
export function valueSchema(definition: Pick<CustomFieldDefinition, 'type' | 'options'>): z.ZodType {
  const values = definition.options.map((o) => o.value)
  switch (definition.type) {
    case 'text':
      return trimmed(TEXT_MAX)
    case 'textarea':
      return trimmed(TEXTAREA_MAX)
    case 'number':
      return z.number().finite()
    case 'date':
      return z.iso.date()
    case 'boolean':
      return z.boolean()
    case 'select':
      return z.string().refine((value) => values.includes(value))
    case 'multiselect':
      return z.array(z.string().refine((value) => values.includes(value))).transform((list) => [...new Set(list)])
    case 'user':
      return z.preprocess(
        (value) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value),
        z.number().int().positive(),
      )
    case 'url':
      return z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000)
    case 'email':
      return z.email().max(320)
  }
}

/**
 * The schema of a record's whole `customFields` object for the given definitions: each key is
 * optional unless listed in `required`. Keys of no definition pass through untouched (the engine
 * decides separately what to do with them).
 */
export function customFieldsSchema(definitions: CustomFieldDefinition[], required: ReadonlySet<string> = new Set()) {
  return z.looseObject(
    Object.fromEntries(
      definitions.map((d) => [d.key, required.has(d.key) ? valueSchema(d) : valueSchema(d).optional()]),
    ),
  )
}

/** "No value": what a required field may not be, and what clears a value when written. */
export const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** Why a value does not fit its type, in both languages. */
export function typeProblem(definition: Pick<CustomFieldDefinition, 'type' | 'options'>): { en: string; ro: string } {
  const list = definition.options.map((o) => o.value).join(', ')
  const problems: Record<CustomFieldType, { en: string; ro: string }> = {
    text: {
      en: `must be text of at most ${TEXT_MAX} characters`,
      ro: `trebuie să fie un text de cel mult ${TEXT_MAX} de caractere`,
    },
    textarea: {
      en: `must be text of at most ${TEXTAREA_MAX} characters`,
      ro: `trebuie să fie un text de cel mult ${TEXTAREA_MAX} de caractere`,
    },
    number: { en: 'must be a number', ro: 'trebuie să fie un număr' },
    date: { en: 'must be a date written YYYY-MM-DD', ro: 'trebuie să fie o dată scrisă AAAA-LL-ZZ' },
    boolean: { en: 'must be yes or no (true or false)', ro: 'trebuie să fie da sau nu (true sau false)' },
    select: { en: `must be one of: ${list}`, ro: `trebuie să fie una dintre valorile: ${list}` },
    multiselect: {
      en: `must be a list of values among: ${list}`,
      ro: `trebuie să fie o listă de valori dintre: ${list}`,
    },
    user: { en: 'must be the id of an existing user', ro: 'trebuie să fie id-ul unui utilizator existent' },
    url: {
      en: 'must be a web address starting with http:// or https://',
      ro: 'trebuie să fie o adresă web care începe cu http:// sau https://',
    },
    email: { en: 'must be an email address', ro: 'trebuie să fie o adresă de email' },
  }
  return problems[definition.type]
}
