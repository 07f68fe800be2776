import type { CollectionConfig, DefaultServerCellComponentProps } from 'payload'

import { pluralLabel } from '@/hooks/modules/labels'
import { say } from '@/lib/i18n'
import { flowLabels, localeOf } from './flowLabels'

/*
 * The workflow history list (workflow-events) names what each row stores as keys: the collection
 * ("Tichete", not `tickets`), the step and the states, in the reader's language.
 */

const governedOf = (rowData: unknown) => String((rowData as { collection?: unknown })?.collection ?? '')

export function EventCollectionCell({ cellData, i18n, payload }: DefaultServerCellComponentProps) {
  const config = payload.collections[String(cellData) as 'tickets']?.config
  const label = config
    ? say(i18n?.language, pluralLabel(config as unknown as CollectionConfig))
    : String(cellData ?? '')
  return <span>{label}</span>
}

export async function EventStateCell({ cellData, i18n, payload, rowData }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const { states } = await flowLabels(payload, governedOf(rowData), localeOf(i18n?.language))
  return <span>{states.get(cellData) ?? cellData}</span>
}

export async function EventStepCell({ cellData, i18n, payload, rowData }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const { transitions } = await flowLabels(payload, governedOf(rowData), localeOf(i18n?.language))
  return <span>{transitions.get(cellData) ?? cellData}</span>
}
