import { type PayloadRequest, type TypedUser, UnauthorizedError, type Where } from 'payload'

import { combineRoles, grantFor, type RoleData } from './combine'
import { idOf } from '@/lib/ids'
import { ownershipOf } from './ownerships'
import { throughRelation } from './throughRelation'
import type { EffectivePermissions, ModuleFunction, Ownership, Scope, ScopedOperation } from './types'

const CACHE_KEY = 'organizecrm:permissions'
const STASH = Symbol.for('organizecrm:permissions')

type UserLike = TypedUser & {
  id: number | string
  active?: boolean | null
  team?: number | string | { id: number | string } | null
  roles?: (number | string | { id: number | string })[] | null
}

/**
 * The signed-in user's permissions, read from the roles in the database once per request
 * (never cached across requests, so an edited role applies on the next request everywhere).
 */
export async function permissionsFor(req: PayloadRequest): Promise<EffectivePermissions | null> {
  const user = req.user as UserLike | null
  if (!user || user.collection !== 'users' || user.active === false) return null
  const cached = req.context[CACHE_KEY] as EffectivePermissions | undefined
  if (cached && cached.userId === user.id) return cached

  const roleIds = (user.roles ?? []).map(idOf)
  const roles = roleIds.length
    ? (
        await req.payload.find({
          collection: 'roles',
          where: { id: { in: roleIds } },
          depth: 0,
          limit: roleIds.length,
          pagination: false,
          // Reading the roles is how access is decided; it cannot itself be access-checked.
          overrideAccess: true,
          req,
        })
      ).docs
    : []
  const perms = combineRoles(roles as unknown as RoleData[], user)
  req.context[CACHE_KEY] = perms
  // admin.hidden only receives the user: keep the request's permissions beside it.
  Object.defineProperty(user, STASH, { value: perms, configurable: true, enumerable: false })
  return perms
}

/** Permissions computed earlier in this request for this user object, if any. */
export const stashedPermissions = (user: unknown): EffectivePermissions | undefined =>
  user && typeof user === 'object' ? (user as Record<symbol, EffectivePermissions>)[STASH] : undefined

export const hasFunctionIn = (perms: EffectivePermissions | null | undefined, fn: ModuleFunction) =>
  Boolean(perms && (perms.isAdmin || perms.functions.has(fn)))

export async function hasFunction(req: PayloadRequest, fn: ModuleFunction) {
  return hasFunctionIn(await permissionsFor(req), fn)
}

const anyOf = (clauses: Where[]): Where | false =>
  clauses.length === 0 ? false : clauses.length === 1 ? clauses[0] : { or: clauses }

function ownClauses(perms: EffectivePermissions, ownership: Ownership): Where[] {
  const clauses: Where[] = []
  if (ownership.selfIsOwner) clauses.push({ id: { equals: perms.userId } })
  for (const field of ownership.ownerFields ?? []) clauses.push({ [field]: { equals: perms.userId } })
  return clauses
}

/**
 * The records reached through the collection's `through` links: those whose parent the user
 * reaches with the same scope, by the parent collection's own ownership (followed further up
 * through its own links; a loop of links stops where it started). Only ownership decides, never
 * the user's rows on the parent: a project manager who reads every client still reaches only the
 * projects of their own or their team's clients.
 */
function throughClauses(
  scope: 'related' | 'team',
  perms: EffectivePermissions,
  ownership: Ownership,
  seen: ReadonlySet<string>,
): Where[] {
  const clauses: Where[] = []
  for (const link of ownership.through ?? []) {
    const parentOwnership = ownershipOf(link.collection)
    if (!parentOwnership || seen.has(link.collection)) continue
    const parent = scopeToAccess(scope, perms, parentOwnership, [...seen, link.collection])
    if (parent !== false && parent !== true) clauses.push(throughRelation(link.field, parent))
  }
  return clauses
}

/**
 * Turns a scope into what Payload access functions return: true, false or a Where query. Each
 * scope reaches what the narrower ones do: `related` adds the records under a parent the user
 * reaches as related, `team` the team's records and those under the team's parents.
 */
export function scopeToAccess(
  scope: Scope,
  perms: EffectivePermissions,
  ownership: Ownership,
  seen: Iterable<string> = [],
): boolean | Where {
  switch (scope) {
    case 'all':
      return true
    case 'none':
      return false
    case 'own':
      return anyOf(ownClauses(perms, ownership))
    case 'related':
      return anyOf([...ownClauses(perms, ownership), ...throughClauses(scope, perms, ownership, new Set(seen))])
    case 'team': {
      const clauses = [...ownClauses(perms, ownership), ...throughClauses(scope, perms, ownership, new Set(seen))]
      if (ownership.teamField && perms.teamId !== null) {
        clauses.push({ [ownership.teamField]: { equals: perms.teamId } })
      }
      return anyOf(clauses)
    }
  }
}

/** True when the user's role or a managing function gives unrestricted access to the collection. */
function hasFullAccess(perms: EffectivePermissions, ownership: Ownership) {
  return perms.isAdmin || Boolean(ownership.managedBy && perms.functions.has(ownership.managedBy))
}

/**
 * REST and GraphQL callers without a session get 401, not the 403 Payload gives by default. A
 * deactivated user's token (still valid as a JWT) is no session: 401 from that moment on.
 */
export function requireSession(req: PayloadRequest) {
  if (req.payloadAPI === 'local') return
  if (!req.user || (req.user as { active?: boolean | null }).active === false) throw new UnauthorizedError(req.t)
}

export async function accessResult(
  req: PayloadRequest,
  slug: string,
  ownership: Ownership,
  operation: ScopedOperation,
): Promise<boolean | Where> {
  requireSession(req)
  const perms = await permissionsFor(req)
  if (!perms) return false
  if (hasFullAccess(perms, ownership)) return true
  return scopeToAccess(grantFor(perms, slug)[operation], perms, ownership)
}

export async function mayCreate(req: PayloadRequest, slug: string, ownership: Ownership) {
  requireSession(req)
  const perms = await permissionsFor(req)
  if (!perms) return false
  return hasFullAccess(perms, ownership) || grantFor(perms, slug).create
}

/**
 * Whether the admin navigation should hide a collection: nothing to read, or an administration
 * collection the user does not manage. Uses the permissions computed for this request.
 */
export function hiddenInNavigation(user: unknown, slug: string, ownership: Ownership): boolean {
  const perms = stashedPermissions(user)
  if (!user) return true
  if (!perms) return false
  if (hasFullAccess(perms, ownership)) return false
  if (ownership.managedBy) return true
  return grantFor(perms, slug).read === 'none'
}
