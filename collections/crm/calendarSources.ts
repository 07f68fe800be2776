import { calendarSource, userId, within } from '@/hooks/calendar/source'
import type { MarketingAction, Opportunity, Prospect, Todo } from '@/payload-types'

type TodoRow = Pick<
  Todo,
  'id' | 'title' | 'type' | 'start' | 'end' | 'due' | 'allDay' | 'responsible' | 'participants' | 'statusCategory'
>

const todos = calendarSource<TodoRow>({
  collection: 'todos',
  select: {
    title: true,
    type: true,
    start: true,
    end: true,
    due: true,
    allDay: true,
    responsible: true,
    participants: true,
    statusCategory: true,
  },
  sort: 'start',
  where: (owners, period) => ({
    and: [
      // A todo is on the calendars of its responsible and its participants.
      { or: [{ responsible: { in: owners } }, { participants: { in: owners } }] },
      {
        or: [
          within('start', period),
          // Without a start, the due date places it.
          { and: [{ start: { exists: false } }, within('due', period)] },
          // Begun before the period and still going on in it.
          {
            and: [
              { start: { less_than: period.from.toISOString() } },
              { end: { greater_than: period.from.toISOString() } },
            ],
          },
        ],
      },
    ],
  }),
  toItem: (todo, owners) => {
    const responsible = userId(todo.responsible)
    const participant = (todo.participants ?? []).map(userId).find((id) => owners.has(id))
    return {
      title: todo.title,
      start: (todo.start ?? todo.due)!,
      end: todo.start ? (todo.end ?? null) : null,
      allDay: Boolean(todo.allDay),
      kind: todo.type,
      statusCategory: todo.statusCategory ?? null,
      userId: owners.has(responsible) ? responsible : (participant ?? responsible),
    }
  },
})

type ActionRow = Pick<MarketingAction, 'id' | 'title' | 'due' | 'responsible' | 'statusCategory'>

const marketingActions = calendarSource<ActionRow>({
  collection: 'marketing-actions',
  select: { title: true, due: true, responsible: true, statusCategory: true },
  sort: 'due',
  where: (owners, period) => ({ and: [{ responsible: { in: owners } }, within('due', period)] }),
  toItem: (action) => ({
    title: action.title,
    start: action.due!,
    end: null,
    // A due date is a day, whatever time of day the date picker stored.
    allDay: true,
    kind: 'marketing-action',
    statusCategory: action.statusCategory ?? null,
    userId: userId(action.responsible),
  }),
})

type ProspectRow = Pick<Prospect, 'id' | 'companyName' | 'nextStep' | 'nextStepDate' | 'owner' | 'statusCategory'>

const prospects = calendarSource<ProspectRow>({
  collection: 'prospects',
  select: { companyName: true, nextStep: true, nextStepDate: true, owner: true, statusCategory: true },
  sort: 'nextStepDate',
  where: (owners, period) => ({ and: [{ owner: { in: owners } }, within('nextStepDate', period)] }),
  toItem: (prospect) => ({
    title: prospect.nextStep ? `${prospect.companyName}: ${prospect.nextStep}` : prospect.companyName,
    start: prospect.nextStepDate!,
    end: null,
    allDay: false,
    kind: 'prospect-next-step',
    statusCategory: prospect.statusCategory ?? null,
    userId: userId(prospect.owner),
  }),
})

type OpportunityRow = Pick<Opportunity, 'id' | 'title' | 'expectedCloseDate' | 'owner'>

const opportunities = calendarSource<OpportunityRow>({
  collection: 'opportunities',
  select: { title: true, expectedCloseDate: true, owner: true },
  sort: 'expectedCloseDate',
  // Won and lost opportunities have closed: only open ones still have a date to meet.
  where: (owners, period) => ({
    and: [{ owner: { in: owners } }, { outcome: { equals: 'open' } }, within('expectedCloseDate', period)],
  }),
  toItem: (opportunity) => ({
    title: opportunity.title,
    start: opportunity.expectedCloseDate!,
    end: null,
    allDay: true,
    kind: 'opportunity-close',
    statusCategory: 'open',
    userId: userId(opportunity.owner),
  }),
})

/** The CRM's dated records on the calendar (R10). */
export const crmCalendarSources = [todos, marketingActions, prospects, opportunities]
