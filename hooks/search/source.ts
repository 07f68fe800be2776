import type { Language, SearchItemText, SearchSource } from './types'

/** Keeps each source's document type checked against its toItem. */
export const searchSource = <Doc>(
  definition: Omit<SearchSource, 'toItem'> & { toItem: (doc: Doc, language: Language) => SearchItemText },
) => definition as SearchSource

/** Non-empty parts joined by " · " (a subtitle of several facts), or null when none is left. */
export const joinParts = (...parts: (string | null | undefined | false)[]) => {
  const kept = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
  return kept.length > 0 ? kept.join(' · ') : null
}
