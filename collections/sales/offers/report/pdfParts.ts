import type { Content, ContentText, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces'

import type { ReportLabels } from './labels'
import type { ReportLine, ReportTotals, RichBlock, RichText, TextRun } from './types'

/**
 * What every printed document (the offer, the contract) draws alike: the page's look, rich text,
 * titled parts, the lines table and the totals.
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

/** The priced lines, one row each; the header row repeats on every page. */
export function linesTable(
  lines: ReportLine[],
  labels: { columns: ReportLabels['columns']; noLines: string },
): Content {
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
  // Figures stay on one line ("1.250,00 RON", "19 %"): the description takes what width is left.
  const figure = (text: string, bold = false): TableCell => ({ text, alignment: 'right', noWrap: true, bold })
  const body = lines.map((line): TableCell[] => [
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
    layout: GRID_LAYOUT,
  }
}

/** The document's totals, right-aligned under the lines, the amount due last and bold. */
export function totalsTable(totals: ReportTotals, labels: Pick<ReportLabels, 'totals'>): Content {
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
            row(labels.totals.discount, totals.discount),
            row(labels.totals.net, totals.net),
            row(labels.totals.vat, totals.vat),
            row(labels.totals.gross, totals.gross, true),
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

/** The styles the parts above refer to by name; a document adds its own. */
export const REPORT_STYLES: StyleDictionary = {
  companyName: { fontSize: 14, bold: true, color: ACCENT },
  docTitle: { fontSize: 20, bold: true, color: ACCENT, alignment: 'right' },
  identity: { fontSize: 8.5, color: MUTED },
  blockLabel: { fontSize: 7.5, bold: true, color: MUTED, characterSpacing: 0.5 },
  partTitle: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 12, 0, 5] },
  tableHead: { bold: true, fontSize: 7.5, color: ACCENT, noWrap: true },
  linesTable: { fontSize: 8, margin: [0, 4, 0, 0] },
}
