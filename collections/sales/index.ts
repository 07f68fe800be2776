import { defineModule } from '@/hooks/modules'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { salesClientTabs } from './clientTabs'
import { seedDemoOffers } from './demo'
import { createOfferFiles } from './offer-files'
import { OfferSections } from './offer-sections'
import { OfferTemplates } from './offer-templates'
import { Offers } from './offers'
import { offerEffects, offerGuards } from './offers/effects'
import { expireOffersTask } from './offers/expire'
import { Products } from './products'
import { salesReference } from './reference'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'

/**
 * Sales (R12–R17): the product catalog, offer templates, offers with their sections owned by
 * different people, their files, their approval flow and their expiry.
 */
export const salesModule = () =>
  defineModule({
    name: 'sales',
    collections: [Products, OfferTemplates, Offers, OfferSections, createOfferFiles(readEnv().UPLOADS_DIR)],
    tasks: [expireOffersTask],
    notificationKinds: {
      'offers.section-assigned': t('Offer section assigned to me', 'Secțiune de ofertă atribuită mie'),
    },
    clientTabs: salesClientTabs,
    guards: offerGuards,
    effects: offerEffects,
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: salesReference,
    demo: seedDemoOffers,
  })
