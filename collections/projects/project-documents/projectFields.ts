import type { Field } from 'payload'

import { joinOf } from '@/fields/people'
import { t } from '@/lib/i18n'

/** The project's Documents tab: its documents, uploaded from here under the project. */
export const projectDocumentFields: Field[] = [
  joinOf('documents', 'project-documents', 'project', t('Documents', 'Documente'), {
    defaultSort: '-createdAt',
    defaultColumns: ['filename', 'description', 'createdBy', 'createdAt'],
  }),
]
