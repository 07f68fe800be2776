import { defineModule } from '@/hooks/modules'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { contractsCalendarSources } from './calendarSources'
import { contractsClientTabs } from './clientTabs'
import { ContractActivities } from './contract-activities'
import { myContractActivities } from './contract-activities/myWork'
import { contractActivitiesHome } from './contract-activities/home'
import { ContractAmendments } from './contract-amendments'
import { seedDemoContracts } from './demo'
import { createContractDocuments } from './contract-documents'
import { Contracts } from './contracts'
import { renewContractsTask } from './contracts/renewals'
import { contractEffects, contractGuards } from './contracts/steps'
import { contractsReference } from './reference'
import { contractsSearchSources } from './searchSources'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'

export type { MyContractActivityRow } from './contract-activities/myWork'

/**
 * Contracts (R18–R20): contracts made from accepted offers, their lines, activities, people,
 * documents and amendments, the signing flow and the renewals.
 */
export const contractsModule = () =>
  defineModule({
    name: 'contracts',
    collections: [Contracts, ContractActivities, ContractAmendments, createContractDocuments(readEnv().UPLOADS_DIR)],
    tasks: [renewContractsTask],
    notificationKinds: {
      'contracts.renewal': t('Contract renewal to decide', 'Prelungire de contract de decis'),
    },
    clientTabs: contractsClientTabs,
    calendarSources: contractsCalendarSources,
    searchSources: contractsSearchSources,
    myWorkSources: [{ key: 'contract-activities', collection: 'contract-activities', read: myContractActivities }],
    homeSources: [contractActivitiesHome],
    extends: {
      offers: {
        fields: [
          {
            name: 'createContract',
            type: 'ui',
            label: t('Create contract', 'Creează contractul'),
            admin: {
              position: 'sidebar',
              components: { Field: '/collections/contracts/contracts/components/CreateFromOffer#CreateFromOffer' },
            },
          },
          {
            name: 'contracts',
            type: 'join',
            collection: 'contracts',
            on: 'offer',
            label: t('Contract made from it', 'Contractul făcut din ea'),
            admin: { position: 'sidebar', defaultColumns: ['number', 'title', 'status'] },
          },
        ],
      },
      tickets: { relationTo: { concerns: ['contracts', 'contract-activities'] } },
    },
    guards: contractGuards,
    effects: contractEffects,
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: contractsReference,
    demo: seedDemoContracts,
  })
