import { calendarSource, userId, within } from '@/hooks/calendar/source'
import type { Period } from '@/hooks/calendar/types'
import { say, t } from '@/lib/i18n'
import type { Contract, ContractActivity } from '@/payload-types'
import { SIGNED_STATES } from './contracts/steps'

type ActivityRow = Pick<ContractActivity, 'id' | 'title' | 'dueDate' | 'responsible' | 'statusCategory'>

/** What a contract commits to, on the calendar of the person responsible, by due date (done ones ticked). */
const activities = calendarSource<ActivityRow>({
  collection: 'contract-activities',
  select: { title: true, dueDate: true, responsible: true, statusCategory: true },
  sort: 'dueDate',
  where: (owners, period) => ({ and: [{ responsible: { in: owners } }, within('dueDate', period)] }),
  toItem: (activity) => ({
    title: activity.title,
    start: activity.dueDate,
    end: null,
    // A due date is a day.
    allDay: true,
    kind: 'contract-activity',
    statusCategory: activity.statusCategory ?? null,
    userId: userId(activity.responsible),
  }),
})

type ContractRow = Pick<Contract, 'id' | 'title' | 'number' | 'owner' | 'statusCategory'> &
  Partial<Pick<Contract, 'renewalDecisionDate' | 'endDate'>>

/**
 * One date of the contracts still in force (signed or active), on their owner's calendar: a draft
 * may never be signed, and an ended, terminated or cancelled contract has no date left to meet.
 */
const contractDate = (
  key: string,
  field: 'renewalDecisionDate' | 'endDate',
  kind: string,
  label: { en: string; ro: string },
) =>
  calendarSource<ContractRow>({
    collection: 'contracts',
    key,
    select: { title: true, number: true, owner: true, statusCategory: true, [field]: true },
    sort: field,
    where: (owners: number[], period: Period) => ({
      and: [{ owner: { in: owners } }, { status: { in: SIGNED_STATES } }, within(field, period)],
    }),
    toItem: (contract, _owners, language) => ({
      title: `${say(language, label)}: ${contract.title}`,
      start: contract[field]!,
      end: null,
      allDay: true,
      kind,
      statusCategory: contract.statusCategory ?? null,
      userId: userId(contract.owner),
    }),
  })

/** The contracts' dates on the calendar and in the iCalendar feed (R10, R19, R20). */
export const contractsCalendarSources = [
  activities,
  contractDate('renewal', 'renewalDecisionDate', 'contract-renewal', t('Renewal decision', 'Decizie de prelungire')),
  contractDate('end', 'endDate', 'contract-end', t('Contract ends', 'Contractul se încheie')),
]
