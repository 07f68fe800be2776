import { addDays } from '@/lib/timeZone'
import { type WorkCalendar, workingDaysBetween } from '../plan/workingDays'

/** One activity of the plan as the health reads it; days are `YYYY-MM-DD` in the settings' time zone. */
export interface HealthActivity {
  id: number
  title: string
  plannedEnd: string | null
  baselineEnd: string | null
  plannedEffort: number | null
  percentComplete: number | null
  milestone: boolean
  /** Marked done (or validated, or cancelled): `actualEnd` is set or its state is in a closed category. */
  finished: boolean
}

export interface HealthProject {
  plannedEnd: string | null
  budgetHours: number | null
  spentHours: number | null
}

/** green: on track; amber: late or close to the budget; red: well past the baseline or over budget. */
export type HealthLevel = 'green' | 'amber' | 'red'

export interface ProjectHealth {
  plannedEnd: string | null
  /** The latest end of the baseline kept at approval; null before any approval. */
  baselineEnd: string | null
  /** Working days the planned end moved past the baseline end (0 when on or before it; null without a baseline). */
  slipDays: number | null
  /** Activities past their planned end and not finished. */
  overdue: number
  spentHours: number
  budgetHours: number | null
  plannedEffort: number
  /** Spent hours as % of the budget in hours / of the planned effort; null when there is none. */
  burnOfBudget: number | null
  burnOfPlan: number | null
  /** % complete of the plan, weighted by planned effort (plain mean when no effort is planned). */
  progress: number
  nextMilestone: { id: number; title: string; plannedEnd: string } | null
  level: HealthLevel
}

/** Slip past the baseline (working days) from which the project shows red. */
export const RED_SLIP_DAYS = 5
/** Budget burn (%) from which the project shows amber. */
export const AMBER_BURN = 90

const percent = (part: number, whole: number | null) =>
  whole && whole > 0 ? Math.round((part / whole) * 1000) / 10 : null

const latest = (days: (string | null)[]) =>
  days.reduce<string | null>((max, day) => (day && (!max || day > max) ? day : max), null)

/**
 * A project's health at a glance (the project page and the portfolio use this one computation):
 * schedule slip against the baseline in working days of the company calendar, overdue activities,
 * effort burn against the budget and the planned effort, and progress weighted by planned effort.
 */
export function projectHealth(
  project: HealthProject,
  activities: HealthActivity[],
  today: string,
  cal: WorkCalendar,
): ProjectHealth {
  const plannedEnd = latest([project.plannedEnd, ...activities.map((a) => a.plannedEnd)])
  const baselineEnd = latest(activities.map((a) => a.baselineEnd))
  const slipDays =
    baselineEnd === null
      ? null
      : plannedEnd && plannedEnd > baselineEnd
        ? workingDaysBetween(addDays(baselineEnd, 1), plannedEnd, cal)
        : 0
  const overdue = activities.filter((a) => !a.finished && a.plannedEnd !== null && a.plannedEnd < today).length

  const plannedEffort = activities.reduce((sum, a) => sum + Math.max(0, a.plannedEffort ?? 0), 0)
  const done = (a: HealthActivity) => (a.finished ? 100 : Math.min(100, Math.max(0, a.percentComplete ?? 0)))
  const progress =
    activities.length === 0
      ? 0
      : plannedEffort > 0
        ? activities.reduce((sum, a) => sum + done(a) * Math.max(0, a.plannedEffort ?? 0), 0) / plannedEffort
        : activities.reduce((sum, a) => sum + done(a), 0) / activities.length

  const spentHours = project.spentHours ?? 0
  const burnOfBudget = percent(spentHours, project.budgetHours)
  const milestone = activities
    .filter((a) => a.milestone && !a.finished && a.plannedEnd)
    .sort((a, b) => a.plannedEnd!.localeCompare(b.plannedEnd!))[0]

  const level: HealthLevel =
    (slipDays ?? 0) > RED_SLIP_DAYS || (burnOfBudget ?? 0) > 100
      ? 'red'
      : (slipDays ?? 0) > 0 || overdue > 0 || (burnOfBudget ?? 0) >= AMBER_BURN
        ? 'amber'
        : 'green'

  return {
    plannedEnd,
    baselineEnd,
    slipDays,
    overdue,
    spentHours,
    budgetHours: project.budgetHours,
    plannedEffort,
    burnOfBudget,
    burnOfPlan: percent(spentHours, plannedEffort),
    progress: Math.round(progress * 10) / 10,
    nextMilestone: milestone ? { id: milestone.id, title: milestone.title, plannedEnd: milestone.plannedEnd! } : null,
    level,
  }
}
