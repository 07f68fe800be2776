import type {
  Content,
  ContentText,
  CustomTableLayout,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
  Watermark,
} from 'pdfmake/interfaces'

import type { ReportLabels } from './labels'
import type { ReportLine, ReportTotals, RichBlock, RichText, StatusMark, TextRun } from './types'

/**
 * What every printed document (the offer, the contract) draws alike: the page's look, rich text,
 * titled parts, the lines table with its totals, the status watermark and the signature columns.
 */

// 18 mm, the printable page's margin, in points.
export const MARGIN = 51
export const ACCENT = '#1f3a5f'
export const MUTED = '#5b6470'
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

export const richText = (blocks: RichText): Content[] => blocks.map(richBlock)

/** A titled part of the document; an optional part without content is left out. */
export function part(title: string, body: Content[], optional = true): Content[] {
  if (optional && body.length === 0) return []
  return [{ text: title, style: 'partTitle', headlineLevel: 1 }, ...body]
}

export const small = (lines: string[]): Content => ({ text: lines.filter(Boolean).join('\n'), style: 'identity' })

/** A table with a shaded header row between accent rules and thin rules between rows. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: (i) => (i <= 1 ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? ACCENT : RULE),
  fillColor: (row) => (row === 0 ? '#eef1f5' : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

// Ids the page-break rule below looks for: the last line's cells and the "amount due" label.
const LAST_LINE = 'report-last-line'
const TOTAL_DUE = 'report-total-due'

/** The texts the lines part needs: the offer's, or the contract's (its own "no lines" text). */
interface LinesLabels {
  columns: ReportLabels['columns']
  noLines: string
  amountsIn: (currency: string) => string
  totals: ReportLabels['totals']
}

/**
 * The priced lines, one row each; the header row repeats on every page and no row is split. The
 * figures are plain amounts: the currency is written once, in the part's title.
 */
export function linesTable(lines: ReportLine[], labels: Pick<LinesLabels, 'columns' | 'noLines'>): Content {
  if (lines.length === 0) return { text: labels.noLines, italics: true, color: MUTED }
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
  // Figures stay on one line ("1.250,00", "21 %"): the description takes what width is left.
  const figure = (text: string, bold = false): ContentText => ({ text, alignment: 'right', noWrap: true, bold })
  const body = lines.map((line, index): TableCell[] => {
    const row: ContentText[] = [
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
    ]
    // The last line goes with the totals (see `reportPageBreakBefore`); a single line moves with the whole part.
    const last = index === lines.length - 1 && lines.length > 1
    return last ? row.map((cell, column) => ({ ...cell, id: `${LAST_LINE}-${column}` })) : row
  })
  return {
    style: 'linesTable',
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', '*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
      body: [head, ...body],
    },
    // A last line sent to the next page (see `reportPageBreakBefore`) leaves no rule where it was.
    layout: { ...GRID_LAYOUT, hLineWhenBroken: false } as CustomTableLayout,
  }
}

/**
 * The document's totals, right-aligned under the lines, in a quotation's order: the lines' worth
 * before the discount and the discount (when there is one), the total excluding VAT, one VAT line
 * per rate, and the amount due, bold. Every amount carries the currency.
 */
