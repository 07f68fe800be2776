import type { CollectionConfig, Field, FieldAccess, Plugin, PayloadRequest } from 'payload'

import { bindingOf } from './registry'
import { stateNamed, workflowFor } from './engine'

type Doc = Record<string, unknown>

/** The fields the record's state freezes, read once per request and record. */
function frozenOf(req: PayloadRequest, collection: string, doc: Doc): Promise<Set<string>> {
  const key = `organizecrm:workflow:frozen:${collection}:${String(doc.id)}:${String(doc.status)}`
  const known = req.context[key] as Promise<Set<string>> | undefined
  if (known) return known
  const frozen = workflowFor(req, collection, doc).then(
    (workflow) => new Set(stateNamed(workflow, doc.status as string)?.readOnlyFields ?? []),
    // No active flow: nothing to show as frozen (a save says why it cannot go on).
    () => new Set<string>(),
  )
  req.context[key] = frozen
  return frozen
}

/**
 * Whether the form may edit a field, for the permissions Payload's document view draws with.
 * Payload asks field access in two places: for the view's permissions (no `siblingData`) and on a
 * write (with it). A write is left to the workflow's `beforeChange` hook, which refuses a frozen
 * change with its reason (400); were access to say no there, Payload would drop the value silently.
 */
const editableIn =
  (collection: string, name: string): FieldAccess =>
  async ({ doc, req, siblingData }) => {
    if (siblingData !== undefined || !doc?.id || !doc.status) return true
    return !(await frozenOf(req, collection, doc)).has(name)
  }

/** The checks made here: a field whose update access is one of them is otherwise open to its writers. */
const formChecks = new WeakSet<FieldAccess>()
export const isStateFreezeCheck = (access: unknown) => formChecks.has(access as FieldAccess)

/** The record's top-level data fields (through rows, collapsibles and unnamed tabs) get the check. */
function withFrozenAccess(collection: string, fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name ? tab : { ...tab, fields: withFrozenAccess(collection, tab.fields) },
        ),
      }
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: withFrozenAccess(collection, field.fields) }
    if (!('name' in field) || field.name === 'status' || field.type === 'ui' || field.type === 'join') return field
    // A field with its own update rule (what the application stamps) keeps it: no one types into it.
    if (field.access?.update) return field
    const check = editableIn(collection, field.name)
    formChecks.add(check)
    return { ...field, access: { ...field.access, update: check } }
  })
}

/**
 * The fields a workflow state freezes (`readOnlyFields`) appear read-only in the record's form, as
 * the server holds them: an approved offer's lines cannot be typed into and then refused on save.
 * Runs after every module added its collections; only governed collections change.
 */
export const frozenFieldsInForms = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) =>
    bindingOf(collection.slug)
      ? { ...collection, fields: withFrozenAccess(collection.slug, collection.fields) }
      : collection,
  ),
})
