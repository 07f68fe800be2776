'use client'
import { useConfig, useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { idTextOf } from '@/lib/ids'

/** What a ticket type fills in when it is chosen (the server applies the same on create: tickets/defaults.ts). */
const DEFAULTS = { priority: 'defaultPriority', team: 'defaultTeam' } as const

/**
 * Choosing a ticket's type fills the type's priority and team at once, so the person sees them
 * before saving. A value the person chose stays; one the previous type filled in follows the new type.
 */
export function TicketTypeDefaults() {
  const type = useFormFields(([fields]) => idTextOf(fields.type?.value))
  const current = useFormFields(([fields]) => ({
    priority: idTextOf(fields.priority?.value),
    team: idTextOf(fields.team?.value),
  }))
  const { dispatchFields, setModified } = useForm()
  const api = apiBase(useConfig().config)
  const filled = useRef<Record<string, string | null>>({})
  const seen = useRef(type)
  const latest = useRef(current)
  latest.current = current

  useEffect(() => {
    if (type === seen.current) return
    seen.current = type
    if (!type) return
    const controller = new AbortController()
    request<Record<string, unknown> | null>(`${api}/ticket-types/${encodeURIComponent(type)}?depth=0`, {
      signal: controller.signal,
    })
      .then((ticketType) => {
        if (!ticketType) return
        for (const [field, source] of Object.entries(DEFAULTS)) {
          const value = idTextOf(ticketType[source])
          const now = latest.current[field as keyof typeof DEFAULTS]
          if (value === null || (now !== null && now !== filled.current[field])) continue
          filled.current[field] = value
          dispatchFields({ type: 'UPDATE', path: field, value: Number.isNaN(Number(value)) ? value : Number(value) })
        }
        setModified(true)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [type, api, dispatchFields, setModified])

  return null
}
