'use client'

/** Placeholder until the component lands. */
export function ConcernedBy() {
  return null
}
