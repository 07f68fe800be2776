import path from 'node:path'
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type Where } from 'payload'

import { accessResult, mayCreate } from '../../../access/engine'
import { auditFields } from '../../../fields/audit'
import { stampAuthor } from '../../../hooks/audit'
import { withUploadCleanup } from '../../../hooks/uploadCleanup'
import { say, t } from '../../../src/lib/i18n'
import { settingsOf } from '../../../src/lib/settings'
import { ticketOwnership } from '../tickets/ownership'
import { throughRelation } from './throughRelation'

const slug = 'ticket-files'

/** What a ticket may carry: PDF, images, Office documents, text and zip archives. */
export const TICKET_FILE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/zip',
  'application/x-zip-compressed',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]
export const DEFAULT_MAX_UPLOAD_MB = 10

/** Refuses, before anything is stored, a file of a type tickets do not take or above the size limit. */
const checkFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const language = req.i18n?.language
  const type = (file.mimetype || '').split(';')[0].trim().toLowerCase()
  if (!TICKET_FILE_TYPES.includes(type)) {
    throw new APIError(
      say(language, {
        en: `"${file.name}" is a file of type ${type || 'unknown'}, which tickets do not take: attach PDF, images, Office documents, text or zip.`,
        ro: `„${file.name}” este un fișier de tip ${type || 'necunoscut'}, pe care tichetele nu îl acceptă: atașați PDF, imagini, documente Office, text sau zip.`,
      }),
      400,
    )
  }
  const limitMb = (await settingsOf(req)).support?.maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB
  if (file.size > limitMb * 1024 * 1024) {
    const sizeMb = (file.size / 1024 / 1024).toFixed(1)
    throw new APIError(
      say(language, {
        en: `"${file.name}" has ${sizeMb} MB; a ticket file may have at most ${limitMb} MB.`,
        ro: `„${file.name}” are ${sizeMb} MB; un fișier de tichet poate avea cel mult ${limitMb} MB.`,
      }),
      400,
    )
  }
  return args
}

/**
 * Who reads a ticket file: who uploaded it, and whoever may read the ticket it belongs to. The
 * files themselves (`/api/ticket-files/file/<name>`) are served under the same rule.
 */
async function readAccess({ req }: { req: Parameters<typeof accessResult>[0] }): Promise<boolean | Where> {
  const tickets = await accessResult(req, 'tickets', ticketOwnership, 'read')
  if (tickets === true) return true
  const mine: Where = { createdBy: { equals: req.user?.id } }
  return tickets === false ? mine : { or: [mine, throughRelation('ticket', tickets)] }
}

/** Attachments of tickets and their actions (R24), stored apart from other files. */
export function createTicketFiles(uploadsDir: string): CollectionConfig {
  return withUploadCleanup({
    slug,
    labels: { singular: t('Ticket file', 'Fișier tichet'), plural: t('Ticket files', 'Fișiere tichete') },
    access: {
      read: readAccess,
      // Whoever enters or works on tickets attaches files; each file is then its uploader's.
      create: async ({ req }) =>
        (await mayCreate(req, 'tickets', ticketOwnership)) || (await accessResult(req, 'tickets', ticketOwnership, 'update')) !== false,
      update: ({ req }) => (req.user ? { createdBy: { equals: req.user.id } } : false),
      delete: ({ req }) => (req.user ? { createdBy: { equals: req.user.id } } : false),
    },
    admin: { group: t('Support', 'Suport'), hidden: true },
    upload: {
      staticDir: path.resolve(uploadsDir, slug),
      mimeTypes: TICKET_FILE_TYPES,
    },
    hooks: { beforeOperation: [checkFile], beforeChange: [stampAuthor] },
    fields: [
      { name: 'ticket', type: 'relationship', relationTo: 'tickets', index: true, label: t('Ticket', 'Tichet'), admin: { readOnly: true } },
      { name: 'description', type: 'text', label: t('Description', 'Descriere') },
      ...auditFields,
    ],
  })
}
