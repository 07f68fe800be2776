/**
 * The `tel:` address of a phone number as people write it ("0722 555 019", "+40 (21) 312.45.67"):
 * its digits, with the leading "+" kept; null when it holds too few digits to dial.
 */
export function telHref(text: string): string | null {
  const trimmed = text.trim()
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 3) return null
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`
}
