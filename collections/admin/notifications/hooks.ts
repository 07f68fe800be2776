import { APIError, type CollectionBeforeOperationHook, type FieldHook, type PayloadRequest } from 'payload'

import { adminPath, NOTIFICATIONS_SLUG } from '@/hooks/notify/shared'
import { say } from '@/lib/i18n'

/** Fields a recipient may not change: everything but `readAt`. */
const PROTECTED = ['recipient', 'kind', 'title', 'body', 'emailStatus', 'link.collection', 'link.documentId'] as const

type Ref = number | string | { id: number | string } | null | undefined
const normalize = (value: unknown) => {
  const ref = value as Ref
  const plain = ref && typeof ref === 'object' && 'id' in ref ? ref.id : ref
  return plain === null || plain === undefined || plain === '' ? '' : String(plain)
}
const valueAt = (data: Record<string, unknown> | null | undefined, path: string) =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      data,
    )

/**
 * Users may only set or clear `readAt` on their notifications. A change to any other field is
 * refused with a 403 that says so (sending the unchanged values, as the admin form does, is fine).
 * Another user's notification stays a 404: the original is looked up with the caller's access.
 */
export const onlyReadAtChanges: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'update') return args
  const { data, id, overrideAccess, req } = args as {
    data?: Record<string, unknown>
    id?: number | string
    overrideAccess?: boolean
    req: PayloadRequest
  }
  if (overrideAccess || !data) return args
  const sent = PROTECTED.filter((path) => valueAt(data, path) !== undefined)
  if (sent.length === 0) return args
  let changed: string[] = [...sent]
  if (id !== undefined) {
    const original = await req.payload.findByID({
      collection: NOTIFICATIONS_SLUG,
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    // Not visible to the caller: let the operation answer its own 404.
    if (!original) return args
    changed = sent.filter((path) => normalize(valueAt(data, path)) !== normalize(valueAt(original as never, path)))
  }
  if (changed.length === 0) return args
  throw new APIError(
    say(req.i18n?.language, {
      en: `Only the read time of a notification can be changed (not: ${changed.join(', ')}).`,
      ro: `La o notificare se poate modifica doar momentul citirii (nu: ${changed.join(', ')}).`,
    }),
    403,
  )
}

/** `link.url`: the admin address of the linked record, computed on read, never stored. */
export const linkUrl: FieldHook = ({ siblingData, req }) => {
  const { collection, documentId } = (siblingData ?? {}) as { collection?: string | null; documentId?: string | null }
  if (!collection || !documentId) return null
  return adminPath(req.payload.config.routes.admin, collection, documentId)
}
