import type { PayloadRequest, TypedLocale } from 'payload'

import type { Option, PipelineOptions } from './types'

/**
 * The owners, teams and lost reasons the signed-in user may read, for the board's selects. Labels
 * follow the interface language; a list the user may not read comes back empty (not a 403 page).
 */
export async function pipelineOptions(req: PayloadRequest): Promise<PipelineOptions> {
  const locale = req.i18n.language as TypedLocale
  const asUser = {
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
    depth: 0,
    pagination: false,
  } as const
  const [users, teams, reasons] = await Promise.all([
    req.payload.find({ collection: 'users', select: { name: true }, sort: 'name', ...asUser }),
    req.payload.find({ collection: 'teams', select: { name: true }, sort: 'name', locale, ...asUser }),
    req.payload.find({
      collection: 'nomenclators',
      where: { list: { equals: 'lost-reasons' }, active: { equals: true } },
      select: { label: true },
      sort: ['order', 'id'],
      locale,
      ...asUser,
    }),
  ])
  const options = (docs: { id: number; name?: string | null; label?: string | null }[]): Option[] =>
    docs.map((doc) => ({ id: doc.id, label: doc.name ?? doc.label ?? String(doc.id) }))
  return { owners: options(users.docs), teams: options(teams.docs), lostReasons: options(reasons.docs) }
}
