import { fileUnderRecord } from '@/hooks/recordFiles'

/**
 * Files the caller has just attached are filed under the ticket (theirs or that of the ticket
 * action), so whoever may read the ticket may read them.
 */
export const fileAttachmentsUnderTicket = (ticketOf: (doc: Record<string, unknown>) => unknown) =>
  fileUnderRecord({ files: 'ticket-files', field: 'attachments', parentField: 'ticket', recordOf: ticketOf })
