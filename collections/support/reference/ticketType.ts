import type { Payload } from 'payload'

import { itemId } from '@/seed/load'
import { createBilingual } from '@/seed/records'

/**
 * A ticket needs a type: a new install gets this one (complaint flow, no team, a working week to
 * resolve), added only while there is no ticket type at all, so an administrator renames or
 * replaces it freely.
 */
export const DEFAULT_TICKET_TYPE = {
  name: { ro: 'Solicitare client', en: 'Customer request' },
  description: {
    ro: 'Tipul implicit, creat la instalare: urmează fluxul de reclamații. Redenumiți-l sau adăugați altele.',
    en: 'The default type, created on install: it follows the complaint flow. Rename it or add others.',
  },
  priority: 'normal',
  sla: { firstResponseHours: 8, resolutionHours: 40 },
}

/** Tickets need a type: one while there is none (renamed, replaced or added to by the administrator). */
export async function applyDefaultTicketType(payload: Payload) {
  if ((await payload.count({ collection: 'ticket-types', overrideAccess: true })).totalDocs > 0) return false
  const { name, description, priority, sla } = DEFAULT_TICKET_TYPE
  await createBilingual(
    payload,
    'ticket-types',
    {
      name: name.ro,
      description: description.ro,
      defaultPriority: await itemId(payload, 'ticket-priorities', priority),
      sla,
      active: true,
    },
    { name: name.en, description: description.en },
  )
  return true
}
