import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'

import { labelsFor, type ReportLabels } from './labels'
import { REPORT_FONT, renderPdf } from './pdfEngine'
import type { ClientBlock, OfferReport, PersonBlock, RichBlock, RichText, TextRun } from './types'

// 18 mm, the printable page's margin, in points.
const MARGIN = 51
const ACCENT = '#1f3a5f'
const MUTED = '#5b6470'
const RULE = '#c9ced6'

const HEADING_SIZES = [15, 13, 12, 11, 10.5, 10]

function inline(run: TextRun): ContentText {
  const decoration: ('underline' | 'lineThrough')[] = []
  if (run.underline) decoration.push('underline')
  if (run.strike) decoration.push('lineThrough')
  return {
    text: run.text,
    bold: run.bold,
    italics: run.italic,
    decoration: decoration.length > 0 ? decoration : undefined,
  }
}

function richBlock(block: RichBlock): Content {
  const text = block.runs.map(inline)
  switch (block.kind) {
    case 'paragraph':
      return { text, alignment: block.align, margin: [0, 0, 0, 5] }
    case 'heading':
      return { text, bold: true, fontSize: HEADING_SIZES[block.level - 1] ?? 10, margin: [0, 4, 0, 4] }
    case 'quote':
      return { text, italics: true, color: MUTED, margin: [12, 0, 0, 5] }
    case 'listItem':
      return {
        columns: [
          { width: 14 + block.depth * 14, text: block.marker, alignment: 'right' },
          { width: '*', text },
        ],
        columnGap: 5,
        margin: [0, 0, 0, 3],
      }
  }
}

const richText = (blocks: RichText): Content[] => blocks.map(richBlock)

/** A titled part of the offer; an optional part without content is left out. */
function part(title: string, body: Content[], optional = true): Content[] {
  if (optional && body.length === 0) return []
  return [{ text: title, style: 'partTitle', headlineLevel: 1 }, ...body]
}

const small = (lines: string[]): Content => ({ text: lines.filter(Boolean).join('\n'), style: 'identity' })

function header(model: OfferReport, labels: ReportLabels): Content {
  const { company } = model
  const companyLines = [
    company.fiscalCode && `${labels.fiscalCode}: ${company.fiscalCode}`,
    company.tradeRegisterNumber && `${labels.tradeRegister}: ${company.tradeRegisterNumber}`,
    company.address,
    company.iban && `${labels.iban}: ${company.iban}`,
    company.bank && `${labels.bank}: ${company.bank}`,
  ]
  const offerLines = [
    `${labels.number}: ${model.number}`,
    model.issueDate && `${labels.issueDate}: ${model.issueDate}`,
    model.validUntil && `${labels.validUntil}: ${model.validUntil}`,
    model.validityDays !== null ? labels.validity(model.validityDays) : '',
  ]
  return {
    columns: [
      { width: '*', stack: [{ text: company.name, style: 'companyName' }, small(companyLines)] },
      {
        width: 'auto',
        stack: [
          { text: labels.offer.toLocaleUpperCase(model.language), style: 'docTitle' },
          { ...(small(offerLines) as ContentText), alignment: 'right' },
        ],
      },
    ],
    columnGap: 20,
  }
}

