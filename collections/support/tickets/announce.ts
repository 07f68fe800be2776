import type { CollectionAfterChangeHook } from 'payload'

import { notify } from '@/hooks/notify'
import { teamManagers } from '@/hooks/teamManagers'
import { idOf } from '@/lib/ids'

/**
 * A new ticket is announced to the managers of its team (of every team when it has none), to its
 * responsible person if one was named, and to its watchers: those of them who may read it (notify),
 * never the person who entered it.
 */
export const announceNewTicket: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const managers = await teamManagers(req, idOf(doc.team))
  await notify(req, {
    recipients: [...managers, idOf(doc.responsible), ...((doc.watchers ?? []) as unknown[]).map(idOf)].filter(
      (id) => String(id) !== String(req.user?.id),
    ),
    kind: 'tickets.new',
    title: { en: `New ticket ${doc.number}: ${doc.title}`, ro: `Tichet nou ${doc.number}: ${doc.title}` },
    body: {
      en: `Entered by ${(req.user as { name?: string } | null)?.name ?? 'OrganizeCRM'}.`,
      ro: `Introdus de ${(req.user as { name?: string } | null)?.name ?? 'OrganizeCRM'}.`,
    },
    link: { collection: 'tickets', id: doc.id },
  })
  return doc
}
