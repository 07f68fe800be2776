import type { PayloadRequest } from 'payload'

import { refuse } from '@/lib/errors'
import { recordIdOf } from '@/lib/ids'
import { fromCents, toCents } from '@/lib/money'
import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { reportKit } from '../../../sales'
import type { ContractActivity, ContractPerson, ContractReport, ReportLanguage, SignatureBlock } from './types'

const { clientBlock, companyBlock, money, reportDate, reportLines, reportTotals, richTextBlocks, statusMark } =
  reportKit

/** A related document when the reader may see it; an id (or nothing) when not populated. */
type Related<T> = T | number | null | undefined

interface Nomenclator {
  value?: string | null
  label?: string | null
}

interface PersonSource {
  id?: number
  name?: string | null
  jobTitle?: string | null
  email?: string | null
  phone?: string | null
}

/** What the report reads of a contract at depth 1. */
interface ContractSource {
  number?: string | null
  title?: string | null
  contractType?: Related<Nomenclator>
  client?: Related<reportKit.ClientSource>
  signatories?: Related<PersonSource>[] | null
  startDate?: string | null
  durationMonths?: number | null
  endDate?: string | null
  autoRenew?: boolean | null
  noticeDays?: number | null
  renewalDecisionDate?: string | null
  currency?: Related<Nomenclator>
  paymentTerms?: string | null
  description?: unknown
  lines?: reportKit.LineSource[] | null
  totals?: { net?: number | null; discount?: number | null; vat?: number | null; gross?: number | null } | null
  ourPeople?: { user?: Related<PersonSource>; role?: Related<Nomenclator> }[] | null
  clientPeople?: { contact?: Related<PersonSource>; role?: Related<Nomenclator> }[] | null
  status?: string | null
  statusCategory?: string | null
}

interface ActivitySource {
  title?: string | null
  type?: Related<Nomenclator>
  dueDate?: string | null
  responsible?: Related<PersonSource>
  amount?: number | null
}

/** The contract role of those who sign for their side (nomenclator `contract-roles`). */
const SIGNATORY = 'signatory'

const populated = <T extends object>(value: Related<T>): T | null => (value && typeof value === 'object' ? value : null)
const text = (value: string | null | undefined) => value?.trim() ?? ''
const labelOf = (value: Related<Nomenclator>) => text(populated(value)?.label ?? populated(value)?.value)
const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

const notFound = (req: PayloadRequest) =>
  refuse(req, 404, {
    en: 'This contract does not exist or you are not allowed to see it.',
    ro: 'Contractul nu există sau nu aveți dreptul să îl vedeți.',
  })

/**
 * The contract id from the URL: anything but digits is a malformed request (400); digits no
 * PostgreSQL integer id can hold name no contract (404), and never reach the database.
 */
function contractId(req: PayloadRequest, raw: unknown): number {
  const digits = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
  if (!/^\d+$/.test(digits)) {
    throw refuse(req, 400, {
      en: 'A contract is named by its id, a whole number.',
      ro: 'Un contract este identificat printr-un număr întreg.',
    })
  }
  const id = recordIdOf(digits)
  if (id === null) throw notFound(req)
  return id
}

function person(source: PersonSource | null, role: Related<Nomenclator>): ContractPerson[] {
  if (!source) return []
  return [
    {
      name: text(source.name),
      role: labelOf(role),
      jobTitle: text(source.jobTitle),
      email: text(source.email),
      phone: text(source.phone),
    },
  ]
}

const isSignatory = (role: Related<Nomenclator>) => populated(role)?.value === SIGNATORY

/** Our signatories are our people with the signatory role; the client's, its named signatories and people with that role. */
function signatures(contract: ContractSource, companyName: string): ContractReport['signatures'] {
  const ours = (contract.ourPeople ?? []).filter((row) => isSignatory(row.role)).map((row) => populated(row.user))
  const theirs = [
    ...(contract.signatories ?? []).map(populated),
    ...(contract.clientPeople ?? []).filter((row) => isSignatory(row.role)).map((row) => populated(row.contact)),
  ]
  const names = (people: (PersonSource | null)[]) => [...new Set(people.map((p) => text(p?.name)).filter(Boolean))]
  const block = (party: string, people: (PersonSource | null)[]): SignatureBlock => ({
    party,
    signatories: names(people),
  })
  return {
    company: block(companyName, ours),
    client: block(text(populated(contract.client)?.name), theirs),
  }
}

function activities(sources: ActivitySource[], currency: string, timeZone: string): ContractActivity[] {
  return sources.map((activity, index) => ({
    no: index + 1,
    title: text(activity.title),
    type: labelOf(activity.type),
    dueDate: reportDate(activity.dueDate, timeZone),
    responsible: text(populated(activity.responsible)?.name),
    amount: numberOrNull(activity.amount) === null ? '' : money(activity.amount, currency),
  }))
}

