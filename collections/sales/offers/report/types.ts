/**
 * The offer report as plain, already formatted data: the printable page and the PDF both render
 * this model, so they cannot disagree on what an offer says.
 */
export type ReportLanguage = 'ro' | 'en'

/** A piece of text with the emphasis the author gave it in the editor. */
export interface TextRun {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
}

export type TextAlign = 'left' | 'center' | 'right' | 'justify'

/** One block of rich text, flattened: nested lists become items with a depth. */
export type RichBlock =
  | { kind: 'paragraph'; runs: TextRun[]; align?: TextAlign }
  | { kind: 'heading'; level: number; runs: TextRun[] }
  | { kind: 'quote'; runs: TextRun[] }
  | { kind: 'listItem'; marker: string; depth: number; runs: TextRun[] }

export type RichText = RichBlock[]

export interface CompanyBlock {
  name: string
  fiscalCode: string
  tradeRegisterNumber: string
  address: string
  iban: string
  bank: string
}

export interface ClientBlock {
  name: string
  fiscalCode: string
  tradeRegisterNumber: string
  /** Street, then postal code, city and county, then country: one line each. */
  addressLines: string[]
}

export interface PersonBlock {
  name: string
  jobTitle: string
  email: string
  phone: string
}

export interface ReportSection {
  title: string
  content: RichText
}

/** One offer line; every figure is a formatted string ready to print. */
export interface ReportLine {
  no: number
  description: string
  quantity: string
  unit: string
  unitPrice: string
  discountPercent: string
  net: string
  vatPercent: string
  vat: string
  gross: string
}

export interface ReportTotals {
  net: string
  discount: string
  vat: string
  gross: string
}

export interface OfferReport {
  id: number
  language: ReportLanguage
  number: string
  title: string
  subject: string
  currency: string
  /** dd.MM.yyyy in the company's time zone; empty when not set. */
  issueDate: string
  validUntil: string
  /** Days from issue to expiry, when both dates are set. */
  validityDays: number | null
  company: CompanyBlock
  client: ClientBlock | null
  contact: PersonBlock | null
  owner: PersonBlock | null
  intro: RichText
  requirements: RichText
  sections: ReportSection[]
  lines: ReportLine[]
  totals: ReportTotals
  terms: RichText
}
