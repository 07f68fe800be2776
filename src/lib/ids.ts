/** The id a relationship value stands for, whether Payload gave the id or the populated document. */
export const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' && 'id' in value
    ? ((value as { id: number | string }).id ?? null)
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : null

/** `idOf` as text, to compare a form's value (often a string) with a document's id; '' is no id. */
export const idTextOf = (value: unknown): string | null => {
  const id = idOf(value)
  return id === null || id === '' ? null : String(id)
}

/** The largest id a PostgreSQL `serial`/`integer` column holds. */
const MAX_ID = 2_147_483_647

/**
 * Whether a value (from a path, a query or a body) can be a record's id: a whole number from 1 to
 * the integer column's limit, as a number or as its digits. Anything else names no record and is
 * answered 404/400 before it reaches the database.
 */
export const isRecordId = (value: unknown): boolean => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return false
  return Number(text) <= MAX_ID
}

/** The id as a number when `isRecordId` accepts it, else null. */
export const recordIdOf = (value: unknown): number | null => (isRecordId(value) ? Number(String(value).trim()) : null)
