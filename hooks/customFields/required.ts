import type { PayloadRequest } from 'payload'

import { applies, definitionsFor, discriminatorOf, labelOf, optionsOf } from './definitions'
import { isEmpty } from './schema'
import { CUSTOM_FIELDS_FIELD } from './types'
import { requiredIn } from './validate'

/**
 * The active definitions that apply to `doc` and are required at `stateKey` (usage `required`, or
 * `requiredFromState` naming that state) but have no value in `doc.customFields`. Labels are in
 * the request's language. For the workflow engine's `requiredCustomFieldsFilled` guard.
 */
export async function missingRequiredCustomFields(
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
  stateKey: string,
): Promise<{ key: string; label: string }[]> {
  const options = optionsOf(req.payload.collections[collection as keyof typeof req.payload.collections]?.config)
  const discriminator = discriminatorOf(doc, options.discriminatorField)
  const values = (doc[CUSTOM_FIELDS_FIELD] ?? {}) as Record<string, unknown>
  const language = req.i18n?.language
  return (await definitionsFor(req, collection))
    .filter((d) => d.active && applies(d, discriminator) && requiredIn(d, stateKey) && isEmpty(values[d.key]))
    .map((d) => ({ key: d.key, label: labelOf(d, language) }))
}
