/** How far an operation reaches: nobody's records, the user's own, the user's team's, or all. */
export const SCOPES = ['none', 'own', 'team', 'all'] as const
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
