import { searchSource } from '@/hooks/search/source'
import type { Contract } from '@/payload-types'

/** Contracts by number and title. */
export const contractsSearchSources = [
  searchSource<Pick<Contract, 'id' | 'number' | 'title'>>({
    collection: 'contracts',
    order: 50,
    fields: ['number', 'title'],
    sort: '-createdAt',
    select: { number: true, title: true },
    toItem: (contract) => ({ title: contract.title, subtitle: contract.number ?? null }),
  }),
]
