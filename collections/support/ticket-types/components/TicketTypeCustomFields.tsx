'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { stringify } from 'qs-esm'

/**
 * On a ticket type: where its custom fields are defined (custom fields of tickets whose
 * discriminator is this type's id), with a link to that filtered list.
 */
export function TicketTypeCustomFields() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const ro = i18n.language === 'ro'
  if (!id) {
    return (
      <p>
        {ro
          ? 'După salvare puteți defini câmpurile personalizate ale acestui tip.'
          : 'Once saved, you can define the custom fields of this type.'}
      </p>
    )
  }
  const where = stringify({
    where: { and: [{ targetCollection: { equals: 'tickets' } }, { discriminator: { equals: String(id) } }] },
  })
  return (
    <p id="ticket-type-custom-fields">
      {ro
        ? `Câmpurile personalizate ale acestui tip sunt definiții pentru „Tichete” cu discriminatorul ${id}. `
        : `This type's custom fields are definitions for "Tickets" with discriminator ${id}. `}
      <a href={`${config.routes.admin}/collections/custom-fields?${where}`}>{ro ? 'Vedeți-le' : 'See them'}</a>
    </p>
  )
}
