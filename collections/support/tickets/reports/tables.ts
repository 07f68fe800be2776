import type { Bilingual } from '@/hooks/workflow/types'
import { t } from '@/lib/i18n'
import type { ReportContext } from './context'
import { byClient, byResponsible, byState, byType } from './counts'
import { resolution, slaBreaches, weekly } from './timing'
import type { ReportColumn, ReportRow, ReportTable, ReportTableName } from './types'

interface TableSpec {
  title: Bilingual
  columns: { key: string; label: Bilingual; kind: ReportColumn['kind'] }[]
  rows: (ctx: ReportContext) => Promise<ReportRow[]>
}

const text = (key: string, label: Bilingual) => ({ key, label, kind: 'text' as const })
const number = (key: string, label: Bilingual) => ({ key, label, kind: 'number' as const })
const tickets = number('count', t('Tickets', 'Tichete'))
const type = text('type', t('Type', 'Tip'))

/** The report's tables: what each is called, its columns and how its lines are counted. */
export const REPORT_SPECS: Record<ReportTableName, TableSpec> = {
  byState: {
    title: t('Tickets by state', 'Tichete pe stări'),
    columns: [text('state', t('State', 'Stare')), tickets],
    rows: byState,
  },
  byType: { title: t('Tickets by type', 'Tichete pe tipuri'), columns: [type, tickets], rows: byType },
  byResponsible: {
    title: t('Tickets by responsible', 'Tichete pe responsabili'),
    columns: [text('responsible', t('Responsible', 'Responsabil')), tickets],
    rows: byResponsible,
  },
  byClient: {
    title: t('Tickets by client (top 50)', 'Tichete pe clienți (primii 50)'),
    columns: [text('client', t('Client', 'Client')), tickets],
    rows: byClient,
  },
  weekly: {
    title: t('Created and resolved per week', 'Create și rezolvate pe săptămână'),
    columns: [
      text('week', t('Week', 'Săptămâna')),
      text('weekStart', t('Starts on', 'Începe la')),
      number('created', t('Created', 'Create')),
      number('resolved', t('Resolved', 'Rezolvate')),
    ],
    rows: weekly,
  },
  resolution: {
    title: t('Resolution time (tickets resolved in the period)', 'Timp de rezolvare (tichete rezolvate în perioadă)'),
    columns: [
      type,
      number('resolved', t('Resolved', 'Rezolvate')),
      number('averageHours', t('Average (hours)', 'Medie (ore)')),
      number('p90Hours', t('90th percentile (hours)', 'Percentila 90 (ore)')),
    ],
    rows: resolution,
  },
  slaBreaches: {
    title: t('Service level breaches', 'Depășiri ale termenelor SLA'),
    columns: [
      type,
      number('withDueDate', t('Tickets with a due date', 'Tichete cu termen')),
      number('resolvedLate', t('Resolved late', 'Rezolvate după termen')),
      number('openOverdue', t('Open past due', 'Deschise, cu termen depășit')),
      number('breaches', t('Breaches', 'Depășiri')),
    ],
    rows: slaBreaches,
  },
}

/** One table, labelled in the report's language. */
export async function reportTable(ctx: ReportContext, name: ReportTableName): Promise<ReportTable> {
  const spec = REPORT_SPECS[name]
  return {
    title: ctx.say(spec.title),
    columns: spec.columns.map((column) => ({ key: column.key, label: ctx.say(column.label), kind: column.kind })),
    rows: await spec.rows(ctx),
  }
}
