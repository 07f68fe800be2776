import {
  type CollectionAfterLogoutHook,
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  type RelationshipFieldManyValidation,
  UnauthorizedError,
  ValidationError,
} from 'payload'
import { relationship } from 'payload/shared'

import { hasFunction, requireSession } from '@/access/engine'
import { ADMIN_ROLE_KEY } from '@/access/types'
import { say } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { passwordProblem } from './passwordPolicy'

/** Fields only a user manager may change; nobody may change their own roles. */
const MANAGED_FIELDS = ['roles', 'team', 'active'] as const

const normalize = (value: unknown) =>
  Array.isArray(value)
    ? value
        .map((v) => String(idOf(v)))
        .sort()
        .join(',')
    : String(idOf(value) ?? '')

/** The email of the account whose password is being set, wherever the operation names it. */
async function emailOfAccount(args: Record<string, unknown>, operation: string): Promise<string | null> {
  const { data, id, req } = args as {
    data?: { email?: unknown; token?: unknown }
    id?: number | string
    req: PayloadRequest
  }
  if (typeof data?.email === 'string') return data.email
  if (operation === 'update' && id !== undefined) {
    const user = await req.payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    return user?.email ?? null
  }
  if (operation === 'resetPassword' && typeof data?.token === 'string') {
    // The reset link's token names the account; Payload checks the token itself right after.
    const user = await req.payload.db.findOne<{ id: number | string; email?: string }>({
      collection: 'users',
      where: { resetPasswordToken: { equals: data.token } },
      req,
    })
    return user?.email ?? null
  }
  return null
}

/**
 * The password policy (passwordPolicy.ts), checked before Payload hashes a password: on create
 * (first register included), on update and on reset.
 */
export const requireStrongPassword: CollectionBeforeOperationHook = async ({ args, operation }) => {
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (!['create', 'update', 'resetPassword'].includes(operation) || typeof password !== 'string') return args
  const problem = passwordProblem(password, await emailOfAccount(args as Record<string, unknown>, operation))
  if (problem) {
    throw new ValidationError({ errors: [{ path: 'password', message: say(args.req?.i18n?.language, problem) }] })
  }
  return args
}

/**
 * Refuses, with a 403 that says why, changes to roles, team or active status by someone who does
 * not manage users, and any change of a user's own roles.
 */
export const guardManagedFields: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'update') return args
  const { data, id, req } = args as { data?: Record<string, unknown>; id?: number | string; req: PayloadRequest }
  const touched = MANAGED_FIELDS.filter((field) => data && data[field] !== undefined)
  if (touched.length === 0 || !req.user) return args
  const original = id
    ? await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  const changed = touched.filter((field) => !original || normalize(data![field]) !== normalize(original[field]))
  if (changed.length === 0) return args
  const language = req.i18n?.language
  if (changed.includes('roles') && original && String(original.id) === String(req.user.id)) {
    throw new APIError(
      say(language, { en: 'You cannot change your own roles.', ro: 'Nu vă puteți modifica propriile roluri.' }),
      403,
    )
  }
  if (!(await hasFunction(req, 'manageUsers'))) {
    throw new APIError(
      say(language, {
        en: `Only a user administrator may change: ${changed.join(', ')}.`,
        ro: `Doar un administrator de utilizatori poate modifica: ${changed.join(', ')}.`,
      }),
      403,
    )
  }
  return args
}

/**
 * A token that no longer signs anyone in (its user was deactivated: access/engine's
 * requireSession) cannot be refreshed either: 401, where Payload would answer 403.
 */
export const refuseRefreshWhenSignedOut: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'refresh') return args
  const { req } = args as { req: PayloadRequest }
  requireSession(req)
  if (!req.user) throw new UnauthorizedError(req.t)
  return args
}

export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user.active === false) {
    throw new APIError(
      say(req.i18n?.language, {
        en: 'This account is deactivated. Ask an administrator to reactivate it.',
        ro: 'Acest cont este dezactivat. Cereți unui administrator să îl reactiveze.',
      }),
      401,
    )
  }
  return user
}

async function adminRoleId(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { key: { equals: ADMIN_ROLE_KEY } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/** True while the install has no account at all: the next one created is its first administrator. */
async function noUsersYet(req: PayloadRequest) {
  // Counts every account, whoever asks: this protects the system, it reads nothing for the caller.
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0
}

/**
 * The first account of an install (the create-first-user screen, `POST /api/users/first-register`)
 * is an active administrator, whatever roles or status the form sent: someone must be able to
 * administer, and there is nobody yet who could grant it.
 */
export const firstUserIsAdministrator: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !(await noUsersYet(req))) return data
  const roleId = await adminRoleId(req)
  if (!roleId) {
    throw new APIError(
      say(req.i18n?.language, {
        en: 'The application is not fully installed (no administrator role): run `npm run migrate`, which adds the reference data.',
        ro: 'Aplicația nu este instalată complet (lipsește rolul de administrator): rulați `npm run migrate`, care adaugă datele de referință.',
      }),
      503,
    )
  }
  return { ...data, roles: [roleId], active: true }
}

/**
 * Roles are required, except on the create-first-user screen: that account becomes the
 * administrator by itself (above), so its form must not be refused for an empty "Roles".
 */
export const rolesRequiredAfterFirstUser: RelationshipFieldManyValidation = async (value, options) => {
  if (options.operation === 'create' && !options.req.user && (await noUsersYet(options.req))) return true
  return relationship(value, options)
}

const holdsRole = (roles: unknown, roleId: number | string) =>
  Array.isArray(roles) && roles.some((r) => String(idOf(r)) === String(roleId))

async function otherActiveAdmins(req: PayloadRequest, roleId: number | string, userId: number | string) {
  // Counts every administrator, whoever asks: this protects the system, it reads nothing for the caller.
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { roles: { in: [roleId] }, active: { equals: true }, id: { not_equals: userId } },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

const lastAdminError = (req: PayloadRequest) =>
  new APIError(
    say(req.i18n?.language, {
      en: 'This is the last active administrator: it cannot be deactivated, deleted or lose the administrator role.',
      ro: 'Acesta este ultimul administrator activ: nu poate fi dezactivat, șters sau lipsit de rolul de administrator.',
    }),
    409,
  )

/** The application always keeps at least one active administrator. */
export const keepLastAdministrator: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  // Only a change of roles or activity can take administration away.
  if (operation !== 'update' || !originalDoc || (data.roles === undefined && data.active === undefined)) return data
  const roleId = await adminRoleId(req)
  if (!roleId || !holdsRole(originalDoc.roles, roleId) || originalDoc.active === false) return data
  const staysAdmin = holdsRole(data.roles ?? originalDoc.roles, roleId) && (data.active ?? originalDoc.active) !== false
  if (!staysAdmin && (await otherActiveAdmins(req, roleId, originalDoc.id)) === 0) throw lastAdminError(req)
  return data
}

export const keepLastAdministratorOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const roleId = await adminRoleId(req)
  if (!roleId) return
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
  if (holdsRole(user.roles, roleId) && user.active !== false && (await otherActiveAdmins(req, roleId, id)) === 0) {
    throw lastAdminError(req)
  }
}

/**
 * Someone who logs out stops editing: their document locks go with them, so the next person who
 * opens those records is not told they are "locked" by someone no longer there.
 */
export const releaseLocksOnLogout: CollectionAfterLogoutHook = async ({ req }) => {
  if (!req.user) return
  await req.payload.delete({
    collection: 'payload-locked-documents',
    where: { 'user.value': { equals: req.user.id } },
    user: req.user,
    overrideAccess: false,
    req,
  })
}
