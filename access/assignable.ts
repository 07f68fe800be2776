import type { FilterOptions, PayloadRequest, Where } from 'payload'

import { grantFor } from './combine'
import { permissionsFor } from './engine'
import type { RoleData } from './combine'

/**
 * The roles whose holders work on records of a collection: their permissions let them update
 * some of its records (their own at least). Read as the engine reads roles, whoever asks.
 */
export async function rolesWorkingOn(req: PayloadRequest, slug: string): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'roles',
    depth: 0,
    pagination: false,
    select: { permissions: true },
    overrideAccess: true,
    req,
  })
  return (docs as unknown as (RoleData & { id: number | string })[])
    .filter((role) =>
      (role.permissions ?? []).some((row) => row.collection === slug && (row.update ?? 'none') !== 'none'),
    )
    .map((role) => role.id)
}

/** The ids of the users matching `where` (read as the system: the rule decides, not the caller's rights). */
async function peopleMatching(req: PayloadRequest, where: Where): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    depth: 0,
    pagination: false,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.id)
}

/** The teams a user manages (teams.managers), besides the one they belong to. */
async function teamsManagedBy(req: PayloadRequest, userId: number | string): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'teams',
    where: { managers: { equals: userId } },
    depth: 0,
    pagination: false,
    select: { key: true },
    overrideAccess: true,
    req,
  })
  return docs.map((team) => team.id)
}

export interface AssignOptions {
  /** Also the people of other teams whose role works on the collection (offer sections go to whoever writes them). */
  acrossTeamsToWorkers?: boolean
}

/**
 * Whom the signed-in user may make responsible for a record of `slug` (named rule: team rules).
 * - an administrator, or whoever may update every record of the collection: any active user;
 * - anyone else: themselves and the active members of their team and of the teams they manage;
 *   with `acrossTeamsToWorkers`, also active people of any team whose role works on the collection.
 * System work (no user) is not limited. Answers what Payload's filterOptions take.
 */
export async function assignableWhere(
  req: PayloadRequest,
  slug: string,
  options: AssignOptions = {},
): Promise<boolean | Where> {
  if (!req.user) return true
  const perms = await permissionsFor(req)
  if (!perms) return false
  const active: Where = { active: { equals: true } }
  if (perms.isAdmin || grantFor(perms, slug).update === 'all') return active
  const teams = [...(perms.teamId !== null ? [perms.teamId] : []), ...(await teamsManagedBy(req, perms.userId))]
  const who: Where[] = [{ id: { equals: perms.userId } }]
  if (teams.length) who.push({ team: { in: teams } })
  if (options.acrossTeamsToWorkers) who.push({ roles: { in: await rolesWorkingOn(req, slug) } })
  // Answered as a flat list of ids: the admin's picker sends the filter inside its own query string,
  // and a filter nested deeper than the query parser reads comes back as no one at all.
  return { id: { in: await peopleMatching(req, { and: [active, { or: who }] }) } }
}

/**
 * filterOptions of a people picker (`field` of collection `slug`): the admin offers only people the
 * caller may assign, and Payload refuses any other value on save (400). The person already in the
 * field stays acceptable, so editing something else of a record someone else assigned still saves.
 */
export const onlyAssignablePeople =
  (slug: string, field: string, options: AssignOptions = {}): FilterOptions =>
  async ({ id, req }) => {
    const where = await assignableWhere(req, slug, options)
    if (where === true || id === undefined || id === null) return where
    const current: unknown = await req.payload.findByID({
      collection: slug,
      id,
      depth: 0,
      select: { [field]: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    } as never)
    const value = (current as Record<string, unknown> | null)?.[field]
    const kept = (Array.isArray(value) ? value : [value])
      .map((v) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v))
      .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')
    if (kept.length === 0) return where
    return where === false ? { id: { in: kept } } : { or: [where, { id: { in: kept } }] }
  }

/**
 * filterOptions of a "whose work is this" picker (a time entry's person): only the caller, unless
 * their role changes their team's records of `slug` or more (a project manager for the team, an
 * administrator for anyone); then whom they may assign. Payload refuses any other person on save.
 */
export const onlyOwnUnlessManaging =
  (slug: string): FilterOptions =>
  async ({ req }) => {
    if (!req.user) return true
    const perms = await permissionsFor(req)
    if (!perms) return false
    if (!perms.isAdmin && ['none', 'own', 'related'].includes(grantFor(perms, slug).update)) {
      return { id: { equals: perms.userId } }
    }
    return assignableWhere(req, slug)
  }
