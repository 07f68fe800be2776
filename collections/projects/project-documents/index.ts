import type { CollectionConfig } from 'payload'

import { underParent } from '@/access/parent'
import { filesOfRecordAccess } from '@/access/recordFiles'
import { createRecordFiles } from '@/hooks/recordFiles'
import { t } from '@/lib/i18n'
import { projectOwnership } from '../projects/ownership'

const slug = 'project-documents'

/**
 * A project's documents (R22): specifications, minutes, acceptance reports. Each names its project
 * when uploaded, only one the caller may change; read by whoever reads the project (its members,
 * its client's people), changed by whoever may change it. A failed upload leaves no file behind.
 */
export function createProjectDocuments(uploadsDir: string): CollectionConfig {
  const parent = { collection: 'projects', field: 'project' }
  return createRecordFiles({
    slug,
    uploadsDir,
    labels: {
      singular: t('Project document', 'Document de proiect'),
      plural: t('Project documents', 'Documente de proiect'),
    },
    group: t('Projects', 'Proiecte'),
    parent: { ...parent, ownership: projectOwnership, label: t('Project', 'Proiect') },
    namedOnUpload: {
      access: underParent(slug, { ...parent, need: 'update' }, filesOfRecordAccess(parent)),
    },
    records: t('projects', 'proiectele'),
    aFile: t('a project document', 'un document de proiect'),
    maxUploadMb: (settings) => settings.commercial?.maxUploadMb,
    versions: true,
  })
}