/** The payment schedule's sum, added in minor units so that it matches the amounts shown. */
function scheduledTotal(sources: ActivitySource[], currency: string): string | null {
  const amounts = sources.map((activity) => numberOrNull(activity.amount)).filter((amount) => amount !== null)
  if (amounts.length === 0) return null
  return money(fromCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0)), currency)
}

/**
 * The contract report for the signed-in reader: the contract with its parties, lines, people and
 * activities, and the company's identity, each read with the reader's own access. A contract the
 * reader may not read answers 404 exactly like one that does not exist, so its existence is never
 * revealed; activities the reader may not read are left out, as on the contract's page.
 */
export async function loadContractReport(req: PayloadRequest, rawId: unknown): Promise<ContractReport> {
  const user = req.user
  if (!user) {
    throw refuse(req, 401, {
      en: 'Sign in to see this contract.',
      ro: 'Autentificați-vă pentru a vedea contractul.',
    })
  }
  const id = contractId(req, rawId)
  const language: ReportLanguage = user.language === 'en' ? 'en' : 'ro'
  // The reader's language also picks the nomenclator labels (type, roles, units).
  const asReader = { user, overrideAccess: false, req, locale: language } as const
  const people = { name: true, jobTitle: true, email: true, phone: true } as const
  // And the workflow's state labels, which are read in the request's locale.
  req.locale = language

  const contract = (await req.payload.findByID({
    collection: 'contracts',
    id,
    depth: 1,
    // Only what the report prints: no offer, document, amendment or version is fetched.
    select: {
      number: true,
      title: true,
      contractType: true,
      client: true,
      signatories: true,
      startDate: true,
      durationMonths: true,
      endDate: true,
      autoRenew: true,
      noticeDays: true,
      renewalDecisionDate: true,
      currency: true,
      paymentTerms: true,
      description: true,
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
      ourPeople: { user: true, role: true },
      clientPeople: { contact: true, role: true },
      status: true,
      statusCategory: true,
    },
    populate: {
      clients: { name: true, fiscalCode: true, tradeRegisterNumber: true, address: true },
      contacts: people,
      users: { name: true, email: true, phone: true },
      nomenclators: { value: true, label: true },
    },
    disableErrors: true,
    ...asReader,
  })) as unknown as ContractSource | null
  if (!contract) throw notFound(req)

  const [found, settings, mark] = await Promise.all([
    req.payload.find({
      collection: 'contract-activities',
      where: { contract: { equals: id } },
      sort: ['dueDate', 'id'],
      depth: 1,
      pagination: false,
      select: { title: true, type: true, dueDate: true, responsible: true, amount: true },
      populate: { users: { name: true }, nomenclators: { value: true, label: true } },
      // Activities the reader may not read are left out rather than refusing the whole contract.
      disableErrors: true,
      ...asReader,
    }),
    req.payload.findGlobal({ slug: 'settings', depth: 0, ...asReader }),
    statusMark(req, 'contracts', contract),
  ])
  const company = companyBlock(settings as unknown as reportKit.SettingsSource)
  const timeZone = text((settings as { time?: { timeZone?: string | null } }).time?.timeZone) || DEFAULT_TIME_ZONE
  const currency = text(populated(contract.currency)?.value) || 'RON'
  const lines = contract.lines ?? []
  const schedule = (found?.docs ?? []) as unknown as ActivitySource[]

  return {
    id,
    language,
    number: text(contract.number),
    title: text(contract.title),
    type: labelOf(contract.contractType),
    currency,
    startDate: reportDate(contract.startDate, timeZone),
    endDate: reportDate(contract.endDate, timeZone),
    renewalDecisionDate: reportDate(contract.renewalDecisionDate, timeZone),
    durationMonths: numberOrNull(contract.durationMonths),
    noticeDays: numberOrNull(contract.noticeDays),
    autoRenew: Boolean(contract.autoRenew),
    paymentTerms: text(contract.paymentTerms),
    mark,
    company,
    client: clientBlock(populated(contract.client)),
    description: richTextBlocks(contract.description),
    lines: reportLines(lines),
    totals: reportTotals(lines, contract.totals ?? {}, currency),
    ourPeople: (contract.ourPeople ?? []).flatMap((row) => person(populated(row.user), row.role)),
    clientPeople: (contract.clientPeople ?? []).flatMap((row) => person(populated(row.contact), row.role)),
    activities: activities(schedule, currency, timeZone),
    scheduledTotal: scheduledTotal(schedule, currency),
    signatures: signatures(contract, company.name),
  }
}
