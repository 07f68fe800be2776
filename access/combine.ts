import {
  ADMIN_ROLE_KEY,
  type CollectionGrant,
  type EffectivePermissions,
  type ModuleFunction,
  type Scope,
  SCOPES,
} from './types'

export interface RoleData {
  key?: string | null
  functions?: ModuleFunction[] | null
  permissions?:
    | {
        collection: string
        read?: Scope | null
        update?: Scope | null
        delete?: Scope | null
        create?: boolean | null
      }[]
    | null
}

const NO_GRANT: CollectionGrant = { read: 'none', update: 'none', delete: 'none', create: false }

export const widest = (a: Scope, b: Scope): Scope => (SCOPES.indexOf(a) >= SCOPES.indexOf(b) ? a : b)

/** Merges several roles: for every collection and operation the widest scope wins. */
export function combineRoles(
  roles: RoleData[],
  user: { id: number | string; team?: number | string | { id: number | string } | null },
): EffectivePermissions {
  const grants: Record<string, CollectionGrant> = {}
  const functions = new Set<ModuleFunction>()
  let isAdmin = false
  for (const role of roles) {
    if (role.key === ADMIN_ROLE_KEY) isAdmin = true
    for (const fn of role.functions ?? []) functions.add(fn)
    for (const row of role.permissions ?? []) {
      const current = grants[row.collection] ?? NO_GRANT
      grants[row.collection] = {
        read: widest(current.read, row.read ?? 'none'),
        update: widest(current.update, row.update ?? 'none'),
        delete: widest(current.delete, row.delete ?? 'none'),
        create: current.create || Boolean(row.create),
      }
    }
  }
  const team = user.team
  return {
    userId: user.id,
    teamId: team && typeof team === 'object' ? team.id : (team ?? null),
    isAdmin,
    functions,
    grants,
  }
}

export const grantFor = (perms: EffectivePermissions, slug: string): CollectionGrant => perms.grants[slug] ?? NO_GRANT
