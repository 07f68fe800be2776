import type { Where } from 'payload'

/**
 * An access rule of another collection, addressed through a relationship field that points to it
 * (`{team: …}` on tickets → `{'ticket.team': …}` on a ticket's files). An `id` rule addresses the
 * relationship itself.
 */
export function throughRelation(field: string, where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map((clause) => throughRelation(field, clause))]
        : [key === 'id' ? field : `${field}.${key}`, value],
    ),
  )
}
