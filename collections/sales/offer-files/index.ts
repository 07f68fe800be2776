import type { CollectionConfig } from 'payload'

import { createRecordFiles } from '@/hooks/recordFiles'
import { t } from '@/lib/i18n'
import { offerOwnership } from '../offers'

/** Drafts, annexes and the final offer (R12): read and written with their offer, never public. */
export function createOfferFiles(uploadsDir: string): CollectionConfig {
  return createRecordFiles({
    slug: 'offer-files',
    uploadsDir,
    labels: { singular: t('Offer file', 'Fișier ofertă'), plural: t('Offer files', 'Fișiere oferte') },
    group: t('Sales', 'Vânzări'),
    parent: { collection: 'offers', ownership: offerOwnership, field: 'offer', label: t('Offer', 'Ofertă') },
    records: t('offers', 'ofertele'),
    aFile: t('an offer file', 'un fișier de ofertă'),
    maxUploadMb: (settings) => settings.commercial?.maxUploadMb,
  })
}
