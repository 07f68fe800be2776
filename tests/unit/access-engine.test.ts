import { describe, expect, it } from 'vitest'

import { combineRoles, grantFor } from '@/access/combine'
import { scopeToAccess } from '@/access/engine'
import type { Ownership } from '@/access/types'

const user = { id: 7, team: { id: 3 } }

describe('combining roles', () => {
  it('takes the widest scope per operation and any create', () => {
    const perms = combineRoles(
      [
        {
          key: 'a',
          functions: ['export'],
          permissions: [{ collection: 'clients', read: 'own', update: 'team', delete: 'none', create: false }],
        },
        {
          key: 'b',
          functions: ['reports'],
          permissions: [{ collection: 'clients', read: 'team', update: 'own', delete: 'none', create: true }],
        },
      ],
      user,
    )
    expect(grantFor(perms, 'clients')).toEqual({ read: 'team', update: 'team', delete: 'none', create: true })
    expect([...perms.functions].sort()).toEqual(['export', 'reports'])
    expect(perms.isAdmin).toBe(false)
    expect(perms.teamId).toBe(3)
  })

  it('gives nothing for a collection no role names', () => {
    const perms = combineRoles([{ key: 'x', permissions: [] }], user)
    expect(grantFor(perms, 'offers')).toEqual({ read: 'none', update: 'none', delete: 'none', create: false })
  })

  it('recognises the system administrator role by its key', () => {
    expect(combineRoles([{ key: 'admin' }], user).isAdmin).toBe(true)
  })
})

describe('scopes as Payload access results', () => {
  const perms = combineRoles([], user)
  const ownership: Ownership = { ownerFields: ['owner', 'responsible'], teamField: 'team' }

  it('all and none are booleans', () => {
    expect(scopeToAccess('all', perms, ownership)).toBe(true)
    expect(scopeToAccess('none', perms, ownership)).toBe(false)
  })

  it('own matches any owner field', () => {
    expect(scopeToAccess('own', perms, ownership)).toEqual({
      or: [{ owner: { equals: 7 } }, { responsible: { equals: 7 } }],
    })
  })

  it('team adds the user\u2019s team to their own records', () => {
    expect(scopeToAccess('team', perms, ownership)).toEqual({
      or: [{ owner: { equals: 7 } }, { responsible: { equals: 7 } }, { team: { equals: 3 } }],
    })
  })

  it('own on a collection without owners grants nothing', () => {
    expect(scopeToAccess('own', perms, {})).toBe(false)
    expect(scopeToAccess('team', combineRoles([], { id: 1, team: null }), { teamField: 'team' })).toBe(false)
  })

  it('self-owned records (users) are the user\u2019s own document', () => {
    expect(scopeToAccess('own', perms, { selfIsOwner: true })).toEqual({ id: { equals: 7 } })
  })
})

describe('the same rule on versions', () => {
  it('addresses the record\u2019s fields under version. and its id as parent', async () => {
    const { inVersions } = await import('@/access/collectionAccess')
    expect(inVersions(true)).toBe(true)
    expect(inVersions({ or: [{ owner: { equals: 7 } }, { id: { equals: 7 } }] })).toEqual({
      or: [{ 'version.owner': { equals: 7 } }, { parent: { equals: 7 } }],
    })
  })
})
