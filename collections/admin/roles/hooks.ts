import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  ValidationError,
} from 'payload'

import { ADMIN_ROLE_KEY } from '@/access/types'
import { say } from '@/lib/i18n'

/** The matrix names each collection at most once, so a role never says two things about one. */
export const oneRowPerCollection: CollectionBeforeValidateHook = ({ data, req }) => {
  const seen = new Set<string>()
  ;(data?.permissions ?? []).forEach((row: { collection?: string }, index: number) => {
    if (!row?.collection) return
    if (seen.has(row.collection)) {
      throw new ValidationError({
        errors: [
          {
            path: `permissions.${index}.collection`,
            message: say(req.i18n?.language, {
              en: `The collection "${row.collection}" appears twice in the permissions.`,
              ro: `Colecția „${row.collection}” apare de două ori în permisiuni.`,
            }),
          },
        ],
      })
    }
    seen.add(row.collection)
  })
  return data
}

/** The system administrator role keeps its key: the engine gives that key every permission. */
export const keepSystemAdminRole: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (originalDoc?.key === ADMIN_ROLE_KEY && data.key !== undefined && data.key !== ADMIN_ROLE_KEY) {
    throw new APIError(
      say(req.i18n?.language, {
        en: 'The system administrator role cannot be renamed or restricted.',
        ro: 'Rolul de administrator de sistem nu poate fi redenumit sau restrâns.',
      }),
      403,
    )
  }
  return data
}

export const protectSystemAdminRole: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const role = await req.payload.findByID({ collection: 'roles', id, depth: 0, overrideAccess: true, req })
  if (role?.key === ADMIN_ROLE_KEY) {
    throw new APIError(
      say(req.i18n?.language, {
        en: 'The system administrator role cannot be deleted.',
        ro: 'Rolul de administrator de sistem nu poate fi șters.',
      }),
      403,
    )
  }
}
