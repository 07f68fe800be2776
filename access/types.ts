/**
 * How far an operation reaches: nobody's records, the user's own, the own plus those under an own
 * record (`related`: the plan of a project one is a member of, the projects of one's clients; see
 * Ownership.through), the team's (and those under the team's records), or all. Each reaches what
 * the narrower ones do: combining roles keeps the widest.
 */
export const SCOPES = ['none', 'own', 'related', 'team', 'all'] as const
export type Scope = (typeof SCOPES)[number]

/** Module functions: capabilities that are not plain create/read/update/delete on one collection. */
export const MODULE_FUNCTIONS = [
  'export',
  'reports',
  'manageNomenclators',
  'manageUsers',
  'manageWorkflows',
  'manageSettings',
] as const
export type ModuleFunction = (typeof MODULE_FUNCTIONS)[number]

export type ScopedOperation = 'read' | 'update' | 'delete'

export interface CollectionGrant {
  read: Scope
  update: Scope
  delete: Scope
  create: boolean
}

/** What a collection tells the engine about its records. */
export interface Ownership {
  /** Fields holding a user id that make the record "own" (owner, responsible, creator...). */
  ownerFields?: string[]
  /** Field holding the team the record belongs to. */
  teamField?: string
  /** The records are users themselves: "own" is the signed-in user's own document. */
  selfIsOwner?: boolean
  /** A module function that gives full access to the collection (e.g. manageUsers). */
  managedBy?: ModuleFunction
  /**
   * Records this one lives under or belongs to (an activity's project, a project's client): with
   * the `related` scope a record is also reached when its `field` points to a record of
   * `collection` that is related to the user by that collection's ownership (own, or under an own
   * record further up); with `team`, one the team reaches.
   */
  through?: ThroughLink[]
}

/** A relationship field to the record another collection's rules are consulted on. */
export interface ThroughLink {
  field: string
  collection: string
}

/** The effective permissions of one signed-in user, combined over all their roles. */
export interface EffectivePermissions {
  userId: number | string
  teamId: number | string | null
  isAdmin: boolean
  functions: ReadonlySet<ModuleFunction>
  grants: Readonly<Record<string, CollectionGrant>>
}

/** Key of the system administrator role: it always holds every permission. */
export const ADMIN_ROLE_KEY = 'admin'
