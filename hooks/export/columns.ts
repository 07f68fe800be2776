import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { labelText } from '@/lib/fieldLabel'
import { definitionsFor, hiddenFrom, labelOf, roleIdsOf } from '@/hooks/customFields/definitions'
import { CUSTOM_FIELDS_FIELD, type CustomFieldDefinition } from '@/hooks/customFields/types'
import { bindingOf } from '@/hooks/workflow/registry'
import type { SheetColumn } from './sheet'

/** A column of an export: where its value sits in a document and how it is written. */
export interface ExportColumn extends SheetColumn {
  path: string[]
  field?: FlattenedField
  /** A custom field's key. */
  custom?: string
  /** A custom choice's options, shown by their label. */
  options?: CustomFieldDefinition['options']
  /** The workflow state: shown by the state's label. */
  state?: boolean
}

const EXPORTABLE = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'date',
  'checkbox',
  'select',
  'radio',
  'relationship',
  'upload',
  'richText',
  'code',
  'point',
  'json',
])

/** Dates picked as a day are written as days; every other date with its time. */
function kindOf(field: FlattenedField): SheetColumn['kind'] {
  if (field.type === 'number') return 'number'
  if (field.type !== 'date') return 'text'
  return field.admin?.date?.pickerAppearance === 'dayOnly' ? 'day' : 'date'
}

/** A field by its dotted path (`totals.gross` inside a group), or undefined. */
function fieldAt(fields: FlattenedField[], path: string[]): FlattenedField | undefined {
  const [head, ...rest] = path
  const field = fields.find((f) => f.name === head)
  if (!field || rest.length === 0) return field
  return field.type === 'group' ? fieldAt(field.flattenedFields, rest) : undefined
}

/**
 * The columns of an export: the ones asked for (`columns=number,title,customFields.severity`), or
 * the list's default columns followed by every active custom field the caller may see. An unknown
 * or unexportable column is refused by name.
 */
export async function exportColumns(
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  asked: string | undefined,
): Promise<ExportColumn[] | { unknown: string[] }> {
  const language = req.i18n?.language === 'en' ? 'en' : 'ro'
  const roleIds = roleIdsOf(req.user)
  // Columns the reader's roles may not see are left out (their values are stripped on read anyway).
  const definitions = (await definitionsFor(req, config.slug)).filter((d) => d.active && !hiddenFrom(d, roleIds))
  const customColumn = (key: string): ExportColumn | undefined => {
    const definition = definitions.find((d) => d.key === key)
    if (!definition) return undefined
    const kind = definition.type === 'number' ? 'number' : definition.type === 'date' ? 'day' : 'text'
    const options = definition.options.length > 0 ? definition.options : undefined
    return {
      key: `${CUSTOM_FIELDS_FIELD}.${key}`,
      header: labelOf(definition, language),
      kind,
      path: [CUSTOM_FIELDS_FIELD, key],
      custom: key,
      options,
    }
  }
  const fieldColumn = (name: string): ExportColumn | undefined => {
    // Payload's own id is no field of the config, yet every reader sees it.
    if (name === 'id') return { key: 'id', header: 'ID', kind: 'number', path: ['id'] }
    const path = name.split('.')
    const field = fieldAt(config.flattenedFields, path)
    if (!field || !EXPORTABLE.has(field.type) || field.hidden || ('virtual' in field && field.virtual)) return undefined
    const state = name === 'status' && Boolean(bindingOf(config.slug))
    return { key: name, header: labelText(req, field.label, language, name), kind: kindOf(field), path, field, state }
  }

  const names = asked
    ? asked
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
    : ['id', ...(config.admin?.defaultColumns ?? []), ...definitions.map((d) => `${CUSTOM_FIELDS_FIELD}.${d.key}`)]
  const columns: ExportColumn[] = []
  const unknown: string[] = []
  for (const name of [...new Set(names)]) {
    const column = name.startsWith(`${CUSTOM_FIELDS_FIELD}.`)
      ? customColumn(name.slice(CUSTOM_FIELDS_FIELD.length + 1))
      : fieldColumn(name)
    if (column) columns.push(column)
    else unknown.push(name)
  }
  return unknown.length > 0 && asked ? { unknown } : columns
}
