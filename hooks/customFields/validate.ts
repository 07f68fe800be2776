import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { say } from '@/lib/i18n'
import { applies, definitionsFor, discriminatorOf, hiddenFrom, labelOf, optionsOf, roleIdsOf } from './definitions'
import { isEmpty, typeProblem, valueSchema } from './schema'
import { CUSTOM_FIELDS_FIELD, CUSTOM_FIELDS_SYSTEM, type CustomFieldDefinition } from './types'

type Values = Record<string, unknown>

const isPlainObject = (value: unknown): value is Values =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Deep equality of JSON values (key order ignored). */
export function sameJSON(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJSON(item, b[i]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJSON(a[key], b[key]))
  }
  return false
}

/** System work (no signed-in user through the local API, or flagged in the context) may change read-only values. */
export const isSystemWork = (req: PayloadRequest) => !req.user || req.context?.[CUSTOM_FIELDS_SYSTEM] === true

/** Whether the required-ness of a definition holds for a record in `state`. */
export const requiredIn = (definition: CustomFieldDefinition, state: unknown) =>
  definition.usage === 'required' ||
  (definition.usage === 'requiredFromState' &&
    Boolean(definition.requiredFromState) &&
    definition.requiredFromState === state)

interface Problem {
  path: string
  label: string
  message: string
}

/**
 * Validates and merges `customFields` on every create and update (a collection `beforeChange`
 * hook; put it after hooks that set the status or the discriminator).
 *
 * - A write is a patch: the keys sent replace the stored ones, `null` / `''` / `[]` clears a key,
 *   keys not sent keep their stored value. So values the writer cannot see (hidden for their role,
 *   of deactivated definitions, of other discriminators) are never lost.
 * - Keys sent must belong to an active definition that applies to the record; a key of anything
 *   else (unknown, deactivated, another ticket type) is accepted only unchanged.
 * - Changed values are checked against their definition's zod schema; values not changed are not
 *   re-checked, so editing a definition (a removed option, another type) never blocks old records.
 * - Required definitions (always, or when the record's status is their state) must have a value.
 * - Read-only values are set on create and changed afterwards only by system work; values hidden
 *   for one of the writer's roles cannot be written by that writer at all.
 */
export const validateCustomFields: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const options = optionsOf(collection)
  const language = req.i18n?.language
  const record: Values = { ...(originalDoc ?? {}), ...data }
  const stored: Values = isPlainObject(originalDoc?.[CUSTOM_FIELDS_FIELD])
    ? { ...originalDoc[CUSTOM_FIELDS_FIELD] }
    : {}
  const incomingRaw = data[CUSTOM_FIELDS_FIELD]
  const problems: Problem[] = []

  const problem = (key: string, label: string, message: { en: string; ro: string }) =>
    problems.push({ path: `${CUSTOM_FIELDS_FIELD}.${key}`, label, message: `${label}: ${say(language, message)}.` })

  if (incomingRaw !== undefined && incomingRaw !== null && !isPlainObject(incomingRaw)) {
    const label = say(language, { en: 'Custom fields', ro: 'Câmpuri personalizate' })
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: CUSTOM_FIELDS_FIELD,
            label,
            message: say(language, {
              en: 'Custom fields must be an object of key: value pairs.',
              ro: 'Câmpurile personalizate trebuie să fie un obiect de perechi cheie: valoare.',
            }),
          },
        ],
        req,
      },
      req.t,
    )
  }
  const incoming: Values = isPlainObject(incomingRaw) ? incomingRaw : {}

  const all = await definitionsFor(req, collection.slug)
  const byKey = new Map(all.map((d) => [d.key, d]))
  const discriminator = discriminatorOf(record, options.discriminatorField)
  const active = all.filter((d) => d.active && applies(d, discriminator))
  const activeKeys = new Set(active.map((d) => d.key))
  const system = isSystemWork(req)
  const roleIds = roleIdsOf(req.user)
  const merged: Values = { ...stored }

  for (const [key, raw] of Object.entries(incoming)) {
    const definition = byKey.get(key)
    const label = definition ? labelOf(definition, language) : key
    const changed = !sameJSON(raw, stored[key]) && !(isEmpty(raw) && isEmpty(stored[key]))

    if (!definition || !activeKeys.has(key)) {
      if (!changed) continue
      if (!definition) {
        problem(key, label, {
          en: 'is not a custom field of this record',
          ro: 'nu este un câmp personalizat al acestei înregistrări',
        })
      } else if (!definition.active) {
        problem(key, label, {
          en: 'is no longer in use and cannot be changed',
          ro: 'nu mai este folosit și nu poate fi modificat',
        })
      } else {
        problem(key, label, { en: 'does not apply to this record', ro: 'nu se aplică acestei înregistrări' })
      }
      continue
    }
    if (!system && hiddenFrom(definition, roleIds)) {
      problem(key, label, {
        en: 'cannot be written with your role',
        ro: 'nu poate fi completat cu rolul dumneavoastră',
      })
      continue
    }
    if (isEmpty(raw)) {
      if (definition.usage === 'readOnly' && operation === 'update' && !system && changed) {
        problem(key, label, {
          en: 'is read-only and cannot be changed',
          ro: 'este doar pentru citire și nu poate fi modificat',
        })
        continue
      }
      delete merged[key]
      continue
    }
    if (!changed) continue
    const parsed = valueSchema(definition).safeParse(raw)
    if (!parsed.success) {
      problem(key, label, typeProblem(definition))
      continue
    }
    if (definition.usage === 'readOnly' && operation === 'update' && !system && !sameJSON(parsed.data, stored[key])) {
      problem(key, label, {
        en: 'is read-only and cannot be changed',
        ro: 'este doar pentru citire și nu poate fi modificat',
      })
      continue
    }
    merged[key] = parsed.data
  }

  // A user value must name an existing user: ids are not foreign keys inside JSON.
  const userKeys = active.filter((d) => d.type === 'user' && d.key in merged && !sameJSON(merged[d.key], stored[d.key]))
  if (userKeys.length) {
    const ids = [...new Set(userKeys.map((d) => merged[d.key] as number))]
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const found = new Set(docs.map((u) => String(u.id)))
    for (const d of userKeys) {
      if (!found.has(String(merged[d.key]))) problem(d.key, labelOf(d, language), typeProblem(d))
    }
  }

  // Drafts are saved half-filled on purpose; required values are asked for on publishing.
  const isDraft = data._status === 'draft'
  if (!isDraft) {
    const state = record[options.statusField]
    for (const definition of active) {
      if (!requiredIn(definition, state) || !isEmpty(merged[definition.key])) continue
      if (problems.some((p) => p.path === `${CUSTOM_FIELDS_FIELD}.${definition.key}`)) continue
      const label = labelOf(definition, language)
      if (definition.usage === 'required') problem(definition.key, label, { en: 'is required', ro: 'este obligatoriu' })
      else
        problem(definition.key, label, {
          en: `is required in the state "${definition.requiredFromState}"`,
          ro: `este obligatoriu în starea „${definition.requiredFromState}”`,
        })
    }
  }

  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  if (operation === 'create' || incomingRaw !== undefined) data[CUSTOM_FIELDS_FIELD] = merged
  return data
}
