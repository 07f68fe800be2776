import type { DefaultServerCellComponentProps } from 'payload'

import { flowLabels, localeOf } from './flowLabels'

/** A governed record's state in lists and relationship tables: its name in the reader's language, never the key. */
export async function StatusCell({ cellData, collectionSlug, i18n, payload }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const { states } = await flowLabels(payload, collectionSlug, localeOf(i18n?.language))
  return <span className="workflow-status">{states.get(cellData) ?? cellData}</span>
}
