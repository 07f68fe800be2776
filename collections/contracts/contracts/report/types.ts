import type { reportKit } from '../../../sales'

/**
 * The contract as plain, already formatted data: the printable page and the PDF both render this
 * model, so they cannot disagree on what a contract says.
 */
export type ReportLanguage = reportKit.ReportLanguage
export type CompanyBlock = reportKit.CompanyBlock
export type ClientBlock = reportKit.ClientBlock
export type ReportLine = reportKit.ReportLine
export type ReportTotals = reportKit.ReportTotals
export type RichText = reportKit.RichText
export type RichBlock = reportKit.RichBlock
export type TextRun = reportKit.TextRun
export type StatusMark = reportKit.StatusMark

/** Someone of either side named in the contract, with their role in it. */
export interface ContractPerson {
  name: string
  role: string
  jobTitle: string
  email: string
  phone: string
}

/** One activity of the contract (an obligation, a milestone, a payment instalment). */
export interface ContractActivity {
  no: number
  title: string
  type: string
  /** dd.MM.yyyy; empty when not set. */
  dueDate: string
  responsible: string
  /** Formatted in the contract's currency; empty when the activity is not a payment. */
  amount: string
}

/** Where a party signs: its name and the people who sign for it. */
export interface SignatureBlock {
  party: string
  signatories: string[]
}

export interface ContractReport {
  id: number
  language: ReportLanguage
  number: string
  title: string
  /** The contract type's label in the reader's language. */
  type: string
  currency: string
  /** dd.MM.yyyy in the company's time zone; empty when not set. */
  startDate: string
  endDate: string
  renewalDecisionDate: string
  durationMonths: number | null
  noticeDays: number | null
  autoRenew: boolean
  paymentTerms: string
  /** Set for a draft, cancelled or terminated contract: the page and the PDF say so. */
  mark: StatusMark | null
  company: CompanyBlock
  client: ClientBlock | null
  description: RichText
  lines: ReportLine[]
  totals: ReportTotals
  ourPeople: ContractPerson[]
  clientPeople: ContractPerson[]
  activities: ContractActivity[]
  /** The sum of the activities' amounts (the payment schedule); null when none has an amount. */
  scheduledTotal: string | null
  signatures: { company: SignatureBlock; client: SignatureBlock }
}
