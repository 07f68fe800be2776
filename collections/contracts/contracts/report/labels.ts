import { reportKit } from '../../../sales'
import type { ContractReport, ReportLanguage } from './types'

/** Romanian puts "de" between a number and its noun from 20 on: 19 zile, 20 de zile, 101 zile, 120 de zile. */
const romanianCount = (count: number, one: string, many: string) => {
  if (count === 1) return one
  const rest = count % 100
  return rest >= 20 || (rest === 0 && count > 0) ? `${count} de ${many}` : `${count} ${many}`
}

/** The contract's own texts in the reader's language, shared by the page and the PDF. */
const OWN = {
  ro: {
    contract: 'Contract',
    type: 'Tip',
    parties: 'Părțile contractante',
    supplier: 'Furnizor',
    client: 'Client',
    address: 'Adresa',
    term: 'Durată și plată',
    startDate: 'Data de început',
    endDate: 'Data de încheiere',
    duration: 'Durata',
    months: (count: number) => romanianCount(count, 'o lună', 'luni'),
    notice: 'Termen de preaviz',
    days: (count: number) => (count === 0 ? 'fără preaviz' : romanianCount(count, 'o zi', 'zile')),
    autoRenew: 'Prelungire automată',
    yes: 'Da',
    no: 'Nu',
    renewalDecision: 'Decizia de prelungire până la',
    paymentTerms: 'Condiții de plată',
    currency: 'Moneda',
    description: 'Obiectul contractului',
    noLines: 'Contractul nu are linii.',
    people: 'Persoane implicate',
    ourPeople: 'Din partea furnizorului',
    clientPeople: 'Din partea clientului',
    person: { name: 'Nume', role: 'Rol', contact: 'Contact' },
    schedule: 'Activități și plăți',
    activity: {
      no: 'Nr.',
      title: 'Activitate',
      type: 'Tip',
      dueDate: 'Termen',
      responsible: 'Responsabil',
      amount: 'Sumă',
    },
    scheduledTotal: 'Total plăți programate',
    signatures: 'Semnături',
    signatory: 'Nume și prenume',
    signature: 'Semnătura',
    date: 'Data',
    back: 'Înapoi la contract',
    /** What a marked contract says of itself: its state, and for a draft that it is only a draft. */
    statusMark: (label: string, category: reportKit.MarkedCategory) =>
      category === 'open' ? `${label.toLocaleUpperCase('ro')} – proiect de contract` : label.toLocaleUpperCase('ro'),
  },
  en: {
    contract: 'Contract',
    type: 'Type',
    parties: 'The parties',
    supplier: 'Supplier',
    client: 'Client',
    address: 'Address',
    term: 'Term and payment',
    startDate: 'Start date',
    endDate: 'End date',
    duration: 'Duration',
    months: (count: number) => (count === 1 ? 'one month' : `${count} months`),
    notice: 'Notice period',
    days: (count: number) => (count === 0 ? 'none' : count === 1 ? 'one day' : `${count} days`),
    autoRenew: 'Automatic renewal',
    yes: 'Yes',
    no: 'No',
    renewalDecision: 'Renewal decision by',
    paymentTerms: 'Payment terms',
    currency: 'Currency',
    description: 'Subject of the contract',
    noLines: 'The contract has no lines.',
    people: 'People involved',
    ourPeople: 'On the supplier\u2019s side',
    clientPeople: 'On the client\u2019s side',
    person: { name: 'Name', role: 'Role', contact: 'Contact' },
    schedule: 'Activities and payments',
    activity: {
      no: 'No.',
      title: 'Activity',
      type: 'Type',
      dueDate: 'Due date',
      responsible: 'Responsible',
      amount: 'Amount',
    },
    scheduledTotal: 'Total of scheduled payments',
    signatures: 'Signatures',
    signatory: 'Name',
    signature: 'Signature',
    date: 'Date',
    back: 'Back to the contract',
    statusMark: (label: string, category: reportKit.MarkedCategory) =>
      category === 'open' ? `${label.toLocaleUpperCase('en')} – not a final contract` : label.toLocaleUpperCase('en'),
  },
} as const

/**
 * The offer report's shared texts (identity, line columns, totals, print buttons, page numbers),
 * with the contract's own: both documents name the same things the same way.
 */
export function labelsFor(language: ReportLanguage) {
  const offer = reportKit.offerReportLabels(language)
  return {
    ...OWN[language],
    number: offer.number,
    fiscalCode: offer.fiscalCode,
    tradeRegister: offer.tradeRegister,
    iban: offer.iban,
    bank: offer.bank,
    lines: offer.lines,
    amountsIn: offer.amountsIn,
    columns: offer.columns,
    totals: offer.totals,
    print: offer.print,
    pdf: offer.pdf,
    page: offer.page,
  }
}

export type ContractLabels = ReturnType<typeof labelsFor>

/** Dates, renewal and payment as label/value rows; a value not set is left out. */
export function termRows(model: ContractReport, labels: ContractLabels): [string, string][] {
  const rows: [string, string][] = [
    [labels.startDate, model.startDate],
    [labels.endDate, model.endDate],
    [labels.duration, model.durationMonths === null ? '' : labels.months(model.durationMonths)],
    [labels.autoRenew, model.autoRenew ? labels.yes : labels.no],
    [labels.notice, model.noticeDays === null ? '' : labels.days(model.noticeDays)],
    [labels.renewalDecision, model.renewalDecisionDate],
    [labels.paymentTerms, model.paymentTerms],
    [labels.currency, model.currency],
  ]
  return rows.filter(([, value]) => value !== '')
}
