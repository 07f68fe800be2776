'use client'

/** Placeholder until the component lands. */
export function History() {
  return null
}
