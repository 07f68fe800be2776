import type { CollectionConfig } from 'payload'

import { createRecordFiles } from '@/hooks/recordFiles'
import { t } from '@/lib/i18n'
import { ticketOwnership } from '../tickets/ownership'

/** Attachments of tickets and their actions (R24), read and written with their ticket. */
export function createTicketFiles(uploadsDir: string): CollectionConfig {
  return createRecordFiles({
    slug: 'ticket-files',
    uploadsDir,
    labels: { singular: t('Ticket file', 'Fișier tichet'), plural: t('Ticket files', 'Fișiere tichete') },
    group: t('Support', 'Suport'),
    parent: { collection: 'tickets', ownership: ticketOwnership, field: 'ticket', label: t('Ticket', 'Tichet') },
    records: t('tickets', 'tichetele'),
    aFile: t('a ticket file', 'un fișier de tichet'),
    maxUploadMb: (settings) => settings.support?.maxUploadMb,
  })
}
