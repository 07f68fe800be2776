import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'

import { reportKit } from '../../../sales'
import { type ContractLabels, labelsFor, termRows } from './labels'
import type { ClientBlock, CompanyBlock, ContractPerson, ContractReport, SignatureBlock } from './types'

const {
  ACCENT,
  MARGIN,
  MUTED,
  REPORT_FONT,
  REPORT_STYLES,
  GRID_LAYOUT,
  linesPart,
  part,
  pdfRichText,
  reportPageBreakBefore,
  signatureColumn,
  signatureColumns,
  small,
  statusWatermark,
} = reportKit

const RULE_WIDTH = 595.28 - 2 * MARGIN

function header(model: ContractReport, labels: ContractLabels): Content {
  return {
    columns: [
      { width: '*', text: model.company.name, style: 'companyName' },
      {
        width: 'auto',
        stack: [
          { text: labels.contract.toLocaleUpperCase(model.language), style: 'docTitle' },
          {
            ...(small([
              `${labels.number}: ${model.number}`,
              model.type && `${labels.type}: ${model.type}`,
            ]) as ContentText),
            alignment: 'right',
          },
        ],
      },
    ],
    columnGap: 20,
  }
}

function companyParty(company: CompanyBlock, labels: ContractLabels): Content {
  return {
    stack: [
      { text: labels.supplier, style: 'blockLabel' },
      { text: company.name, bold: true },
      small([
        company.fiscalCode && `${labels.fiscalCode}: ${company.fiscalCode}`,
        company.tradeRegisterNumber && `${labels.tradeRegister}: ${company.tradeRegisterNumber}`,
        company.address,
        company.iban && `${labels.iban}: ${company.iban}`,
        company.bank && `${labels.bank}: ${company.bank}`,
      ]),
    ],
  }
}

function clientParty(client: ClientBlock | null, labels: ContractLabels): Content {
  if (!client) return { text: '' }
  return {
    stack: [
      { text: labels.client, style: 'blockLabel' },
      { text: client.name, bold: true },
      small([
        client.fiscalCode && `${labels.fiscalCode}: ${client.fiscalCode}`,
        client.tradeRegisterNumber && `${labels.tradeRegister}: ${client.tradeRegisterNumber}`,
        ...client.addressLines,
      ]),
    ],
  }
}

const plainLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 12,
  paddingTop: () => 1,
  paddingBottom: () => 1,
}

function terms(model: ContractReport, labels: ContractLabels): Content {
  return {
    table: {
      widths: ['auto', '*'],
      body: termRows(model, labels).map(([label, value]): TableCell[] => [{ text: label, color: MUTED }, value]),
    },
    layout: plainLayout,
  }
}

/** A small table drawn like the lines table. */
function grid(head: string[], body: TableCell[][], widths: (string | number)[], numeric: number[] = []): Content {
  return {
    style: 'linesTable',
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        head.map((text, index): TableCell => ({
          text,
          style: 'tableHead',
          alignment: numeric.includes(index) ? 'right' : 'left',
        })),
        ...body,
      ],
    },
    layout: GRID_LAYOUT,
  }
}

function peopleTable(title: string, people: ContractPerson[], labels: ContractLabels): Content[] {
  if (people.length === 0) return []
  const p = labels.person
  return [
    { text: title, style: 'blockLabel', margin: [0, 6, 0, 2] },
    grid(
      [p.name, p.role, p.contact],
      people.map((person) => [
        { text: [{ text: person.name, bold: true }, person.jobTitle ? `\n${person.jobTitle}` : ''] },
        person.role,
        [person.email, person.phone].filter(Boolean).join('\n'),
      ]),
      ['*', 'auto', '*'],
    ),
  ]
}

