/** The first letter or digit of a text, upper-cased as Romanian writes it (ș → Ș). */
function firstLetter(text: string): string {
  const match = /[\p{L}\p{N}]/u.exec(text)
  return match ? match[0].toLocaleUpperCase('ro-RO') : ''
}

/**
 * What the account avatar shows: the first letters of the first and last names ("Ana
 * Administrator" → "AA", "Ana Maria Popescu" → "AP"), else the email's first letter, else nothing.
 * A hyphenated first name counts as one ("Ana-Maria Pop" → "AP").
 */
export function initials(user: { name?: string | null; email?: string | null } | null | undefined): string {
  const words = (user?.name ?? '').split(/\s+/).map(firstLetter).filter(Boolean)
  if (words.length > 1) return `${words[0]}${words[words.length - 1]}`
  if (words.length === 1) return words[0]
  return firstLetter(user?.email ?? '')
}
