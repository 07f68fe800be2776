/**
 * The offer report's parts that other printed documents (the contract) share, so that both write
 * dates, money, lines and rich text the same way and draw them with the same font.
 */
export { money, percent, quantity, reportDate } from './format'
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
  linesTable,
  MARGIN,
  MUTED,
  part,
  REPORT_STYLES,
  richText as pdfRichText,
  small,
  totalsTable,
} from './pdfParts'
export { richTextBlocks } from './richText'
export type {
  ClientBlock,
  CompanyBlock,
  ReportLanguage,
  ReportLine,
  ReportTotals,
  RichBlock,
  RichText,
  TextRun,
} from './types'
