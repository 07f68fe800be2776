import type { Payload, PayloadRequest } from 'payload'

import type { CollectionGrant, ModuleFunction } from '@/access/types'
import type { WorkflowData } from '@/hooks/workflow/types'
import type { Bilingual } from '@/lib/i18n'
import { asSystem, createBilingual, findOne } from './records'

/**
 * The small code that loads reference data; the data itself is in each module's `reference/`
 * folder. Everything here is idempotent: what exists (matched by key, list and value) is left as
 * it is, so an administrator's edits survive; what is missing is added.
 */

export type RoleRow = CollectionGrant & { collection: string }
/** Rows of the permission matrix by role key. */
export type RoleRows = Record<string, RoleRow[]>
export interface RoleSeed {
  key: string
  name: Bilingual
  description: Bilingual
  functions: ModuleFunction[]
}

export const row = (
  collection: string,
  read: RoleRow['read'],
  create = false,
  update: RoleRow['update'] = 'none',
  del: RoleRow['delete'] = 'none',
): RoleRow => ({ collection, read, create, update, delete: del })

/** A lookup list's items: value, Romanian label, English label, optional number. */
export type NomenclatorItems = Record<string, [value: string, ro: string, en: string, number?: number][]>

type Labelled<T> = Omit<T, 'label'> & { label: Bilingual }
export type WorkflowSeed = Omit<WorkflowData, 'name' | 'states' | 'transitions'> & {
  name: Bilingual
  states: Labelled<WorkflowData['states'][number]>[]
  /** `roleKeys` name the roles allowed to run a transition; the seed turns them into role ids. */
  transitions: (Labelled<Omit<WorkflowData['transitions'][number], 'roles'>> & { roleKeys?: string[] })[]
}

/** The roles, created with their own rows where missing. */
export async function applyRoles(payload: Payload, roles: RoleSeed[], rows: RoleRows) {
  for (const role of roles) {
    if (await findOne(payload, 'roles', { key: { equals: role.key } })) continue
    await createBilingual(
      payload,
      'roles',
      {
        key: role.key,
        name: role.name.ro,
        description: role.description.ro,
        functions: role.functions,
        permissions: rows[role.key] ?? [],
      },
      { name: role.name.en, description: role.description.en },
    )
  }
  await addRoleRows(payload, rows)
}

/**
 * A module's rows in the roles' matrix. A role seeded before the module existed gets them; rows
 * already there (perhaps edited by an administrator) are left as they are.
 */
export async function addRoleRows(payload: Payload, rows: RoleRows) {
  for (const [key, moduleRows] of Object.entries(rows)) {
    const role = await findOne(payload, 'roles', { key: { equals: key } })
    if (!role) continue
    const existing = (role.permissions as RoleRow[] | undefined) ?? []
    const known = new Set(existing.map((r) => r.collection))
    const missing = moduleRows.filter((r) => !known.has(r.collection))
    if (missing.length === 0) continue
    await payload.update({
      collection: 'roles',
      id: role.id,
      data: { permissions: [...existing, ...missing] } as never,
      ...asSystem,
    })
  }
}

/** A seeded row whose default changed: the values it had (`from`) and the ones it gets (`to`). */
export interface RoleRowChange {
  role: string
  collection: string
  from: Partial<CollectionGrant>
  to: Partial<CollectionGrant>
}

/**
 * Brings the rows existing installs were seeded with to a new default, for data migrations
 * (migrations/): a row is changed only while every value in `from` is still what it holds, so a
 * row an administrator changed, a missing row or role, or a row already changed is left as it is.
 * Idempotent; runs in the caller's transaction (`req`); answers how many rows changed. Reversed
 * (`from` and `to` swapped) it is the migration's `down`.
 */
export async function changeRoleRows(payload: Payload, changes: RoleRowChange[], req?: Partial<PayloadRequest>) {
  let changed = 0
  for (const key of [...new Set(changes.map((c) => c.role))]) {
    const { docs } = await payload.find({
      collection: 'roles',
      where: { key: { equals: key } },
      limit: 1,
      req,
      ...asSystem,
    })
    const role = docs[0]
    if (!role) continue
    const rows = (role.permissions ?? []) as RoleRow[]
    let touched = false
    const next = rows.map((row) => {
      const change = changes.find(
        (c) =>
          c.role === key &&
          c.collection === row.collection &&
          Object.entries(c.from).every(([field, value]) => row[field as keyof CollectionGrant] === value),
      )
      if (!change) return row
      touched = true
      changed++
      return { ...row, ...change.to }
    })
    if (touched) {
      await payload.update({ collection: 'roles', id: role.id, data: { permissions: next } as never, req, ...asSystem })
    }
  }
  return changed
}

/** Adds the missing items of the lists; answers how many items the lists have. */
export async function applyNomenclators(payload: Payload, items: NomenclatorItems) {
  let count = 0
  for (const [list, entries] of Object.entries(items)) {
    for (const [index, [value, ro, en, number]] of entries.entries()) {
      count++
      if (await findOne(payload, 'nomenclators', { list: { equals: list }, value: { equals: value } })) continue
      await createBilingual(
        payload,
        'nomenclators',
        { list, value, label: ro, number, order: (index + 1) * 10, active: true },
        { label: en },
      )
    }
  }
  return count
}

/** The id of a list's item, by its value. */
export async function itemId(payload: Payload, list: string, value: string) {
  return (await findOne(payload, 'nomenclators', { list: { equals: list }, value: { equals: value } }))?.id
}

async function createWorkflow(payload: Payload, workflow: WorkflowSeed) {
  const roleKeys = [...new Set(workflow.transitions.flatMap((tr) => tr.roleKeys ?? []))]
  const { docs: roles } = await payload.find({
    collection: 'roles',
    where: { key: { in: roleKeys } },
    limit: 0,
    ...asSystem,
  })
  const roleIds = Object.fromEntries(roles.map((r) => [r.key, r.id]))
  const created = await payload.create({
    collection: 'workflows',
    locale: 'ro',
    data: {
      ...workflow,
      name: workflow.name.ro,
      states: workflow.states.map((s) => ({ ...s, label: s.label.ro })),
      transitions: workflow.transitions.map(({ roleKeys: keys, ...tr }) => ({
        ...tr,
        label: tr.label.ro,
        roles: (keys ?? []).map((key) => roleIds[key]).filter(Boolean),
      })),
    } as never,
    ...asSystem,
  })
  // Localized labels inside arrays are matched by row id.
  await payload.update({
    collection: 'workflows',
    id: created.id,
    locale: 'en',
    data: {
      name: workflow.name.en,
      states: created.states.map((row, i) => ({ ...row, label: workflow.states[i].label.en })),
      transitions: created.transitions!.map((row, i) => ({ ...row, label: workflow.transitions[i].label.en })),
    } as never,
    ...asSystem,
  })
}

/** Adds the workflows missing by key; answers how many were added. */
export async function applyWorkflows(payload: Payload, workflows: WorkflowSeed[]) {
  let added = 0
  for (const workflow of workflows) {
    if (await findOne(payload, 'workflows', { key: { equals: workflow.key } })) continue
    await createWorkflow(payload, workflow)
    added++
  }
  return added
}
