import type { GanttTask } from 'frappe-gantt'

import { dayIn, daysBetween } from '@/lib/timeZone'
import { type WorkCalendar, workingDaysBetween } from '../../plan/workingDays'

/** A plan activity as the timeline reads it over REST (`depth=0`). */
export interface TimelineActivity {
  id: number
  title: string
  phase?: string | null
  plannedStart?: string | null
  plannedEnd?: string | null
  duration?: number | null
  baselineStart?: string | null
  baselineEnd?: string | null
  percentComplete?: number | null
  milestone?: boolean | null
  actualEnd?: string | null
  statusCategory?: string | null
  predecessors?: { activity?: number | { id: number } | null }[] | null
}

/** A bar of the timeline: frappe-gantt's task, with the activity and its baseline beside it. */
export type TimelineTask = GanttTask & {
  activityId: number | null
  baseline: { start: string; end: string } | null
}

export const taskId = (activityId: number) => `a${activityId}`
/**
 * A bar's class: one token, as frappe-gantt adds it with `classList.add`, which throws on a space
 * (a late milestone drawn as "plan-milestone plan-late" broke the whole timeline).
 */
const classOf = (milestone: boolean, late: boolean) =>
  milestone ? (late ? 'plan-milestone-late' : 'plan-milestone') : late ? 'plan-late' : ''
const isFinished = (a: TimelineActivity) =>
  Boolean(a.actualEnd) || ['done', 'cancelled'].includes(String(a.statusCategory))

/**
 * The plan as timeline rows: each phase (in the order its first activity starts) as a summary bar
 * over its activities, then its activities with their finish-to-start links, milestones marked,
 * late ones flagged, and the baseline kept at approval. Days are read in the settings' time zone.
 */
export function timelineTasks(activities: TimelineActivity[], timeZone: string, today: string): TimelineTask[] {
  const scheduled = activities
    .filter((a) => a.plannedStart)
    .map((a) => {
      const start = dayIn(a.plannedStart!, timeZone)
      const end = a.plannedEnd ? dayIn(a.plannedEnd, timeZone) : start
      return { a, start, end: end < start ? start : end }
    })
    .sort((x, y) => x.start.localeCompare(y.start) || x.a.id - y.a.id)
  const shown = new Set(scheduled.map(({ a }) => a.id))
  const phases = new Map<string, typeof scheduled>()
  for (const row of scheduled) {
    const phase = row.a.phase?.trim() ?? ''
    phases.set(phase, [...(phases.get(phase) ?? []), row])
  }
  const tasks: TimelineTask[] = []
  let phaseIndex = 0
  for (const [phase, rows] of phases) {
    if (phase) {
      const effort = rows.reduce((sum, { a }) => sum + (isFinished(a) ? 100 : (a.percentComplete ?? 0)), 0)
      tasks.push({
        id: `phase-${phaseIndex++}`,
        name: phase,
        start: rows.map((r) => r.start).sort()[0],
        end: rows
          .map((r) => r.end)
          .sort()
          .at(-1)!,
        progress: Math.round(effort / rows.length),
        custom_class: 'plan-phase',
        activityId: null,
        baseline: null,
      })
    }
    for (const { a, start, end } of rows) {
      const late = !isFinished(a) && end < today
      tasks.push({
        id: taskId(a.id),
        name: a.title,
        start,
        end,
        progress: isFinished(a) ? 100 : Math.max(0, Math.min(100, a.percentComplete ?? 0)),
        dependencies: (a.predecessors ?? [])
          .map((p) => (p.activity && typeof p.activity === 'object' ? p.activity.id : p.activity))
          .filter((id): id is number => typeof id === 'number' && shown.has(id))
          .map(taskId)
          .join(', '),
        custom_class: classOf(Boolean(a.milestone), late),
        activityId: a.id,
        baseline:
          a.baselineStart && a.baselineEnd
            ? { start: dayIn(a.baselineStart, timeZone), end: dayIn(a.baselineEnd, timeZone) }
            : null,
      })
    }
  }
  return tasks
}

/**
 * What a drag on the timeline asks the API for: a move keeps the activity's duration and sends its
 * new start (the server snaps it to a working day, may push it after its predecessors and moves its
 * successors); a resize sends the new duration in working days (and the start when the left edge
 * moved). Null when nothing changed.
 */
export function dragChange(
  before: { start: string; end: string; milestone: boolean },
  after: { start: string; end: string },
  cal: WorkCalendar,
): { plannedStart?: string; duration?: number } | null {
  const resized = !before.milestone && daysBetween(after.start, after.end) !== daysBetween(before.start, before.end)
  const change: { plannedStart?: string; duration?: number } = {}
  if (after.start !== before.start) change.plannedStart = `${after.start}T12:00:00.000Z`
  if (resized) change.duration = Math.max(1, workingDaysBetween(after.start, after.end, cal))
  return Object.keys(change).length > 0 ? change : null
}

/** A browser-local date (as frappe-gantt hands them) as its `YYYY-MM-DD` day. */
export const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/**
 * The `YYYY-MM-DD` day the timeline opens on (frappe-gantt's `scroll_to`): today while it falls
 * within the plan (from the project's start or its earliest activity, whichever comes first, to
 * its last end); otherwise that first day, so a plan starting months from now, or long over, does
 * not open on the empty columns around today. Null without bars.
 */
export function openingDay(
  tasks: Pick<TimelineTask, 'start' | 'end'>[],
  projectStart: string | null,
  today: string,
): string | null {
  if (tasks.length === 0) return null
  const starts = tasks.map((task) => task.start)
  if (projectStart) starts.push(projectStart)
  const first = starts.sort()[0]
  const last = tasks
    .map((task) => task.end)
    .sort()
    .at(-1)!
  return today >= first && today <= last ? today : first
}
