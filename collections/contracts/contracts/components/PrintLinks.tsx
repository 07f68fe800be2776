'use client'

/** Placeholder until the component lands. */
export function PrintLinks() {
  return null
}
