import type { Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { parse, stringify } from 'qs-esm'

import type { Condition } from './types'

/**
 * Alternatives of conditions, each alternative also held to `whose`, in the shape Payload's list
 * filter bar reads and writes (`or` of `and`s), so the list shows its filters as editable rows.
 */
export const figureWhere = (whose: Condition, alternatives: Condition[][]): Where => ({
  or: alternatives.map((conditions) => ({ and: [whose, ...conditions] })),
})

/** The admin list of a collection filtered by `where` (`/admin/collections/tickets?where[or][0][and][0]...`). */
export function listHref(adminRoute: string, collection: string, where: Where): string {
  const query = stringify({ where }, { addQueryPrefix: true, encodeValuesOnly: true })
  return `${formatAdminURL({ adminRoute, path: `/collections/${collection}` })}${query}`
}

/** The `where` of such a link read back as the admin list reads its address (qs, depth 10). */
export const whereOfHref = (href: string): Where =>
  (parse(href.split('?')[1] ?? '', { depth: 10 }) as { where?: Where }).where ?? {}
