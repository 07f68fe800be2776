import type { ReportLanguage } from './types'

/** Romanian puts "de" between a number and its noun from 20 on: 19 zile, 20 de zile, 101 zile, 120 de zile. */
const romanianCount = (count: number, one: string, many: string) => {
  if (count === 1) return one
  const rest = count % 100
  return rest >= 20 || (rest === 0 && count > 0) ? `${count} de ${many}` : `${count} ${many}`
}

/** The report's fixed texts in the reader's language, shared by the page and the PDF. */
const LABELS = {
  ro: {
    offer: 'Ofertă',
    number: 'Număr',
    issueDate: 'Data emiterii',
    validUntil: 'Valabilă până la',
    validity: (days: number) => `Valabilitate: ${romanianCount(days, 'o zi', 'zile')}`,
    supplier: 'Furnizor',
    client: 'Client',
    contact: 'Persoană de contact',
    preparedBy: 'Întocmită de',
    fiscalCode: 'CUI',
    tradeRegister: 'Nr. Reg. Com.',
    iban: 'IBAN',
    bank: 'Banca',
    subject: 'Obiectul ofertei',
    intro: 'Introducere',
    requirements: 'Cerințe',
    lines: 'Produse și servicii',
    terms: 'Termeni și condiții',
    columns: {
      no: 'Nr.',
      description: 'Descriere',
      quantity: 'Cant.',
      unit: 'U.M.',
      unitPrice: 'Preț unitar',
      discount: 'Disc.',
      net: 'Valoare',
      vatPercent: 'TVA %',
      vat: 'TVA',
      gross: 'Total',
    },
    totals: { discount: 'Discount acordat', net: 'Total fără TVA', vat: 'TVA', gross: 'Total de plată' },
    noLines: 'Oferta nu are încă linii.',
    print: 'Tipărește',
    pdf: 'Descarcă PDF',
    back: 'Înapoi la ofertă',
    page: (page: number, count: number) => `Pagina ${page} din ${count}`,
  },
  en: {
    offer: 'Offer',
    number: 'Number',
    issueDate: 'Issue date',
    validUntil: 'Valid until',
    validity: (days: number) => (days === 1 ? 'Validity: one day' : `Validity: ${days} days`),
    supplier: 'Supplier',
    client: 'Client',
    contact: 'Contact person',
    preparedBy: 'Prepared by',
    fiscalCode: 'Fiscal code',
    tradeRegister: 'Trade register no.',
    iban: 'IBAN',
    bank: 'Bank',
    subject: 'Subject',
    intro: 'Introduction',
    requirements: 'Requirements',
    lines: 'Products and services',
    terms: 'Terms and conditions',
    columns: {
      no: 'No.',
      description: 'Description',
      quantity: 'Qty',
      unit: 'Unit',
      unitPrice: 'Unit price',
      discount: 'Disc.',
      net: 'Net',
      vatPercent: 'VAT %',
      vat: 'VAT',
      gross: 'Gross',
    },
    totals: { discount: 'Discount granted', net: 'Total excluding VAT', vat: 'VAT', gross: 'Total due' },
    noLines: 'The offer has no lines yet.',
    print: 'Print',
    pdf: 'Download PDF',
    back: 'Back to the offer',
    page: (page: number, count: number) => `Page ${page} of ${count}`,
  },
} as const

export type ReportLabels = (typeof LABELS)[ReportLanguage]

export const labelsFor = (language: ReportLanguage): ReportLabels => LABELS[language]
