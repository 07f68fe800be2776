import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { hasFunction, requireSession } from '@/access/engine'
import { refuse } from '@/lib/errors'
import { stateLabels } from '@/hooks/workflow/stateLabels'
import type { Workflow } from '@/payload-types'
import { idOf } from '@/lib/ids'
import { appTimeZone } from '@/lib/settings'
import { type ExportColumn, exportColumns } from './columns'
import { plainText } from './plainText'
import { cell, type SheetValue, xlsxResponse } from './sheet'

const PAGE = 500
type Doc = Record<string, unknown>

const valueAt = (doc: Doc, path: string[]) =>
  path.reduce<unknown>((value, key) => (value as Doc | null | undefined)?.[key], doc)

/** Titles of the related documents a page refers to, read with the caller's access (else the id shows). */
async function relatedTitles(req: PayloadRequest, docs: Doc[], columns: ExportColumn[]) {
  const wanted = new Map<string, Set<number | string>>()
  for (const column of columns) {
    const field = column.field
    if (!field || (field.type !== 'relationship' && field.type !== 'upload')) continue
    for (const doc of docs) {
      const raw = valueAt(doc, column.path)
      for (const item of Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]) {
        const polymorphic = item && typeof item === 'object' && 'relationTo' in (item as Doc)
        const target = polymorphic ? String((item as Doc).relationTo) : String(field.relationTo)
        const id = idOf(polymorphic ? (item as Doc).value : item)
        if (id !== null) (wanted.get(target) ?? wanted.set(target, new Set()).get(target)!).add(id)
      }
    }
  }
  const titles = new Map<string, string>()
  for (const [target, ids] of wanted) {
    const config = req.payload.collections[target as CollectionSlug]?.config
    const titleField = config?.admin?.useAsTitle ?? 'id'
    const { docs: related } = await req.payload.find({
      collection: target as CollectionSlug,
      where: { id: { in: [...ids] } },
      select: { [titleField]: true } as never,
      depth: 0,
      pagination: false,
      locale: req.locale as never,
      user: req.user,
      overrideAccess: false,
      req,
    })
    for (const doc of related as Doc[]) titles.set(`${target}:${doc.id}`, String(doc[titleField] ?? doc.id))
  }
  return titles
}

/** What a row needs besides the record: the reader's language and time zone, the labels of the states. */
interface RowContext {
  language: 'en' | 'ro'
  timeZone: string
  states: Map<string, string>
  titles: Map<string, string>
}

function rowOf(doc: Doc, columns: ExportColumn[], { language, timeZone, states, titles }: RowContext): SheetValue[] {
  return columns.map((column) => {
    const raw = valueAt(doc, column.path)
    const field = column.field
    if (column.state) return typeof raw === 'string' && raw ? (states.get(raw) ?? raw) : null
    if (column.options) {
      const label = (value: unknown) => {
        const option = column.options!.find((o) => o.value === value)
        return option ? (option.label[language] ?? option.label.ro ?? option.label.en ?? String(value)) : String(value)
      }
      return Array.isArray(raw)
        ? raw.map(label).join(', ') || null
        : raw === null || raw === undefined || raw === ''
          ? null
          : label(raw)
    }
    if (field?.type === 'relationship' || field?.type === 'upload') {
      const items = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]
      return (
        items
          .map((item) => {
            const polymorphic = item && typeof item === 'object' && 'relationTo' in (item as Doc)
            const target = polymorphic ? String((item as Doc).relationTo) : String(field.relationTo)
            const id = idOf(polymorphic ? (item as Doc).value : item)
            return titles.get(`${target}:${id}`) ?? String(id)
          })
          .join(', ') || null
      )
    }
    if (field?.type === 'select' || field?.type === 'radio') {
      const label = (value: unknown) => {
        const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === value)
        const text = option && typeof option === 'object' ? option.label : value
        return typeof text === 'object' && text
          ? ((text as Record<string, string>)[language] ?? String(value))
          : String(text ?? '')
      }
      return Array.isArray(raw) ? raw.map(label).join(', ') : raw ? label(raw) : null
    }
    if (field?.type === 'richText') return plainText(raw) || null
    if (field?.type === 'json' || field?.type === 'point')
      return raw === null || raw === undefined ? null : JSON.stringify(raw)
    if (Array.isArray(raw)) return raw.map(String).join(', ')
    return cell(raw, column.kind, timeZone)
  })
}

/**
 * `GET /api/<collection>/export?where[...]&columns=a,b,customFields.c`: an .xlsx of exactly the
 * records the caller may read that match `where` (the list's filters), with the chosen columns
 * (default: the list's columns and the custom fields), streamed page by page. Needs the `export`
 * function of a role (403 without it). Add it to a collection's `endpoints`.
 */
export function exportEndpoint(collection: string, fileLabel: { en: string; ro: string }): Endpoint {
  return {
    path: '/export',
    method: 'get',
    handler: async (req) => {
      requireSession(req)
      // Headers and labels in the reader's language (their choice in the app, else Accept-Language),
      // records read in the same locale.
      const language = req.i18n?.language === 'en' ? 'en' : 'ro'
      req.locale = language
      if (!(await hasFunction(req, 'export'))) {
        throw refuse(req, 403, {
          en: 'Exporting needs the "export" function of a role.',
          ro: 'Exportul necesită funcția „export” a unui rol.',
        })
      }
      const config = req.payload.collections[collection as CollectionSlug].config
      const asked = typeof req.query?.columns === 'string' ? req.query.columns : undefined
      const columns = await exportColumns(req, config, asked)
      if (!Array.isArray(columns)) {
        throw refuse(req, 400, {
          en: `These columns cannot be exported: ${columns.unknown.join(', ')}.`,
          ro: `Aceste coloane nu pot fi exportate: ${columns.unknown.join(', ')}.`,
        })
      }
      const filter = (req.query?.where && typeof req.query.where === 'object' ? req.query.where : {}) as Where
      const select = Object.fromEntries(columns.map((c) => [c.path[0], true]))
      const timeZone = await appTimeZone(req)
      const states = columns.some((c) => c.state)
        ? await stateLabels(req, collection as Workflow['collection'])
        : new Map<string, string>()
      const page = (after: number) =>
        req.payload.find({
          collection: collection as CollectionSlug,
          where: { and: [filter, { id: { greater_than: after } }] },
          sort: 'id',
          limit: PAGE,
          pagination: false,
          depth: 0,
          select: select as never,
          locale: language,
          user: req.user,
          overrideAccess: false,
          req,
        })
      // The first page is read before answering: a bad filter is a 400, not a broken download.
      const first = await page(0)
      async function* rows() {
        let docs = first.docs as Doc[]
        for (;;) {
          const titles = await relatedTitles(req, docs, columns as ExportColumn[])
          for (const doc of docs) yield rowOf(doc, columns as ExportColumn[], { language, timeZone, states, titles })
          if (docs.length < PAGE) return
          docs = (await page(Number(docs[docs.length - 1].id))).docs as Doc[]
        }
      }
      const day = new Date().toISOString().slice(0, 10)
      return xlsxResponse(`${fileLabel[language]}-${day}`, fileLabel[language], columns, rows())
    },
  }
}
