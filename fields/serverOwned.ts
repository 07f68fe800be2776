import type { Field, FieldAccess } from 'payload'

/**
 * Field access for what the application derives or stamps (numbers, totals, state categories,
 * time stamps, links a step makes). Payload applies field access before any collection hook runs,
 * whenever access is checked (REST, GraphQL, bulk PATCH, local calls with overrideAccess: false):
 * a client's value is dropped, the stored value kept on update. The hooks that compute these
 * fields run afterwards and set them for everyone; jobs writing them pass overrideAccess: true.
 */
export const SERVER_OWNED: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** The field, written only by the application (see SERVER_OWNED). */
export const serverOwned = <F extends Field>(field: F): F =>
  ({ ...field, access: { ...(field as { access?: object }).access, ...SERVER_OWNED } }) as F

/** A field the application derives (from a parent, a sum, a step), shown read-only in the form. */
export const derivedField = <F extends Field>(field: F): F =>
  serverOwned({ ...field, admin: { ...(field as { admin?: object }).admin, readOnly: true } } as F)
