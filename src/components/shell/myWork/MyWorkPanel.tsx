'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import type { Column } from '../../shared/DataTable'
import { styles } from '../../shared/styles'
import type {
  MyActionRow,
  MyContractActivityRow,
  MyProjectActivityRow,
  MyProjectDeliverableRow,
  MyTicketRow,
  MyTodoRow,
} from './types'
import { amount, when } from './format'
import { textFor } from './text'
import { useMyWork } from './useMyWork'
import { OverdueMark, WorkSection } from './WorkSection'

/** Rows per list on the dashboard; the page shows all the server sends. */
const DASHBOARD_ROWS = 5
/** Room between the home page's figures above and the short list. */
const DASHBOARD_STYLE = { marginTop: 'calc(var(--base) * 1.5)' }

/**
 * The signed-in user's work (R30): open tickets, ticket actions to carry out, today's todos and
 * contract and project activities not yet done, project deliverables not yet accepted, each row linking to its record. Lists of records the user's roles do not read are left out.
 * `compact` is the dashboard's short version with a link to the full page.
 */
export function MyWorkPanel({ compact = false }: { compact?: boolean }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const { answer, error } = useMyWork()
  const adminRoute = config.routes.admin
  const href = (collection: string, id: number) =>
    formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })
  const link = (collection: string, id: number, label: string) => (
    <a href={href(collection, id)} style={styles.link}>
      {label}
    </a>
  )
  const zone = answer?.timeZone ?? 'Europe/Bucharest'
  /** The record a row belongs to (a contract, a project), by number and name. */
  const parentLink = (
    collection: string,
    parent: { id: number; number: string | null } | null,
    name: string | null | undefined,
  ) => (parent ? link(collection, parent.id, [parent.number, name].filter(Boolean).join(' ') || `#${parent.id}`) : '—')
  /** A due day, marked when past. */
  const dueDay = (day: string | null, overdue: boolean) => (
    <>
      {when(day, zone, true)}
      <OverdueMark overdue={overdue} text={text} />
    </>
  )

  const ticketColumns: Column<MyTicketRow>[] = [
    { label: text.number, cell: (row) => link('tickets', row.id, row.number ?? `#${row.id}`) },
    { label: text.subject, cell: (row) => link('tickets', row.id, row.title) },
    { label: text.client, cell: (row) => row.client ?? '—' },
    ...(compact ? [] : [{ label: text.type, cell: (row: MyTicketRow) => row.type ?? '—' }]),
    { label: text.priority, cell: (row) => row.priority?.label ?? '—' },
    { label: text.status, cell: (row) => row.statusLabel ?? '—' },
    {
      label: text.due,
      cell: (row) => (
        <>
          {when(row.dueDate, zone)}
          <OverdueMark overdue={row.overdue} text={text} />
        </>
      ),
    },
  ]
  const actionColumns: Column<MyActionRow>[] = [
    { label: text.subject, cell: (row) => link('ticket-actions', row.id, row.title) },
    {
      label: text.ticket,
      cell: (row) =>
        row.ticket
          ? link(
              'tickets',
              row.ticket.id,
              [row.ticket.number, row.ticket.title].filter(Boolean).join(' ') || `#${row.ticket.id}`,
            )
          : '—',
    },
    ...(compact ? [] : [{ label: text.type, cell: (row: MyActionRow) => row.type ?? '—' }]),
    { label: text.status, cell: (row) => row.statusLabel ?? '—' },
    {
      label: text.planned,
      cell: (row) => (
        <>
          {when(row.plannedAt, zone)}
          <OverdueMark overdue={row.overdue} text={text} />
        </>
      ),
    },
  ]
  const todoColumns: Column<MyTodoRow>[] = [
    { label: text.subject, cell: (row) => link('todos', row.id, row.title) },
    { label: text.type, cell: (row) => text.todoTypes[row.type] ?? row.type },
    { label: text.client, cell: (row) => row.client ?? '—' },
    {
      label: text.when,
      cell: (row) => (
        <>
          {when(row.due ?? row.start, zone, row.allDay)}
          {row.allDay ? ` (${text.allDay})` : ''}
          <OverdueMark overdue={row.overdue} text={text} />
        </>
      ),
    },
  ]

  const contractActivityColumns: Column<MyContractActivityRow>[] = [
    { label: text.subject, cell: (row) => link('contract-activities', row.id, row.title) },
    { label: text.contract, cell: (row) => parentLink('contracts', row.contract, row.contract?.title) },
    ...(compact
      ? []
      : [
          { label: text.type, cell: (row: MyContractActivityRow) => row.type ?? '—' },
          { label: text.amount, cell: (row: MyContractActivityRow) => amount(row.amount) },
        ]),
    { label: text.status, cell: (row) => row.statusLabel ?? '—' },
    { label: text.due, cell: (row) => dueDay(row.dueDate, row.overdue) },
  ]
  const contractActivities = answer?.['contract-activities']

  const projectActivityColumns: Column<MyProjectActivityRow>[] = [
    { label: text.subject, cell: (row) => link('project-activities', row.id, row.title) },
    { label: text.project, cell: (row) => parentLink('projects', row.project, row.project?.name) },
    ...(compact
      ? []
      : [
          { label: text.planned, cell: (row: MyProjectActivityRow) => when(row.plannedStart, zone, true) },
          { label: text.progress, cell: (row: MyProjectActivityRow) => `${row.percentComplete ?? 0} %` },
        ]),
    { label: text.status, cell: (row) => row.statusLabel ?? '—' },
    { label: text.due, cell: (row) => dueDay(row.plannedEnd, row.overdue) },
  ]
  const projectActivities = answer?.['project-activities']

  const deliverableColumns: Column<MyProjectDeliverableRow>[] = [
    { label: text.subject, cell: (row) => link('project-deliverables', row.id, row.name) },
    { label: text.project, cell: (row) => parentLink('projects', row.project, row.project?.name) },
    ...(compact
      ? []
      : [
          {
            label: text.needsAcceptance,
            cell: (row: MyProjectDeliverableRow) => (row.needsAcceptance ? text.yes : text.no),
          },
        ]),
    { label: text.status, cell: (row) => row.statusLabel ?? '—' },
    { label: text.due, cell: (row) => dueDay(row.dueDate, row.overdue) },
  ]
  const deliverables = answer?.['project-deliverables']

  const limit = compact ? DASHBOARD_ROWS : undefined
  return (
    <div
      className="my-work"
      data-loading={answer === null ? 'true' : 'false'}
      style={compact ? DASHBOARD_STYLE : undefined}
    >
      {compact ? (
        <h2 style={styles.sectionHeading}>
          {text.title}{' '}
          <a href={formatAdminURL({ adminRoute, path: '/my-work' })} style={styles.muted}>
            {text.seeAll}
          </a>
        </h2>
      ) : (
        <h1>{text.title}</h1>
      )}
      {error && (
        <p className="my-work-error" role="alert" style={styles.error}>
          {error}
        </p>
      )}
      {answer === null ? (
        !error && <p style={styles.notice}>{text.loading}</p>
      ) : (
        <>
          {answer.tickets.readable && (
            <WorkSection
              id="my-work-tickets"
              title={text.tickets}
              total={answer.tickets.total}
              detail={answer.tickets.total > 0 ? text.byCategory(answer.tickets.byCategory) : undefined}
              rows={answer.tickets.rows}
              limit={limit}
              empty={text.noTickets}
              columns={ticketColumns}
              text={text}
            />
          )}
          {answer.actions.readable && (
            <WorkSection
              id="my-work-actions"
              title={text.actions}
              total={answer.actions.total}
              rows={answer.actions.rows}
              limit={limit}
              empty={text.noActions}
              columns={actionColumns}
              text={text}
            />
          )}
          {answer.todos.readable && (
            <WorkSection
              id="my-work-todos"
              title={text.todos}
              total={answer.todos.total}
              rows={answer.todos.rows}
              limit={limit}
              empty={text.noTodos}
              columns={todoColumns}
              text={text}
            />
          )}
          {contractActivities?.readable && (
            <WorkSection
              id="my-work-contract-activities"
              title={text.contractActivities}
              total={contractActivities.total}
              rows={contractActivities.rows}
              limit={limit}
              empty={text.noContractActivities}
              columns={contractActivityColumns}
              text={text}
            />
          )}
          {projectActivities?.readable && (
            <WorkSection
              id="my-work-project-activities"
              title={text.projectActivities}
              total={projectActivities.total}
              rows={projectActivities.rows}
              limit={limit}
              empty={text.noProjectActivities}
              columns={projectActivityColumns}
              text={text}
            />
          )}
          {deliverables?.readable && (
            <WorkSection
              id="my-work-project-deliverables"
              title={text.deliverables}
              total={deliverables.total}
              rows={deliverables.rows}
              limit={limit}
              empty={text.noDeliverables}
              columns={deliverableColumns}
              text={text}
            />
          )}
        </>
      )}
    </div>
  )
}
