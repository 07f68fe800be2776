import type { Bilingual } from '@/lib/i18n'
import { addDays, daysBetween } from '@/lib/timeZone'
import { addWorkingDays, type WorkCalendar } from '../plan/workingDays'
import type { ConditionKey } from './conditions'

type Id = number | string
/** Still to be done: not finished (done, validated, accepted, submitted) nor cancelled. */
const OPEN_CATEGORIES = new Set(['open', 'active'])

/** The project and its plan as the conditions read them, dates as days in the settings' zone. */
export interface PlanFacts {
  project: {
    id: Id
    label: string
    spentHours: number | null
    budgetHours: number | null
    plannedEnd: string | null
  }
  activities: {
    id: Id
    title: string
    statusCategory: string | null
    milestone: boolean
    plannedStart: string | null
    plannedEnd: string | null
    baselineEnd: string | null
    actualStart: string | null
    plannedEffort: number | null
    spentEffort: number | null
    responsible: Id | null
  }[]
  deliverables: {
    id: Id
    name: string
    statusCategory: string | null
    dueDate: string | null
    responsible: Id | null
  }[]
}

/** One subject for which a condition holds now; the same `key` stays one event until it clears. */
export interface Occurrence {
  key: string
  subject: { relationTo: 'project-activities' | 'project-deliverables'; value: Id } | null
  responsible: Id | null
  message: Bilingual
}

const shown = (day: string) => day.split('-').reverse().join('.')
const isOpen = (category: string | null) => OPEN_CATEGORIES.has(category ?? 'open')
const percentOf = (spent: number, planned: number) => Math.round((spent / planned) * 100)

const onActivity = (a: PlanFacts['activities'][number], message: Bilingual): Occurrence => ({
  key: `activity:${a.id}`,
  subject: { relationTo: 'project-activities', value: a.id },
  responsible: a.responsible,
  message,
})
const onDeliverable = (d: PlanFacts['deliverables'][number], message: Bilingual): Occurrence => ({
  key: `deliverable:${d.id}`,
  subject: { relationTo: 'project-deliverables', value: d.id },
  responsible: d.responsible,
  message,
})

/** Past `day` by more than `grace` working days: today is after the grace's last working day. */
const lateAfter = (day: string, grace: number, today: string, cal: WorkCalendar) =>
  today > addWorkingDays(day, grace, cal)

/**
 * Where a condition holds on `today` with threshold `n` (days or percent, as the condition counts),
 * each occurrence with its subject and the message people read.
 */
export function occurrencesOf(
  condition: ConditionKey,
  n: number,
  facts: PlanFacts,
  today: string,
  cal: WorkCalendar,
): Occurrence[] {
  const { project, activities, deliverables } = facts
  switch (condition) {
    case 'activity-not-started':
      return activities
        .filter((a) => a.statusCategory === 'open' && !a.actualStart && a.plannedStart)
        .filter((a) => today >= addWorkingDays(a.plannedStart!, n, cal))
        .map((a) =>
          onActivity(a, {
            en: `"${a.title}" has not started ${n} working day(s) after its planned start (${shown(a.plannedStart!)}).`,
            ro: `„${a.title}” nu a început la ${n} zi(le) lucrătoare după începutul planificat (${shown(a.plannedStart!)}).`,
          }),
        )
    case 'activity-overdue':
    case 'milestone-missed': {
      const milestones = condition === 'milestone-missed'
      return activities
        .filter((a) => a.milestone === milestones && isOpen(a.statusCategory) && a.plannedEnd)
        .filter((a) => lateAfter(a.plannedEnd!, n, today, cal))
        .map((a) =>
          onActivity(
            a,
            milestones
              ? {
                  en: `Milestone "${a.title}" was due on ${shown(a.plannedEnd!)} and is not reached.`,
                  ro: `Jalonul „${a.title}” era planificat la ${shown(a.plannedEnd!)} și nu a fost atins.`,
                }
              : {
                  en: `"${a.title}" should have ended on ${shown(a.plannedEnd!)} and is not done.`,
                  ro: `„${a.title}” trebuia să se încheie la ${shown(a.plannedEnd!)} și nu este realizată.`,
                },
          ),
        )
    }
    case 'deliverable-overdue':
      return deliverables
        .filter((d) => isOpen(d.statusCategory) && d.dueDate && lateAfter(d.dueDate, n, today, cal))
        .map((d) =>
          onDeliverable(d, {
            en: `Deliverable "${d.name}" was due on ${shown(d.dueDate!)} and is not handed over.`,
            ro: `Livrabilul „${d.name}” avea termen ${shown(d.dueDate!)} și nu a fost predat.`,
          }),
        )
    case 'deliverable-due-soon':
      return deliverables
        .filter((d) => isOpen(d.statusCategory) && d.dueDate && d.dueDate >= today && d.dueDate <= addDays(today, n))
        .map((d) =>
          onDeliverable(d, {
            en: `Deliverable "${d.name}" is due on ${shown(d.dueDate!)}.`,
            ro: `Livrabilul „${d.name}” are termen ${shown(d.dueDate!)}.`,
          }),
        )
    case 'activity-effort-over':
      return activities
        .filter((a) => (a.plannedEffort ?? 0) > 0 && (a.spentEffort ?? 0) * 100 > a.plannedEffort! * n)
        .map((a) => {
          const share = percentOf(a.spentEffort!, a.plannedEffort!)
          return onActivity(a, {
            en: `"${a.title}" has used ${a.spentEffort} h of ${a.plannedEffort} h planned (${share} %, above ${n} %).`,
            ro: `„${a.title}” a consumat ${a.spentEffort} h din ${a.plannedEffort} h planificate (${share} %, peste ${n} %).`,
          })
        })
    case 'project-effort-over': {
      const budget = project.budgetHours ?? 0
      const spent = project.spentHours ?? 0
      if (budget <= 0 || spent * 100 <= budget * n) return []
      const share = percentOf(spent, budget)
      return [
        {
          key: 'project',
          subject: null,
          responsible: null,
          message: {
            en: `${project.label} has used ${spent} h of its ${budget} h budget (${share} %, above ${n} %).`,
            ro: `${project.label} a consumat ${spent} h din bugetul de ${budget} h (${share} %, peste ${n} %).`,
          },
        },
      ]
    }
    case 'project-end-slipping': {
      const baselines = activities.map((a) => a.baselineEnd).filter((d): d is string => Boolean(d))
      const ends = activities.map((a) => a.plannedEnd).filter((d): d is string => Boolean(d))
      if (baselines.length === 0) return []
      const baseline = baselines.reduce((a, b) => (a > b ? a : b))
      const planned = project.plannedEnd ?? (ends.length ? ends.reduce((a, b) => (a > b ? a : b)) : null)
      if (!planned || daysBetween(baseline, planned) <= n) return []
      const slip = daysBetween(baseline, planned)
      return [
        {
          key: 'project',
          subject: null,
          responsible: null,
          message: {
            en: `${project.label} now ends on ${shown(planned)}, ${slip} days after its baseline (${shown(baseline)}).`,
            ro: `${project.label} se încheie acum la ${shown(planned)}, cu ${slip} zile după referință (${shown(baseline)}).`,
          },
        },
      ]
    }
  }
}
