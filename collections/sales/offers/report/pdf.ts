import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces'

import { labelsFor, type ReportLabels } from './labels'
import { REPORT_FONT, renderPdf } from './pdfEngine'
import {
  ACCENT,
  linesPart,
  MARGIN,
  part,
  REPORT_STYLES,
  reportPageBreakBefore,
  richText,
  signatureColumn,
  signatureColumns,
  small,
  statusWatermark,
} from './pdfParts'
import type { ClientBlock, OfferReport, PersonBlock } from './types'

// The logo's box in the header, in points: a wide logo gets the width, a square one the height.
const LOGO_BOX: [number, number] = [150, 48]

function header(model: OfferReport, labels: ReportLabels): Content {
  const { company } = model
  const companyLines = [
    company.fiscalCode && `${labels.fiscalCode}: ${company.fiscalCode}`,
    company.tradeRegisterNumber && `${labels.tradeRegister}: ${company.tradeRegisterNumber}`,
    company.address,
    company.iban && `${labels.iban}: ${company.iban}`,
    company.bank && `${labels.bank}: ${company.bank}`,
  ]
  const offerLines = [
    `${labels.number}: ${model.number}`,
    model.issueDate && `${labels.issueDate}: ${model.issueDate}`,
    model.validUntil && `${labels.validUntil}: ${model.validUntil}`,
    model.validityDays !== null ? labels.validity(model.validityDays) : '',
  ]
  const logo: Content[] = model.logo ? [{ image: model.logo.dataUrl, fit: LOGO_BOX, margin: [0, 0, 0, 6] }] : []
  return {
    columns: [
      { width: '*', stack: [...logo, { text: company.name, style: 'companyName' }, small(companyLines)] },
      {
        width: 'auto',
        stack: [
          { text: labels.offer.toLocaleUpperCase(model.language), style: 'docTitle' },
          { ...(small(offerLines) as ContentText), alignment: 'right' },
        ],
      },
    ],
    columnGap: 20,
  }
}

function clientColumn(client: ClientBlock | null, labels: ReportLabels): Content {
  if (!client) return { text: '' }
  return {
    stack: [
      { text: labels.client, style: 'blockLabel' },
      { text: client.name, bold: true },
      small([
        client.fiscalCode && `${labels.fiscalCode}: ${client.fiscalCode}`,
        client.tradeRegisterNumber && `${labels.tradeRegister}: ${client.tradeRegisterNumber}`,
        ...client.addressLines,
      ]),
    ],
  }
}

function personColumn(title: string, person: PersonBlock | null): Content {
  if (!person) return { text: '' }
  return {
    stack: [
      { text: title, style: 'blockLabel' },
      { text: person.name, bold: true },
      small([person.jobTitle, person.email, person.phone]),
    ],
  }
}

/**
 * The offer's last part: the supplier who prepared it, and the client's acceptance with the lines
 * its representative fills in by hand. The title and both columns stay on one page.
 */
function acceptance(model: OfferReport, labels: ReportLabels): Content {
  const a = labels.acceptance
  return {
    stack: [
      { text: a.title, style: 'partTitle' },
      signatureColumns(
        signatureColumn(a.supplier, model.company.name, [
          [labels.preparedBy, model.owner?.name ?? ''],
          [a.signature, ''],
        ]),
        signatureColumn(a.client, model.client?.name ?? '', [
          [a.name, ''],
          [a.position, ''],
          [a.signature, ''],
          [a.date, ''],
        ]),
      ),
    ],
    unbreakable: true,
  }
}

function definition(model: OfferReport): TDocumentDefinitions {
  const labels = labelsFor(model.language)
  const title = `${labels.offer} ${model.number}`
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 10],
    language: model.language,
    info: { title, subject: model.title, author: model.company.name, creator: 'OrganizeCRM' },
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, lineHeight: 1.2 },
    styles: { ...REPORT_STYLES, offerTitle: { fontSize: 13, bold: true, margin: [0, 14, 0, 2] } },
    watermark: statusWatermark(model.mark, (mark) => mark.label.toLocaleUpperCase(model.language)),
    pageBreakBefore: reportPageBreakBefore,
    footer: (page, count) => ({
      columns: [
        { text: title, style: 'identity' },
        { text: labels.page(page, count), style: 'identity', alignment: 'right' },
      ],
      margin: [MARGIN, 10, MARGIN, 0],
    }),
    content: [
      header(model, labels),
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 595.28 - 2 * MARGIN, y2: 0, lineWidth: 1, lineColor: ACCENT }],
        margin: [0, 10, 0, 10],
      },
      {
        columns: [
          clientColumn(model.client, labels),
          personColumn(labels.contact, model.contact),
          personColumn(labels.preparedBy, model.owner),
        ],
        columnGap: 16,
      },
      { text: model.title, style: 'offerTitle' },
      model.subject ? { text: [{ text: `${labels.subject}: `, bold: true }, model.subject] } : [],
      ...part(labels.intro, richText(model.intro)),
      ...part(labels.requirements, richText(model.requirements)),
      // A section keeps its title even while it is still empty: the offer was planned with it.
      ...model.sections.flatMap((section) => part(section.title, richText(section.content), false)),
      ...linesPart(labels.lines, model.currency, model.lines, model.totals, labels),
      ...part(labels.terms, richText(model.terms)),
      acceptance(model, labels),
    ],
  }
}

/**
 * The offer as an A4 PDF, drawn in-process: no browser is involved. A logo the PDF library cannot
 * read (a damaged file under a PNG name) is left out rather than failing the whole document.
 */
export async function offerPdf(model: OfferReport): Promise<Buffer> {
  if (!model.logo) return renderPdf(definition(model))
  try {
    return await renderPdf(definition(model))
  } catch {
    return renderPdf(definition({ ...model, logo: null }))
  }
}
