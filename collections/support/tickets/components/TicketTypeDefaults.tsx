'use client'
import { useConfig, useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value === null || value === undefined || value === '' ? null : String(value)

/** What a ticket type fills in when it is chosen (the server applies the same on create: tickets/defaults.ts). */
const DEFAULTS = { priority: 'defaultPriority', team: 'defaultTeam' } as const

/**
 * Choosing a ticket's type fills the type's priority and team at once, so the person sees them
 * before saving. A value the person chose stays; one the previous type filled in follows the new type.
 */
export function TicketTypeDefaults() {
  const type = useFormFields(([fields]) => idOf(fields.type?.value))
  const current = useFormFields(([fields]) => ({ priority: idOf(fields.priority?.value), team: idOf(fields.team?.value) }))
  const { dispatchFields, setModified } = useForm()
  const { config } = useConfig()
  const filled = useRef<Record<string, string | null>>({})
  const seen = useRef(type)
  const latest = useRef(current)
  latest.current = current

  useEffect(() => {
    if (type === seen.current) return
    seen.current = type
    if (!type) return
    const controller = new AbortController()
    fetch(`${config.routes.api}/ticket-types/${encodeURIComponent(type)}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((answer) => (answer.ok ? answer.json() : null))
      .then((ticketType: Record<string, unknown> | null) => {
        if (!ticketType) return
        for (const [field, source] of Object.entries(DEFAULTS)) {
          const value = idOf(ticketType[source])
          const now = latest.current[field as keyof typeof DEFAULTS]
          if (value === null || (now !== null && now !== filled.current[field])) continue
          filled.current[field] = value
          dispatchFields({ type: 'UPDATE', path: field, value: Number.isNaN(Number(value)) ? value : Number(value) })
        }
        setModified(true)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [type, config.routes.api, dispatchFields, setModified])

  return null
}
