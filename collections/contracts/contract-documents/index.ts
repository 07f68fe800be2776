import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { nomenclatorField } from '@/fields/nomenclator'
import { serverOwned } from '@/fields/serverOwned'
import { createRecordFiles } from '@/hooks/recordFiles'
import { t } from '@/lib/i18n'
import { refuse } from '@/lib/errors'
import { idOf } from '@/lib/ids'
import { contractOwnership } from '../contracts/ownership'

/** A document that replaces another is its next version; any other starts at version 1. A replaced document the caller cannot read answers 400. */
const versionFromSuperseded: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const previous = idOf(data.supersedes)
  // Only a new or changed link renumbers: a save that keeps it keeps the version.
  if (originalDoc && (!('supersedes' in data) || previous === idOf(originalDoc.supersedes))) return data
  if (previous === null) {
    data.version = 1
    return data
  }
  const superseded = await req.payload.findByID({
    collection: 'contract-documents',
    id: previous,
    depth: 0,
    disableErrors: true,
    select: { version: true },
    // Read as the caller: a document they cannot read is one they cannot supersede. A call
    // without a user is the application's own (a job, a migration) and reads everything.
    user: req.user,
    overrideAccess: !req.user,
    req,
  })
  if (!superseded) {
    throw refuse(req, 400, {
      en: 'The document it replaces was not found.',
      ro: 'Documentul pe care îl înlocuiește nu a fost găsit.',
    })
  }
  data.version = Number(superseded.version ?? 1) + 1
  return data
}

/**
 * A contract's documents (R18): drafts, annexes, the signed copy, each of a kind and a version
 * (the document it supersedes), with who uploaded it and when; read and written exactly as the
 * contract is, with their history.
 */
export function createContractDocuments(uploadsDir: string): CollectionConfig {
  return createRecordFiles({
    slug: 'contract-documents',
    uploadsDir,
    labels: {
      singular: t('Contract document', 'Document contract'),
      plural: t('Contract documents', 'Documente contracte'),
    },
    group: t('Sales', 'Vânzări'),
    parent: {
      collection: 'contracts',
      ownership: contractOwnership,
      field: 'contract',
      label: t('Contract', 'Contract'),
    },
    records: t('contracts', 'contractele'),
    aFile: t('a contract document', 'un document de contract'),
    maxUploadMb: (settings) => settings.commercial?.maxUploadMb,
    versions: true,
    beforeChange: [versionFromSuperseded],
    fields: [
      nomenclatorField({ name: 'kind', list: 'document-types', label: t('Kind', 'Fel') }),
      {
        name: 'supersedes',
        type: 'relationship',
        relationTo: 'contract-documents',
        label: t('Replaces', 'Înlocuiește'),
      },
      serverOwned({
        name: 'version',
        type: 'number',
        defaultValue: 1,
        label: t('Version', 'Versiune'),
        admin: { readOnly: true },
      }),
    ],
  })
}
