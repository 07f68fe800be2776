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

/**
 * One offer line; every figure is a formatted string ready to print. Amounts carry no currency:
 * the lines table says it once, above the lines.
 */
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

/** The VAT of the lines at one rate: "21 %", the net amount it is charged on, and the VAT. */
export interface VatAtRate {
  rate: string
  /** Without the currency: it is printed inside the label, "TVA 21 % (bază 1.000,00)". */
  base: string
  vat: string
}

/** The document's totals as a quotation reads them, each amount with its currency. */
export interface ReportTotals {
  /** The lines' quantity × unit price, before any discount. */
  subtotal: string
  /** The discount granted, as a negative amount; null when nothing was discounted. */
  discount: string | null
  net: string
  /** One entry per VAT rate of the lines, the highest rate first; they add up to `vat`. */
  vatByRate: VatAtRate[]
  vat: string
  gross: string
}

/** The workflow categories whose documents are not (or no longer) commitments: they print marked. */
export type MarkedCategory = 'open' | 'cancelled'

/** A document's state when it must not pass for a valid one: the state and its label in the workflow. */
export interface StatusMark {
  state: string
  label: string
  category: MarkedCategory
}

/** The company's logo: its URL for the page, its bytes as a data URL for the PDF (PNG or JPEG). */
export interface ReportLogo {
  url: string
  dataUrl: string
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
  /** Set for a draft, rejected, expired or cancelled offer: the page and the PDF say so. */
  mark: StatusMark | null
  company: CompanyBlock
  logo: ReportLogo | null
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
