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
import { salesSearchSources } from './searchSources'
import { offersHome } from './offers/home'
import { offerSectionsHome } from './offer-sections/home'

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
    searchSources: salesSearchSources,
    homeSources: [offersHome, offerSectionsHome],
    extends: { tickets: { relationTo: { concerns: ['offers'] } } },
    guards: offerGuards,
    effects: offerEffects,
    reference: salesReference,
    demo: seedDemoOffers,
  })

export { linesAndTotals } from './offers/lines'
export { computeTotals } from './offers/totals'
export * as reportKit from './offers/report/kit'
