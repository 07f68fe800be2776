import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { definitionsFor, hiddenFrom, labelOf, roleIdsOf } from '../../../hooks/customFields/definitions'
import { CUSTOM_FIELDS_FIELD } from '../../../hooks/customFields/types'
import type { SheetColumn } from './sheet'

/** A column of an export: where its value sits in a document and how it is written. */
export interface ExportColumn extends SheetColumn {
  path: string[]
  field?: FlattenedField
  /** A custom field's key. */
  custom?: string
}

const EXPORTABLE = new Set(['text', 'textarea', 'email', 'number', 'date', 'checkbox', 'select', 'radio', 'relationship', 'upload', 'richText', 'code', 'point'])
const kindOf = (field: FlattenedField): SheetColumn['kind'] => (field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text')

function labelText(label: unknown, language: string, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const labels = label as Record<string, string>
    return labels[language] ?? labels.en ?? labels.ro ?? fallback
  }
  return fallback
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
export async function exportColumns(req: PayloadRequest, config: SanitizedCollectionConfig, asked: string | undefined): Promise<ExportColumn[] | { unknown: string[] }> {
  const language = req.i18n?.language === 'en' ? 'en' : 'ro'
  const roleIds = roleIdsOf(req.user)
  // Columns the reader's roles may not see are left out (their values are stripped on read anyway).
  const definitions = (await definitionsFor(req, config.slug)).filter((d) => d.active && !hiddenFrom(d, roleIds))
  const customColumn = (key: string): ExportColumn | undefined => {
    const definition = definitions.find((d) => d.key === key)
    if (!definition) return undefined
    const kind = definition.type === 'number' ? 'number' : definition.type === 'date' ? 'date' : 'text'
    return { key: `${CUSTOM_FIELDS_FIELD}.${key}`, header: labelOf(definition, language), kind, path: [CUSTOM_FIELDS_FIELD, key], custom: key }
  }
  const fieldColumn = (name: string): ExportColumn | undefined => {
    const path = name.split('.')
    const field = fieldAt(config.flattenedFields, path)
    if (!field || !EXPORTABLE.has(field.type) || field.hidden || ('virtual' in field && field.virtual)) return undefined
    return { key: name, header: labelText(field.label, language, name), kind: kindOf(field), path, field }
  }

  const names = asked
    ? asked.split(',').map((c) => c.trim()).filter(Boolean)
    : ['id', ...(config.admin?.defaultColumns ?? []), ...definitions.map((d) => `${CUSTOM_FIELDS_FIELD}.${d.key}`)]
  const columns: ExportColumn[] = []
  const unknown: string[] = []
  for (const name of [...new Set(names)]) {
    const column = name.startsWith(`${CUSTOM_FIELDS_FIELD}.`) ? customColumn(name.slice(CUSTOM_FIELDS_FIELD.length + 1)) : fieldColumn(name)
    if (column) columns.push(column)
    else unknown.push(name)
  }
  return unknown.length > 0 && asked ? { unknown } : columns
}
