import type { Bilingual, CustomFieldDefinition } from '../types'

/** A text in the user's language, else the other one, else `fallback`. */
export const pick = (text: Bilingual | string | null | undefined, language: string, fallback = '') =>
  !text
    ? fallback
    : typeof text === 'string'
      ? text
      : (language === 'en' ? text.en || text.ro : text.ro || text.en) || fallback

interface Context {
  language: string
  /** The record's workflow state, for `requiredFromState`. */
  status: string | undefined
  /** The record exists (read-only definitions are locked then, not while it is created). */
  saved: boolean
  /** The form itself is read-only or disabled. */
  locked: boolean
}

/**
 * How a definition shows on this record: its label, whether it is required now or read-only, and
 * its help (a definition required only in some state says which while it is not).
 */
export function describe(definition: CustomFieldDefinition, { language, status, saved, locked }: Context) {
  const { usage, description, requiredFromState } = definition
  const required = usage === 'required' || (usage === 'requiredFromState' && requiredFromState === status)
  const help =
    usage === 'requiredFromState' && !required
      ? `${pick(description, language)}${description ? ' ' : ''}(${language === 'ro' ? 'obligatoriu în starea' : 'required in state'} ${requiredFromState})`
      : pick(description, language) || undefined
  return {
    label: pick(definition.label, language, definition.key),
    description: help,
    required,
    readOnly: locked || (usage === 'readOnly' && saved),
  }
}
