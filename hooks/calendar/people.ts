import type { PayloadRequest } from 'payload'

import { permissionsFor } from '@/access/engine'
import { refuse } from '@/lib/errors'
import { idOf } from '@/lib/ids'

const MAX_ID = 2_147_483_647

/** A positive integer id PostgreSQL can hold, else null (a bad id would reach the database as a 500). */
export function parseId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null
  const id = Number(value)
  return id > 0 && id <= MAX_ID ? id : null
}

/** The teams whose `managers` include the caller, as the caller may read them. */
async function managedTeams(req: PayloadRequest): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'teams',
    where: { managers: { equals: req.user!.id } },
    select: { key: true },
    depth: 0,
    pagination: false,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  return docs.map((team) => team.id)
}

/**
 * Whose items a calendar request shows, from its `user` parameter: the caller (default or `me`),
 * another user (administrators, and managers of that user's team) or `team` (every member of the
 * teams the caller manages). Refuses with 400 / 403 / 404 and says why.
 */
export async function calendarOwners(req: PayloadRequest, param: string | null): Promise<number[]> {
  const me = Number(req.user!.id)
  if (!param || param === 'me') return [me]
  if (param === 'team') {
    const teams = await managedTeams(req)
    if (teams.length === 0) {
      throw refuse(req, 403, {
        en: 'You manage no team, so there is no team calendar to show.',
        ro: 'Nu conduceți nicio echipă, deci nu există un calendar de echipă de afișat.',
      })
    }
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { team: { in: teams } },
      select: { name: true },
      depth: 0,
      pagination: false,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    return docs.map((member) => member.id)
  }
  const id = parseId(param)
  if (id === null) {
    throw refuse(req, 400, {
      en: '"user" must be a user id, "me" or "team".',
      ro: '„user” trebuie să fie id-ul unui utilizator, „me” sau „team”.',
    })
  }
  if (id === me) return [me]
  const target = await req.payload.findByID({
    collection: 'users',
    id,
    select: { team: true },
    depth: 0,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!target) throw refuse(req, 404, { en: 'There is no such user.', ro: 'Utilizatorul nu există.' })
  if ((await permissionsFor(req))?.isAdmin) return [id]
  const team = idOf(target.team)
  if (team !== null && (await managedTeams(req)).includes(Number(team))) return [id]
  throw refuse(req, 403, {
    en: 'You may see only your own calendar and those of the teams you manage.',
    ro: 'Puteți vedea doar calendarul propriu și pe cele ale echipelor pe care le conduceți.',
  })
}
