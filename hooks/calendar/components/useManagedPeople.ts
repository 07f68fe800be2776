'use client'
import { useEffect, useState } from 'react'

import { request } from '@/components/shared/request'

export interface Person {
  id: number
  name: string
}

/**
 * The other members of the teams the user manages, for the person picker; null for someone who
 * manages no team. The server decides again on every calendar request whose items may be shown.
 */
export function useManagedPeople(api: string, userId: number | string): Person[] | null {
  const [people, setPeople] = useState<Person[] | null>(null)
  useEffect(() => {
    let current = true
    ;(async () => {
      const teams = await request<{ docs: { id: number }[] }>(
        `${api}/teams?where[managers][equals]=${userId}&depth=0&limit=100&select[key]=true`,
      )
      if (teams.docs.length === 0) return
      const members = await request<{ docs: Person[] }>(
        `${api}/users?where[team][in]=${teams.docs.map((team) => team.id).join(',')}&depth=0&limit=500&sort=name&select[name]=true`,
      )
      if (current) setPeople(members.docs.filter((member) => String(member.id) !== String(userId)))
    })().catch(() => {
      // Without the list the picker is not offered; the user still has their own calendar.
    })
    return () => {
      current = false
    }
  }, [api, userId])
  return people
}
