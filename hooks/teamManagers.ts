import type { PayloadRequest } from 'payload'

/**
 * The active managers of a team (teams.managers), or of every team when the record has none: who
 * steers a team's work is data the administrator edits, not a role key written in code. Those told
 * through notify() are further limited to whoever may read the record.
 */
export async function teamManagers(
  req: PayloadRequest,
  teamId: number | string | null | undefined,
): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'teams',
    where: teamId ? { id: { equals: teamId } } : {},
    depth: 0,
    pagination: false,
    select: { managers: true },
    // Who must be told is the application's decision, not something the caller reads.
    overrideAccess: true,
    req,
  })
  const ids = [...new Set(docs.flatMap((team) => (team.managers ?? []).map((m) => (typeof m === 'object' ? m.id : m))))]
  if (ids.length === 0) return []
  const { docs: active } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids }, active: { equals: true } },
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return active.map((user) => user.id)
}

/**
 * The teams a user manages (named among teams.managers), with their names in the request's
 * locale: the same data decides who is told about a team's work and whose figures a manager sees.
 */
export async function teamsManagedBy(
  req: PayloadRequest,
  userId: number | string,
): Promise<{ id: number; name: string | null }[]> {
  const { docs } = await req.payload.find({
    collection: 'teams',
    where: { managers: { in: [userId] } },
    depth: 0,
    pagination: false,
    sort: 'id',
    select: { name: true },
    locale: req.locale && req.locale !== 'all' ? req.locale : undefined,
    // Whom a person manages is the application's decision; what they then see is read with their access.
    overrideAccess: true,
    req,
  })
  return docs.map((team) => ({ id: Number(team.id), name: team.name ?? null }))
}
