import { joinParts, searchSource } from '@/hooks/search/source'
import { normalizeCui } from '@/lib/cui'
import type { Client, Contact, Opportunity } from '@/payload-types'

/** A query that is a fiscal code, with or without "RO" and spaces: the code as stored (clients/hooks.ts). */
export const fiscalCodeOf = (query: string) => (/^(ro)?[\d\s]+$/i.test(query) ? normalizeCui(query) || null : null)

const clients = searchSource<Pick<Client, 'id' | 'name' | 'fiscalCode' | 'address'>>({
  collection: 'clients',
  order: 10,
  fields: ['name', { field: 'fiscalCode', wholeQuery: fiscalCodeOf }],
  sort: 'name',
  select: { name: true, fiscalCode: true, address: true },
  toItem: (client) => ({
    title: client.name,
    subtitle: joinParts(client.fiscalCode && `CUI ${client.fiscalCode}`, client.address?.city),
  }),
})

const contacts = searchSource<Pick<Contact, 'id' | 'name' | 'email' | 'phone' | 'jobTitle'>>({
  collection: 'contacts',
  order: 20,
  fields: ['name', 'email', 'phone'],
  sort: 'name',
  select: { name: true, email: true, phone: true, jobTitle: true },
  toItem: (contact) => ({ title: contact.name, subtitle: joinParts(contact.jobTitle, contact.email, contact.phone) }),
})

const opportunities = searchSource<Pick<Opportunity, 'id' | 'title' | 'expectedCloseDate'>>({
  collection: 'opportunities',
  order: 30,
  fields: ['title'],
  sort: '-updatedAt',
  select: { title: true, expectedCloseDate: true },
  toItem: (opportunity, language) => ({
    title: opportunity.title,
    subtitle: opportunity.expectedCloseDate
      ? `${language === 'ro' ? 'Închidere estimată' : 'Expected close'} ${opportunity.expectedCloseDate.slice(0, 10)}`
      : null,
  }),
})

/** Clients (by name and fiscal code), their people (name, email, phone) and opportunities. */
export const crmSearchSources = [clients, contacts, opportunities]