export function totalsTable(totals: ReportTotals, labels: Pick<LinesLabels, 'totals'>): Content {
  const t = labels.totals
  const row = (label: string, value: string, strong = false, id?: string): TableCell[] => [
    { text: label, bold: strong, id },
    { text: value, alignment: 'right', noWrap: true, bold: strong },
  ]
  const vat =
    totals.vatByRate.length > 0
      ? totals.vatByRate.map((rate) => row(t.vatAt(rate.rate, rate.base), rate.vat))
      : [row(t.vat, totals.vat)]
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: {
          widths: ['auto', 'auto'],
          body: [
            ...(totals.discount === null ? [] : [row(t.subtotal, totals.subtotal), row(t.discount, totals.discount)]),
            row(t.net, totals.net),
            ...vat,
            row(t.gross, totals.gross, true, TOTAL_DUE),
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
    unbreakable: true,
    margin: [0, 8, 0, 12],
  }
}

/**
 * The lines part: its title with the currency the amounts are in, the lines and the totals. The
 * totals never open a page alone (`reportPageBreakBefore` sends the last line along with them); a
 * part with one line or none is moved whole rather than split.
 */
export function linesPart(
  title: string,
  currency: string,
  lines: ReportLine[],
  totals: ReportTotals,
  labels: LinesLabels,
): Content[] {
  const heading: Content = {
    columns: [
      { width: '*', text: title },
      { width: 'auto', text: labels.amountsIn(currency), style: 'caption' },
    ],
    style: 'partTitle',
    headlineLevel: 1,
  }
  const part = [heading, linesTable(lines, labels), totalsTable(totals, labels)]
  return lines.length > 1 ? part : [{ stack: part, unbreakable: true }]
}

/**
 * Where a printed document breaks its pages besides where they are full: a part title is never
 * left alone at the bottom of a page, and neither are the totals at the top of one. When the
 * amount due would start a page away from the last line, each of that line's cells asks for a
 * break, so the whole row moves to the next page (under the repeated header) with the totals.
 */
export const reportPageBreakBefore: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, nodes) => {
  if (node.headlineLevel === 1) return nodes.getFollowingNodesOnPage().length === 0
  if (node.id?.startsWith(LAST_LINE)) return !nodes.getFollowingNodesOnPage().some((next) => next.id === TOTAL_DUE)
  return false
}

/** A light watermark across every page of a document that is not a commitment; none otherwise. */
export function statusWatermark(mark: StatusMark | null, text: (mark: StatusMark) => string): Watermark | undefined {
  if (!mark) return undefined
  return { text: text(mark), color: mark.category === 'open' ? ACCENT : '#8b1e1e', opacity: 0.08, bold: true }
}

/**
 * Where one party signs: its title, its name, then labelled lines, filled in or, when empty,
 * drawn dotted to the column's end to be filled in by hand.
 */
export function signatureColumn(title: string, party: string, rows: [label: string, value: string][]): Content {
  const none: [boolean, boolean, boolean, boolean] = [false, false, false, false]
  return {
    stack: [
      { text: title, style: 'blockLabel' },
      { text: party, bold: true, margin: [0, 0, 0, 2] },
      {
        table: {
          widths: ['auto', '*'],
          body: rows.map(([label, value]): TableCell[] => [
            { text: `${label}:`, color: MUTED, border: none },
            { text: value, bold: true, border: [false, false, false, value === ''] },
          ]),
        },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0,
          hLineColor: () => '#8a929c',
          hLineStyle: () => ({ dash: { length: 1.5, space: 1.5 } }),
          paddingLeft: (column) => (column === 0 ? 0 : 4),
          paddingRight: () => 0,
          paddingTop: () => 12,
          paddingBottom: () => 1,
        },
      },
    ],
  }
}

/** Both parties side by side, never split across two pages. */
export const signatureColumns = (left: Content, right: Content): Content => ({
  columns: [left, right],
  columnGap: 30,
  margin: [0, 6, 0, 0],
  unbreakable: true,
})

/** The styles the parts above refer to by name; a document adds its own. */
export const REPORT_STYLES: StyleDictionary = {
  companyName: { fontSize: 14, bold: true, color: ACCENT },
  docTitle: { fontSize: 20, bold: true, color: ACCENT, alignment: 'right' },
  identity: { fontSize: 8.5, color: MUTED },
  blockLabel: { fontSize: 7.5, bold: true, color: MUTED, characterSpacing: 0.5 },
  partTitle: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 12, 0, 5] },
  caption: { fontSize: 8, bold: false, color: MUTED, alignment: 'right', margin: [0, 2, 0, 0] },
  tableHead: { bold: true, fontSize: 7.5, color: ACCENT, noWrap: true },
  linesTable: { fontSize: 8, margin: [0, 4, 0, 0] },
}
