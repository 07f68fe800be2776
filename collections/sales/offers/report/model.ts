import { APIError, type PayloadRequest } from 'payload'

import { say } from '@/lib/i18n'
import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { amount, percent, quantity, reportDate, validityDays } from './format'
import { companyLogo } from './logo'
import { richTextBlocks } from './richText'
import { statusMark } from './status'
import { reportTotals } from './totals'
import type { ClientBlock, CompanyBlock, OfferReport, PersonBlock, ReportLanguage, ReportLine } from './types'

// PostgreSQL `integer` ids: anything else would reach the database and fail there (500).
const MAX_ID = 2_147_483_647

/** A related document when the reader may see it; an id (or nothing) when not populated. */
type Related<T> = T | number | null | undefined

interface AddressSource {
  street?: string | null
  city?: string | null
  county?: string | null
  postalCode?: string | null
  country?: string | null
}

export interface ClientSource {
  name?: string | null
  fiscalCode?: string | null
  tradeRegisterNumber?: string | null
  address?: AddressSource | null
}

interface PersonSource {
  name?: string | null
  jobTitle?: string | null
  email?: string | null
  phone?: string | null
}

export interface LineSource {
  description?: string | null
  quantity?: number | null
  unit?: Related<{ label?: string | null; value?: string | null }>
  unitPrice?: number | null
  discountPercent?: number | null
  vatPercent?: number | null
  net?: number | null
  vat?: number | null
  gross?: number | null
}

/** What the report reads of an offer at depth 1. */
interface OfferSource {
  id: number
  number?: string | null
  title?: string | null
  subject?: string | null
  client?: Related<ClientSource>
  contact?: Related<PersonSource>
  owner?: Related<PersonSource>
  currency?: Related<{ value?: string | null }>
  issueDate?: string | null
  validUntil?: string | null
  intro?: unknown
  requirements?: unknown
  terms?: unknown
  lines?: LineSource[] | null
  totals?: { net?: number | null; discount?: number | null; vat?: number | null; gross?: number | null } | null
  status?: string | null
  statusCategory?: string | null
}

interface SectionSource {
  title?: string | null
  content?: unknown
}

export interface SettingsSource {
  company?: (Partial<Record<keyof CompanyBlock, string | null>> & { logo?: unknown }) | null
  time?: { timeZone?: string | null } | null
}

const populated = <T extends object>(value: Related<T>): T | null => (value && typeof value === 'object' ? value : null)
const text = (value: string | null | undefined) => value?.trim() ?? ''
const joined = (parts: (string | null | undefined)[], separator: string) =>
  parts.map(text).filter(Boolean).join(separator)

/**
 * A 401/404 in the request's language. The name is set by hand: production bundles minify class
 * names, and Payload replaces the message of an unnamed error by "An unknown error occurred.".
 */
function refusal(req: PayloadRequest, status: 401 | 404, message: { en: string; ro: string }) {
  const error = new APIError(say(req.i18n?.language, message), status)
  error.name = status === 401 ? 'Unauthorized' : 'NotFound'
  return error
}

const notFound = (req: PayloadRequest) =>
  refusal(req, 404, {
    en: 'This offer does not exist or you are not allowed to see it.',
    ro: 'Oferta nu există sau nu aveți dreptul să o vedeți.',
  })

/** The offer id from the URL: a positive integer PostgreSQL can hold, else the offer cannot exist. */
function offerId(req: PayloadRequest, raw: unknown): number {
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw notFound(req)
  return id
}

export function clientBlock(source: ClientSource | null): ClientBlock | null {
  if (!source) return null
  const address = source.address ?? {}
  return {
    name: text(source.name),
    fiscalCode: text(source.fiscalCode),
    tradeRegisterNumber: text(source.tradeRegisterNumber),
    addressLines: [
      text(address.street),
      joined([address.postalCode, address.city, address.county], ', '),
      text(address.country),
    ].filter(Boolean),
  }
}

function personBlock(source: PersonSource | null): PersonBlock | null {
  if (!source) return null
  return {
    name: text(source.name),
    jobTitle: text(source.jobTitle),
    email: text(source.email),
    phone: text(source.phone),
  }
}

export function companyBlock(settings: SettingsSource): CompanyBlock {
  const company = settings.company ?? {}
  return {
    name: text(company.name),
    fiscalCode: text(company.fiscalCode),
    tradeRegisterNumber: text(company.tradeRegisterNumber),
    address: text(company.address),
    iban: text(company.iban),
    bank: text(company.bank),
  }
}