function clientColumn(client: ClientBlock | null, labels: ReportLabels): Content {
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

function personColumn(title: string, person: PersonBlock | null): Content {
  if (!person) return { text: '' }
  return {
    stack: [
      { text: title, style: 'blockLabel' },
      { text: person.name, bold: true },
      small([person.jobTitle, person.email, person.phone]),
    ],
  }
}

function linesTable(model: OfferReport, labels: ReportLabels): Content {
  if (model.lines.length === 0) return { text: labels.noLines, italics: true, color: MUTED }
  const c = labels.columns
  const head = [
    c.no,
    c.description,
    c.quantity,
    c.unit,
    c.unitPrice,
    c.discount,
    c.net,
    c.vatPercent,
    c.vat,
    c.gross,
  ].map((text, index): TableCell => ({
    text,
    style: 'tableHead',
    alignment: index === 1 || index === 3 ? 'left' : 'right',
  }))
  // Figures stay on one line ("1.250,00 RON", "19 %"): the description takes what width is left.
  const figure = (text: string, bold = false): TableCell => ({ text, alignment: 'right', noWrap: true, bold })
  const body = model.lines.map((line): TableCell[] => [
    figure(String(line.no)),
    { text: line.description },
    figure(line.quantity),
    { text: line.unit },
    figure(line.unitPrice),
    figure(line.discountPercent),
    figure(line.net),
    figure(line.vatPercent),
    figure(line.vat),
    figure(line.gross, true),
  ])
  return {
    style: 'linesTable',
    table: {
      // The header row repeats on every page and no line is split across two pages.
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', '*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
      body: [head, ...body],
    },
    layout: {
      hLineWidth: (i) => (i <= 1 ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: (i) => (i <= 1 ? ACCENT : RULE),
      fillColor: (row) => (row === 0 ? '#eef1f5' : null),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  }
}

function totalsTable(model: OfferReport, labels: ReportLabels): Content {
  const row = (label: string, value: string, strong = false): TableCell[] => [
    { text: label, bold: strong },
    { text: value, alignment: 'right', bold: strong },
  ]
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        unbreakable: true,
        table: {
          widths: ['auto', 'auto'],
          body: [
            row(labels.totals.discount, model.totals.discount),
            row(labels.totals.net, model.totals.net),
            row(labels.totals.vat, model.totals.vat),
            row(labels.totals.gross, model.totals.gross, true),
          ],
        },
        layout: {
          hLineWidth: (i, node) => (i === node.table.body.length - 1 ? 0.8 : 0),
          vLineWidth: () => 0,
          hLineColor: () => ACCENT,
          paddingLeft: () => 8,
        },
      },
    ],
    margin: [0, 8, 0, 12],
  }
}

function definition(model: OfferReport): TDocumentDefinitions {
  const labels = labelsFor(model.language)
  const title = `${labels.offer} ${model.number}`
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 10],
    language: model.language,
    info: { title, subject: model.title, author: model.company.name, creator: 'OrganizeCRM' },
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      companyName: { fontSize: 14, bold: true, color: ACCENT },
      docTitle: { fontSize: 20, bold: true, color: ACCENT, alignment: 'right' },
      identity: { fontSize: 8.5, color: MUTED },
      blockLabel: { fontSize: 7.5, bold: true, color: MUTED, characterSpacing: 0.5 },
      offerTitle: { fontSize: 13, bold: true, margin: [0, 14, 0, 2] },
      partTitle: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 12, 0, 5] },
      tableHead: { bold: true, fontSize: 7.5, color: ACCENT, noWrap: true },
      linesTable: { fontSize: 8, margin: [0, 4, 0, 0] },
    },
    // A part title is never left alone at the bottom of a page.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
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
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 595.28 - 2 * MARGIN, y2: 0, lineWidth: 1, lineColor: ACCENT }],
        margin: [0, 10, 0, 10],
      },
      {
        columns: [
          clientColumn(model.client, labels),
          personColumn(labels.contact, model.contact),
          personColumn(labels.preparedBy, model.owner),
        ],
        columnGap: 16,
      },
      { text: model.title, style: 'offerTitle' },
      model.subject ? { text: [{ text: `${labels.subject}: `, bold: true }, model.subject] } : [],
      ...part(labels.intro, richText(model.intro)),
      ...part(labels.requirements, richText(model.requirements)),
      // A section keeps its title even while it is still empty: the offer was planned with it.
      ...model.sections.flatMap((section) => part(section.title, richText(section.content), false)),
      ...part(labels.lines, [linesTable(model, labels)]),
      totalsTable(model, labels),
      ...part(labels.terms, richText(model.terms)),
    ],
  }
}

/** The offer as an A4 PDF, drawn in-process: no browser is involved. */
export const offerPdf = (model: OfferReport): Promise<Buffer> => renderPdf(definition(model))