function schedule(model: ContractReport, labels: ContractLabels): Content[] {
  if (model.activities.length === 0) return []
  const a = labels.activity
  const figure = (text: string, bold = false): TableCell => ({ text, alignment: 'right', noWrap: true, bold })
  const rows = model.activities.map((activity): TableCell[] => [
    figure(String(activity.no)),
    activity.title,
    activity.type,
    figure(activity.dueDate),
    activity.responsible,
    figure(activity.amount),
  ])
  if (model.scheduledTotal !== null) {
    rows.push([
      { text: labels.scheduledTotal, colSpan: 5, bold: true },
      '',
      '',
      '',
      '',
      figure(model.scheduledTotal, true),
    ])
  }
  return [
    grid(
      [a.no, a.title, a.type, a.dueDate, a.responsible, a.amount],
      rows,
      ['auto', '*', 'auto', 'auto', 'auto', 'auto'],
      [0, 3, 5],
    ),
  ]
}

/** Where a party signs, drawn as the offer's acceptance block is. */
function party(title: string, block: SignatureBlock, labels: ContractLabels): Content {
  // One name line per signatory, or an empty one to be filled in by hand.
  const names = block.signatories.length > 0 ? block.signatories : ['']
  return signatureColumn(title, block.party, [
    ...names.flatMap((name): [string, string][] => [
      [labels.signatory, name],
      [labels.signature, ''],
    ]),
    [labels.date, ''],
  ])
}

const signatures = (model: ContractReport, labels: ContractLabels): Content =>
  signatureColumns(
    party(labels.supplier, model.signatures.company, labels),
    party(labels.client, model.signatures.client, labels),
  )

// Rows that surely fit on one page under their titles: a block this short is moved whole.
const ROWS_KEPT_TOGETHER = 20

/**
 * A part whose titles must stay with their tables: pdfmake counts a table as begun on the page
 * where its header was first placed, so a title could stay behind alone. A long part may break.
 */
const keptTogether = (content: Content[], rows: number): Content => ({
  stack: content,
  unbreakable: rows <= ROWS_KEPT_TOGETHER,
})

function definition(model: ContractReport): TDocumentDefinitions {
  const labels = labelsFor(model.language)
  const title = `${labels.contract} ${model.number}`
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 10],
    language: model.language,
    info: { title, subject: model.title, author: model.company.name, creator: 'OrganizeCRM' },
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, lineHeight: 1.2 },
    styles: { ...REPORT_STYLES, contractTitle: { fontSize: 13, bold: true, margin: [0, 14, 0, 2] } },
    watermark: statusWatermark(model.mark, (mark) => mark.label.toLocaleUpperCase(model.language)),
    pageBreakBefore: reportPageBreakBefore,
    footer: (page, count) => ({
      columns: [
        { text: title, style: 'identity' },
        { text: labels.page(page, count), style: 'identity', alignment: 'right' },
      ],
      margin: [MARGIN, 10, MARGIN, 0],
    }),
    content: [
      header(model, labels),
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: RULE_WIDTH, y2: 0, lineWidth: 1, lineColor: ACCENT }],
        margin: [0, 10, 0, 4],
      },
      { text: model.title, style: 'contractTitle' },
      ...part(labels.parties, [
        { columns: [companyParty(model.company, labels), clientParty(model.client, labels)], columnGap: 20 },
      ]),
      ...part(labels.term, [terms(model, labels)]),
      ...part(labels.description, pdfRichText(model.description)),
      ...linesPart(labels.lines, model.currency, model.lines, model.totals, labels),
      keptTogether(
        part(labels.people, [
          ...peopleTable(labels.ourPeople, model.ourPeople, labels),
          ...peopleTable(labels.clientPeople, model.clientPeople, labels),
        ]),
        model.ourPeople.length + model.clientPeople.length,
      ),
      keptTogether(part(labels.schedule, schedule(model, labels)), model.activities.length),
      // The signatures never start on one page and end on the next.
      keptTogether(part(labels.signatures, [signatures(model, labels)], false), 0),
    ],
  }
}

/** The contract as an A4 PDF, drawn in-process: no browser is involved. */
export const contractPdf = (model: ContractReport): Promise<Buffer> => reportKit.renderPdf(definition(model))
