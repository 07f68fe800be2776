/**
 * The offer report's parts that other printed documents (the contract) share, so that both write
 * dates, money, lines and rich text the same way and draw them with the same font.
 */
export { amount, money, percent, quantity, reportDate } from './format'
export { labelsFor as offerReportLabels } from './labels'
export {
  clientBlock,
  companyBlock,
  type ClientSource,
  type LineSource,
  reportLines,
  type SettingsSource,
} from './model'
export { REPORT_FONT, renderPdf } from './pdfEngine'
export {
  ACCENT,
  GRID_LAYOUT,
  linesPart,
  linesTable,
  MARGIN,
  MUTED,
  part,
  REPORT_STYLES,
  reportPageBreakBefore,
  richText as pdfRichText,
  signatureColumn,
  signatureColumns,
  small,
  statusWatermark,
  totalsTable,
} from './pdfParts'
export { richTextBlocks } from './richText'
export { statusMark, type StateSource } from './status'
export { reportTotals, type StoredTotals } from './totals'
export type {
  ClientBlock,
  CompanyBlock,
  MarkedCategory,
  ReportLanguage,
  ReportLine,
  ReportTotals,
  RichBlock,
  RichText,
  StatusMark,
  TextRun,
  VatAtRate,
} from './types'
