import type { Where } from 'payload'

import { calendarSource, userId, within } from '@/hooks/calendar/source'
import type { ProjectActivity, ProjectDeliverable } from '@/payload-types'

type ActivityRow = Pick<
  ProjectActivity,
  'id' | 'title' | 'plannedStart' | 'plannedEnd' | 'milestone' | 'responsible' | 'statusCategory'
>

/**
 * The plan on the calendar of the person responsible (R10, R22): each activity from its planned
 * start to its planned end, whole days; a milestone on its day, marked as one. Any activity that
 * overlaps the period shows, not only those starting in it.
 */
const activities = calendarSource<ActivityRow>({
  collection: 'project-activities',
  select: {
    title: true,
    plannedStart: true,
    plannedEnd: true,
    milestone: true,
    responsible: true,
    statusCategory: true,
  },
  sort: 'plannedStart',
  where: (owners, { from, to }): Where => ({
    and: [
      { responsible: { in: owners } },
      { plannedStart: { less_than: to.toISOString() } },
      { plannedEnd: { greater_than_equal: from.toISOString() } },
    ],
  }),
  toItem: (activity) => ({
    title: activity.title,
    start: activity.plannedStart!,
    end: activity.milestone ? null : (activity.plannedEnd ?? null),
    allDay: true,
    kind: activity.milestone ? 'project-milestone' : 'project-activity',
    statusCategory: activity.statusCategory ?? null,
    userId: userId(activity.responsible),
  }),
})

type DeliverableRow = Pick<ProjectDeliverable, 'id' | 'name' | 'dueDate' | 'responsible' | 'statusCategory'>

/** A deliverable on its due day, on the calendar of the person preparing it. */
const deliverables = calendarSource<DeliverableRow>({
  collection: 'project-deliverables',
  select: { name: true, dueDate: true, responsible: true, statusCategory: true },
  sort: 'dueDate',
  where: (owners, period) => ({ and: [{ responsible: { in: owners } }, within('dueDate', period)] }),
  toItem: (deliverable) => ({
    title: deliverable.name,
    start: deliverable.dueDate!,
    end: null,
    allDay: true,
    kind: 'project-deliverable',
    statusCategory: deliverable.statusCategory ?? null,
    userId: userId(deliverable.responsible),
  }),
})

export const projectsCalendarSources = [activities, deliverables]
