import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { handedOutResponsible } from '@/fields/people'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { serverOwned } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { stateCategoryOf } from '@/hooks/workflow/engine'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { say, t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { dateField } from '@/fields/dates'

const slug = 'offer-sections'
const ownership: Ownership = { ownerFields: ['responsible', 'offerOwner'], teamField: 'team' }
const governed = workflowGoverned(slug, {
  workflow: 'offer-section',
  ownerField: 'offerOwner',
  responsibleField: 'responsible',
  teamField: 'team',
})

/**
 * A section follows its offer: it carries the offer's owner (who approves it) and team, and it
 * cannot change once the offer has left its draft (only the offer's own workflow moves it then).
 */
const followOffer: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const offerId = idOf(data.offer ?? originalDoc?.offer)
  if (offerId === null) return data
  const offer = await req.payload.findByID({
    collection: 'offers',
    id: offerId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!offer) return data
  if ((await stateCategoryOf(req, 'offers', offer)) !== 'open') {
    throw new APIError(
      say(req.i18n?.language, {
        // No offer number: the caller may not be allowed to read the offer.
        en: 'The offer is past its draft: its sections can no longer change. Make a revision to change them.',
        ro: 'Oferta nu mai este ciornă: secțiunile ei nu mai pot fi modificate. Faceți o revizie pentru a le schimba.',
      }),
      409,
    )
  }
  data.offerOwner = idOf(offer.owner)
  data.team = idOf(offer.team)
  return data
}

/** Offer sections (R15): each with its own responsible person, due date and validation flow. */
export const OfferSections: CollectionConfig = {
  slug,
  labels: { singular: t('Offer section', 'Secțiune de ofertă'), plural: t('Offer sections', 'Secțiuni de ofertă') },
  // Sections are written only into offers the caller may change.
  access: underParent(slug, { field: 'offer', collection: 'offers', need: 'update' }, governedAccess(slug, ownership)),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'offer', 'responsible', 'dueDate', 'status'],
    listSearchableFields: ['title'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'order',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['offer', 'order'] }, { fields: ['responsible', 'statusCategory'] }],
  endpoints: governed.endpoints,
  hooks: {
    beforeChange: [followOffer, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: governed.hooks.afterChange,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'offer',
          type: 'relationship',
          relationTo: 'offers',
          required: true,
          index: true,
          label: t('Offer', 'Ofertă'),
        },
        { name: 'order', type: 'number', defaultValue: 1, label: t('Order', 'Ordine') },
        { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
      ],
    },
    { name: 'content', type: 'richText', label: t('Content', 'Conținut') },
    {
      type: 'row',
      fields: [handedOutResponsible('offer-sections'), dateField({ name: 'dueDate', label: t('Due date', 'Termen') })],
    },
    // Copied from the offer by followOffer.
    serverOwned({
      name: 'offerOwner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Offer owner', 'Responsabilul ofertei'),
      admin: { readOnly: true, position: 'sidebar' },
    }),
    serverOwned({
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      index: true,
      label: t('Team', 'Echipă'),
      admin: { readOnly: true, position: 'sidebar' },
    }),
    ...governed.fields,
    ...auditFields,
  ],
}
