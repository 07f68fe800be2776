import { describe, expect, it } from 'vitest'

import { auditFields, notWhenCreating } from '@/fields/audit'

describe('system fields in the form: absent on create, folded on edit', () => {
  const [section] = auditFields as unknown as [
    { type: string; admin: { position: string; initCollapsed: boolean }; fields: { name: string }[] },
  ]
  const when = (operation: 'create' | 'update') =>
    notWhenCreating({}, {}, { operation, blockData: undefined, path: [], user: null } as never)

  it('hides who created and changed a record until it is saved', () => {
    expect(when('create')).toBe(false)
    expect(when('update')).toBe(true)
  })

  it('keeps them in a folded sidebar section once saved', () => {
    expect(section).toMatchObject({ type: 'collapsible', admin: { position: 'sidebar', initCollapsed: true } })
    expect(section.fields.map((field) => field.name)).toEqual(['createdBy', 'updatedBy'])
  })
})