/** The lines as printed: plain amounts, the currency being written once for the whole table. */
export function reportLines(lines: LineSource[]): ReportLine[] {
  return lines.map((line, index) => {
    const unit = populated(line.unit)
    return {
      no: index + 1,
      description: text(line.description),
      quantity: quantity(line.quantity),
      unit: text(unit?.label ?? unit?.value),
      unitPrice: amount(line.unitPrice),
      discountPercent: percent(line.discountPercent),
      net: amount(line.net),
      vatPercent: percent(line.vatPercent),
      vat: amount(line.vat),
      gross: amount(line.gross),
    }
  })
}

/**
 * The offer report for the signed-in reader: the offer, its sections and the company's identity,
 * each read with the reader's own access. An offer the reader may not read answers 404 exactly
 * like one that does not exist, so its existence is never revealed.
 */
export async function loadOfferReport(req: PayloadRequest, rawId: unknown): Promise<OfferReport> {
  const user = req.user
  if (!user)
    throw refusal(req, 401, { en: 'Sign in to see this offer.', ro: 'Autentificați-vă pentru a vedea oferta.' })
  const id = offerId(req, rawId)
  const language: ReportLanguage = user.language === 'en' ? 'en' : 'ro'
  // The reader's language also picks the nomenclator labels (units).
  const asReader = { user, overrideAccess: false, req, locale: language } as const
  // And the workflow's state labels, which are read in the request's locale.
  req.locale = language

  const offer = (await req.payload.findByID({
    collection: 'offers',
    id,
    depth: 1,
    // Only what the report prints: no product, template, file or revision documents are fetched.
    select: {
      number: true,
      title: true,
      subject: true,
      client: true,
      contact: true,
      owner: true,
      currency: true,
      issueDate: true,
      validUntil: true,
      intro: true,
      requirements: true,
      terms: true,
      lines: {
        description: true,
        quantity: true,
        unit: true,
        unitPrice: true,
        discountPercent: true,
        vatPercent: true,
        net: true,
        vat: true,
        gross: true,
      },
      totals: true,
      status: true,
      statusCategory: true,
    },
    populate: {
      clients: { name: true, fiscalCode: true, tradeRegisterNumber: true, address: true },
      contacts: { name: true, jobTitle: true, email: true, phone: true },
      users: { name: true, email: true, phone: true },
      nomenclators: { value: true, label: true },
    },
    disableErrors: true,
    ...asReader,
  })) as unknown as OfferSource | null
  if (!offer) throw notFound(req)

  const [sections, settings] = await Promise.all([
    req.payload.find({
      collection: 'offer-sections',
      where: { offer: { equals: id } },
      sort: ['order', 'id'],
      depth: 0,
      pagination: false,
      // Sections the reader may not read are left out rather than refusing the whole offer.
      disableErrors: true,
      ...asReader,
    }),
    req.payload.findGlobal({ slug: 'settings', depth: 0, ...asReader }),
  ])
  const company = settings as unknown as SettingsSource
  const timeZone = text(company.time?.timeZone) || DEFAULT_TIME_ZONE
  const currency = text(populated(offer.currency)?.value) || 'RON'
  const lines = offer.lines ?? []
  const [mark, logo] = await Promise.all([statusMark(req, 'offers', offer), companyLogo(req, company.company?.logo)])

  return {
    id,
    language,
    number: text(offer.number),
    title: text(offer.title),
    subject: text(offer.subject),
    currency,
    issueDate: reportDate(offer.issueDate, timeZone),
    validUntil: reportDate(offer.validUntil, timeZone),
    validityDays: validityDays(offer.issueDate, offer.validUntil, timeZone),
    mark,
    company: companyBlock(company),
    logo,
    client: clientBlock(populated(offer.client)),
    contact: personBlock(populated(offer.contact)),
    owner: personBlock(populated(offer.owner)),
    intro: richTextBlocks(offer.intro),
    requirements: richTextBlocks(offer.requirements),
    sections: (sections.docs as unknown as SectionSource[]).map((section) => ({
      title: text(section.title),
      content: richTextBlocks(section.content),
    })),
    lines: reportLines(lines),
    totals: reportTotals(lines, offer.totals ?? {}, currency),
    terms: richTextBlocks(offer.terms),
  }
}
