import type { PayloadRequest } from 'payload'

import { badRequest } from '@/lib/errors'
import { type PlanItem, planProblems } from './schedule'

type Row = Record<string, unknown>

/** A template's activities as the scheduler reads them. */
export const planItemsOf = (activities: unknown): PlanItem[] =>
  ((activities ?? []) as Row[]).map((activity) => ({
    key: String(activity.key ?? ''),
    title: activity.title ? String(activity.title) : undefined,
    offset: Number(activity.offset ?? 0),
    duration: Number(activity.duration ?? 0),
    predecessors: ((activity.predecessors ?? []) as Row[]).map((p) => ({
      key: String(p.activity ?? ''),
      lag: Number(p.lag ?? 0),
    })),
  }))

/** Refuses (400) a plan the scheduler cannot place, naming the cycle, the unknown links and the bad items. */
export function refuseUnschedulable(req: PayloadRequest, items: PlanItem[]) {
  const { unknown, cycle, invalid } = planProblems(items)
  const en: string[] = []
  const ro: string[] = []
  if (cycle.length) {
    const loop = [...cycle, cycle[0]].join(' → ')
    en.push(`the activities form a cycle: ${loop}`)
    ro.push(`activitățile formează un ciclu: ${loop}`)
  }
  for (const u of unknown) {
    en.push(`${u.activity} follows an unknown activity "${u.predecessor}"`)
    ro.push(`${u.activity} urmează o activitate necunoscută „${u.predecessor}”`)
  }
  for (const i of invalid) {
    en.push(`${i.activity || '(no key)'}: ${i.reason}`)
    ro.push(`${i.activity || '(fără cheie)'}: ${i.reason}`)
  }
  if (en.length) {
    throw badRequest(req, {
      en: `The plan cannot be scheduled: ${en.join('; ')}.`,
      ro: `Planul nu poate fi programat: ${ro.join('; ')}.`,
    })
  }
}
