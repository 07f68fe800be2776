import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  ValidationError,
} from 'payload'

import { forgetDefinitions } from '@/hooks/customFields/definitions'
import {
  CUSTOM_FIELDS_SLUG,
  KEY_PATTERN,
  OPTION_VALUE_PATTERN,
  TYPES_WITH_OPTIONS,
  type CustomFieldType,
} from '@/hooks/customFields/types'
import { say, t } from '@/lib/i18n'

type Message = { en: string; ro: string }

/** How the refused fields are named in the answer's message ("The following field is invalid: Key"). */
const FIELD_LABELS: Record<string, Message> = {
  key: t('Key', 'Cheie'),
  targetCollection: t('Collection', 'Colecție'),
  options: t('Possible values', 'Valori posibile'),
  requiredFromState: t('Required in state', 'Obligatoriu în starea'),
  hiddenForRoles: t('Hidden for roles', 'Ascuns pentru rolurile'),
}

/**
 * A definition must be well formed before it is saved:
 * - key and target collection are its identity: set once, never changed (stored values are keyed by them);
 * - one key per target collection (409);
 * - single and multiple choice need at least one option, with distinct code-like values;
 * - "required from state" names its state, "hidden for roles" names at least one role.
 */
export const wellFormedDefinition =
  (targets: readonly string[]): CollectionBeforeValidateHook =>
  async ({ data = {}, operation, originalDoc, req }) => {
    const language = req.i18n?.language
    const errors: { path: string; label: string; message: string }[] = []
    const refuse = (path: string, message: Message) =>
      errors.push({
        path,
        label: say(language, FIELD_LABELS[path.split('.')[0]] ?? { en: path, ro: path }),
        message: say(language, message),
      })
    const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>

    if (operation === 'update' && originalDoc) {
      if (data.key !== undefined && data.key !== originalDoc.key) {
        refuse('key', {
          en: `The key of a custom field cannot change once created (it is "${originalDoc.key}"): stored values are kept under it. Create a new field instead.`,
          ro: `Cheia unui câmp personalizat nu se poate schimba după creare (este „${originalDoc.key}”): valorile salvate sunt păstrate sub ea. Creați un câmp nou.`,
        })
      }
      if (data.targetCollection !== undefined && data.targetCollection !== originalDoc.targetCollection) {
        refuse('targetCollection', {
          en: 'The collection of a custom field cannot change once created. Create a new field instead.',
          ro: 'Colecția unui câmp personalizat nu se poate schimba după creare. Creați un câmp nou.',
        })
      }
    }

    const key = merged.key
    if (typeof key === 'string' && !KEY_PATTERN.test(key)) {
      refuse('key', {
        en: 'The key starts with a lowercase letter and holds only letters, digits and _ (e.g. serialNumber).',
        ro: 'Cheia începe cu o literă mică și conține doar litere, cifre și _ (de exemplu serialNumber).',
      })
    }

    const type = merged.type as CustomFieldType | undefined
    const options = (merged.options as { value?: unknown }[] | null | undefined) ?? []
    if (type && TYPES_WITH_OPTIONS.includes(type)) {
      if (options.length === 0) {
        refuse('options', {
          en: 'A single or multiple choice field needs at least one possible value.',
          ro: 'Un câmp cu alegere simplă sau multiplă are nevoie de cel puțin o valoare posibilă.',
        })
      }
      const seen = new Set<string>()
      options.forEach((option, index) => {
        const value = typeof option.value === 'string' ? option.value : ''
        if (!OPTION_VALUE_PATTERN.test(value)) {
          refuse(`options.${index}.value`, {
            en: `The value "${value}" must be a code: letters, digits and _ . : + @ - only.`,
            ro: `Valoarea „${value}” trebuie să fie un cod: doar litere, cifre și _ . : + @ -.`,
          })
        } else if (seen.has(value)) {
          refuse(`options.${index}.value`, {
            en: `The value "${value}" appears twice.`,
            ro: `Valoarea „${value}” apare de două ori.`,
          })
        }
        seen.add(value)
      })
    }

    if (
      merged.usage === 'requiredFromState' &&
      !(typeof merged.requiredFromState === 'string' && merged.requiredFromState.trim())
    ) {
      refuse('requiredFromState', {
        en: 'Name the workflow state from which the field is required.',
        ro: 'Indicați starea din flux de la care câmpul este obligatoriu.',
      })
    }
    if (
      merged.usage === 'hiddenForRoles' &&
      !(Array.isArray(merged.hiddenForRoles) && merged.hiddenForRoles.length > 0)
    ) {
      refuse('hiddenForRoles', {
        en: 'Choose at least one role the field is hidden from.',
        ro: 'Alegeți cel puțin un rol căruia câmpul îi este ascuns.',
      })
    }

    if (errors.length) throw new ValidationError({ collection: CUSTOM_FIELDS_SLUG, errors, req }, req.t)

    const target = merged.targetCollection
    // An unknown target is left to the select field's own validation (400), never sent to SQL.
    if (typeof key === 'string' && typeof target === 'string' && targets.includes(target)) {
      const { totalDocs } = await req.payload.count({
        collection: CUSTOM_FIELDS_SLUG as CollectionSlug,
        where: {
          targetCollection: { equals: target },
          key: { equals: key },
          ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
        },
        // Uniqueness holds over every definition, including inactive ones.
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) {
        throw new APIError(
          say(language, {
            en: `The collection "${target}" already has a custom field with the key "${key}".`,
            ro: `Colecția „${target}” are deja un câmp personalizat cu cheia „${key}”.`,
          }),
          409,
        )
      }
    }
    return data
  }

/** A saved definition applies from the next read of the same request on. */
export const forgetCachedDefinitions: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ req, doc }) => {
  forgetDefinitions(req)
  return doc
}

/**
 * A definition whose key still holds values in some record is not deleted (its label and rules
 * would be lost while the values stay): deactivate it instead.
 */
export const refuseDeleteWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const definition = (await req.payload.findByID({
    collection: CUSTOM_FIELDS_SLUG as CollectionSlug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as { key: string; targetCollection: string }
  if (!req.payload.collections[definition.targetCollection as CollectionSlug]) return
  const { totalDocs } = await req.payload.count({
    collection: definition.targetCollection as CollectionSlug,
    where: { [`customFields.${definition.key}`]: { exists: true } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      say(req.i18n?.language, {
        en: `${totalDocs} record(s) hold a value for "${definition.key}": deactivate the field instead of deleting it.`,
        ro: `${totalDocs} înregistrări au o valoare pentru „${definition.key}”: dezactivați câmpul în loc să-l ștergeți.`,
      }),
      409,
    )
  }
}
