import type { MarkedCategory, ReportLanguage } from './types'

const upper = (text: string, language: ReportLanguage) => text.toLocaleUpperCase(language)

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
    amountsIn: (currency: string) => `Valori în ${currency}`,
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
    totals: {
      subtotal: 'Total înainte de discount',
      discount: 'Discount acordat',
      net: 'Total fără TVA',
      vat: 'TVA',
      vatAt: (rate: string, base: string) => `TVA ${rate} (bază ${base})`,
      gross: 'Total de plată',
    },
    noLines: 'Oferta nu are încă linii.',
    /** What a marked offer says of itself: its state, and for a draft that it binds no one yet. */
    statusMark: (label: string, category: MarkedCategory) =>
      category === 'open' ? `${upper(label, 'ro')} – nu este o ofertă fermă` : upper(label, 'ro'),
    acceptance: {
      title: 'Acceptarea ofertei',
      supplier: 'Furnizor',
      client: 'Acceptat de client',
      name: 'Nume',
      position: 'Funcția',
      signature: 'Semnătura',
      date: 'Data',
    },
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
    amountsIn: (currency: string) => `Amounts in ${currency}`,
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
    totals: {
      subtotal: 'Subtotal',
      discount: 'Discount',
      net: 'Total excluding VAT',
      vat: 'VAT',
      vatAt: (rate: string, base: string) => `VAT ${rate} (on ${base})`,
      gross: 'Total due',
    },
    noLines: 'The offer has no lines yet.',
    statusMark: (label: string, category: MarkedCategory) =>
      category === 'open' ? `${upper(label, 'en')} – not a binding offer` : upper(label, 'en'),
    acceptance: {
      title: 'Acceptance of the offer',
      supplier: 'Supplier',
      client: 'Accepted by the client',
      name: 'Name',
      position: 'Position',
      signature: 'Signature',
      date: 'Date',
    },
    print: 'Print',
    pdf: 'Download PDF',
    back: 'Back to the offer',
    page: (page: number, count: number) => `Page ${page} of ${count}`,
  },
} as const

export type ReportLabels = (typeof LABELS)[ReportLanguage]

export const labelsFor = (language: ReportLanguage): ReportLabels => LABELS[language]
