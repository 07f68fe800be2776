import type { MyContractActivityRow } from '@/collections/contracts'
import type { MyTodoRow } from '@/collections/crm'
import type { MyProjectActivityRow, MyProjectDeliverableRow } from '@/collections/projects'
import type { MyActionRow, MyTicketRow, TicketSection } from '@/collections/support'
import type { Section } from '@/hooks/myWork/types'

export type {
  MyActionRow,
  MyContractActivityRow,
  MyProjectActivityRow,
  MyProjectDeliverableRow,
  MyTicketRow,
  MyTodoRow,
  TicketSection,
}

/** What `GET /api/my-work` answers with every module in: one section per module source. */
export interface MyWorkAnswer {
  /** The settings' time zone: "today" and the times shown are counted in it. */
  timeZone: string
  today: string
  tickets: TicketSection
  actions: Section<MyActionRow>
  todos: Section<MyTodoRow>
  /** Absent when the contracts module is left out. */
  'contract-activities'?: Section<MyContractActivityRow>
  /** Absent when the projects module is left out. */
  'project-activities'?: Section<MyProjectActivityRow>
  /** Absent when the projects module is left out. */
  'project-deliverables'?: Section<MyProjectDeliverableRow>
}
