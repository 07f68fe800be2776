import type { PayloadRequest, Where } from 'payload'

import { assignableWhere, onlyOwnUnlessManaging } from '@/access/assignable'
import { grantFor } from '@/access/combine'
import { readsWidely } from '@/access/readsWidely'
import type { EffectivePermissions } from '@/access/types'
import type { TimesheetPerson } from './types'

const slug = 'time-entries'

/** Who opens the timesheet: whoever reads time entries or enters them. */
export function seesTimesheet(perms: EffectivePermissions | null | undefined): boolean {
  if (!perms) return false
  if (perms.isAdmin) return true
  const grant = grantFor(perms, slug)
  return grant.create || grant.read !== 'none'
}

/** Whoever may enter time: their own at least (as the collection's create access says). */
export function entersTime(perms: EffectivePermissions | null | undefined): boolean {
  return Boolean(perms && (perms.isAdmin || grantFor(perms, slug).create))
}

/** Whether the caller may look at someone else's timesheet: they read time entries beyond their own. */
export const readsOthersTime = (perms: EffectivePermissions) => readsWidely(perms, slug)

/**
 * The people the person selector offers, the caller first: only the caller for those who read
 * their own time; otherwise the people of their team and of the teams they manage (everyone for
 * those who read every entry), as the time entry's person picker counts them. Read as the caller.
 */
export async function selectablePeople(req: PayloadRequest, perms: EffectivePermissions): Promise<TimesheetPerson[]> {
  const me = Number(perms.userId)
  let whom: Where = { id: { equals: me } }
  if (readsOthersTime(perms)) {
    const wide = perms.isAdmin || grantFor(perms, slug).read === 'all'
    const team = wide ? { active: { equals: true } } : await assignableWhere(req, slug)
    if (team !== false) whom = team === true ? {} : { or: [whom, team] }
  }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: whom,
    select: { name: true },
    sort: 'name',
    depth: 0,
    limit: 1000,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const people = docs.map((doc) => ({ id: Number(doc.id), name: (doc.name as string | null) ?? null }))
  const self = people.find((p) => p.id === me) ?? { id: me, name: (req.user as { name?: string } | null)?.name ?? null }
  return [self, ...people.filter((p) => p.id !== me)]
}

/**
 * Whether the caller enters time for `person`: their own when their role creates time entries,
 * someone else's when the entry's person picker would offer them (onlyOwnUnlessManaging). A hint
 * for the page; each save is still decided by the collection's access.
 */
export async function entersTimeFor(req: PayloadRequest, perms: EffectivePermissions, person: number) {
  if (!entersTime(perms)) return false
  if (person === Number(perms.userId)) return true
  const filter = onlyOwnUnlessManaging(slug)
  const whom = typeof filter === 'function' ? await filter({ req } as never) : filter
  if (whom === false || whom === null) return false
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: whom === true ? { id: { equals: person } } : { and: [whom, { id: { equals: person } }] },
    user: req.user,
    overrideAccess: false,
    req,
  })
  return totalDocs > 0
}
