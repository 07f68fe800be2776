import type { PayloadRequest } from 'payload'

import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import { mayRead } from '@/access/mayRead'
import { fieldOf } from '@/lib/relations'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import type { Section, Workflowed } from '@/hooks/myWork/types'
import { homeMoment } from '@/hooks/home/moment'
import { dueOrStartingToday, isOverdue, pastDue, todoStillOpen } from './windows'

export interface MyTodoRow extends Workflowed {
  id: number
  title: string
  type: string
  start: string | null
  due: string | null
  allDay: boolean
  client: string | null
}

/**
 * The user's todos for today, counted in the settings' time zone: those due or starting today and
 * those already past due, all still open (done and cancelled ones are no longer work).
 */
export async function myTodos(
  req: PayloadRequest,
  me: number,
  now: Date,
  timeZone: string,
): Promise<Section<MyTodoRow>> {
  if (!(await mayRead(req, 'todos'))) return { readable: false, total: 0, rows: [] }
  const { dayStart, dayEnd } = homeMoment(now, timeZone)
  const [labels, page] = await Promise.all([
    stateLabels(req, 'todos'),
    req.payload.find({
      collection: 'todos',
      where: {
        and: [
          { responsible: { equals: me } },
          todoStillOpen,
          {
            or: [...dueOrStartingToday(dayStart, dayEnd), ...pastDue(now, dayStart)].map((conditions) => ({
              and: conditions,
            })),
          },
        ],
      },
      sort: ['due', 'start', 'id'],
      limit: ROWS_PER_SECTION,
      depth: 1,
      select: {
        title: true,
        type: true,
        start: true,
        due: true,
        allDay: true,
        client: true,
        status: true,
        statusCategory: true,
      },
      populate: { clients: { name: true } },
      user: req.user,
      overrideAccess: false,
      req,
    }),
  ])
  const when = (todo: { due?: string | null; start?: string | null }) => todo.due ?? todo.start ?? ''
  const rows = [...page.docs]
    .sort((a, b) => when(a).localeCompare(when(b)))
    .map((todo): MyTodoRow => ({
      id: todo.id,
      title: todo.title,
      type: todo.type,
      start: todo.start ?? null,
      due: todo.due ?? null,
      allDay: Boolean(todo.allDay),
      client: fieldOf(todo.client, 'name'),
      ...stateOf(labels, todo),
      overdue: isOverdue(todo, now, timeZone),
    }))
  return { readable: true, total: page.totalDocs, rows }
}
