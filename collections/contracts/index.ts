import { defineModule } from '@/hooks/modules'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { contractsClientTabs } from './clientTabs'
import { ContractActivities } from './contract-activities'
import { ContractAmendments } from './contract-amendments'
import { seedDemoContracts } from './demo'
import { createContractDocuments } from './contract-documents'
import { Contracts } from './contracts'
import { contractEffects, contractGuards } from './contracts/steps'
import { contractsReference } from './reference'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'

/**
 * Contracts (R18–R20): contracts made from accepted offers, their lines, activities, people,
 * documents and amendments, the signing flow and the renewals.
 */
export const contractsModule = () =>
  defineModule({
    name: 'contracts',
    collections: [Contracts, ContractActivities, ContractAmendments, createContractDocuments(readEnv().UPLOADS_DIR)],
    notificationKinds: {
      'contracts.renewal': t('Contract renewal to decide', 'Prelungire de contract de decis'),
    },
    clientTabs: contractsClientTabs,
    extends: {
      offers: {
        fields: [
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
