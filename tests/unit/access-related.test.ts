import { describe, expect, it } from 'vitest'

import { combineRoles, widest } from '@/access/combine'
import { scopeToAccess } from '@/access/engine'
import { registerOwnership } from '@/access/ownerships'
import type { Ownership } from '@/access/types'

const perms = combineRoles([], { id: 7, team: { id: 3 } })

// A client, its projects and their activities, as the modules declare them; `loop` points back.
registerOwnership('u-clients', { ownerFields: ['owner'], teamField: 'team' })
registerOwnership('u-projects', {
  ownerFields: ['manager', 'members.user'],
  teamField: 'team',
  through: [{ field: 'client', collection: 'u-clients' }],
})
const activity: Ownership = {
  ownerFields: ['responsible'],
  teamField: 'team',
  through: [{ field: 'project', collection: 'u-projects' }],
}

describe('the related scope', () => {
  it('reaches the records under an own parent, followed up the links', () => {
    expect(scopeToAccess('related', perms, activity)).toEqual({
      or: [
        { responsible: { equals: 7 } },
        {
          or: [
            { 'project.manager': { equals: 7 } },
            { 'project.members.user': { equals: 7 } },
            { 'project.client.owner': { equals: 7 } },
          ],
        },
      ],
    })
  })

  it('stays own where nothing is declared, and team adds the team and what is under the team\u2019s parents', () => {
    expect(scopeToAccess('related', perms, { ownerFields: ['owner'] })).toEqual({ owner: { equals: 7 } })
    const team = scopeToAccess('team', perms, {
      ownerFields: ['owner'],
      through: [{ field: 'client', collection: 'u-clients' }],
    })
    expect(team).toEqual({
      or: [{ owner: { equals: 7 } }, { or: [{ 'client.owner': { equals: 7 } }, { 'client.team': { equals: 3 } }] }],
    })
  })

  it('stops at a loop of links', () => {
    registerOwnership('u-a', { ownerFields: ['owner'], through: [{ field: 'b', collection: 'u-b' }] })
    registerOwnership('u-b', { ownerFields: ['owner'], through: [{ field: 'a', collection: 'u-a' }] })
    const start: Ownership = { ownerFields: ['owner'], through: [{ field: 'a', collection: 'u-a' }] }
    expect(scopeToAccess('related', perms, start)).toEqual({
      or: [{ owner: { equals: 7 } }, { or: [{ 'a.owner': { equals: 7 } }, { 'a.b.owner': { equals: 7 } }] }],
    })
  })

  it('sits between own and team when roles combine', () => {
    expect(widest('own', 'related')).toBe('related')
    expect(widest('related', 'team')).toBe('team')
  })
})
