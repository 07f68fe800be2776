/** The id a relationship value stands for, whether Payload gave the id or the populated document. */
export const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' && 'id' in value
    ? ((value as { id: number | string }).id ?? null)
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : null
