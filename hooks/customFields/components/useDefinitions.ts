'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { useMemo } from 'react'

import { apiBase } from '@/components/shared/request'
import { useApiResource } from '@/components/shared/useApiResource'
import type { CustomFieldDefinition } from '../types'
import { idTextOf } from '@/lib/ids'
import type { Choice } from './fieldInput'

/**
 * The active definitions of the collection (labels in both languages), and those of them that apply
 * to this record: its discriminator's, and not hidden for one of the user's roles (the server
 * strips those values anyway). `definitions` is null until read; `failed` when they could not be.
 */
export function useDefinitions(collectionSlug: string | undefined, discriminator: string | null) {
  const api = apiBase(useConfig().config)
  const { user } = useAuth<{ roles?: unknown[] }>()
  const query = new URLSearchParams({
    'where[targetCollection][equals]': collectionSlug ?? '',
    'where[active][equals]': 'true',
    locale: 'all',
    depth: '0',
    pagination: 'false',
    sort: 'order',
  })
  const { data, error } = useApiResource<{ docs: CustomFieldDefinition[] }>(
    collectionSlug ? `${api}/custom-fields?${query}` : null,
  )
  const definitions = data?.docs ?? null

  const roleIds = useMemo(() => (user?.roles ?? []).map(idTextOf).filter(Boolean) as string[], [user])
  const visible = useMemo(
    () =>
      (definitions ?? []).filter(
        (d) =>
          (!d.discriminator || d.discriminator === discriminator) &&
          // The REST answer may leave the list null.
          !(
            d.usage === 'hiddenForRoles' &&
            (d.hiddenForRoles ?? []).some((role) => roleIds.includes(idTextOf(role) ?? ''))
          ),
      ),
    [definitions, discriminator, roleIds],
  )
  return { definitions, visible, failed: error !== null }
}

/** The users to choose from, read only when a user field is shown; none when they cannot be read. */
export function useUserChoices(needed: boolean): Choice[] {
  const api = apiBase(useConfig().config)
  const { data } = useApiResource<{ docs: { id: number; name?: string }[] }>(
    needed ? `${api}/users?limit=100&depth=0&select[name]=true&sort=name` : null,
  )
  return useMemo(() => (data?.docs ?? []).map((u) => ({ value: String(u.id), label: u.name || String(u.id) })), [data])
}
