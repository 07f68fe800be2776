import type { Payload, ServerProps } from 'payload'

import { companyIdentity, companyLogoUrl } from '@/globals/companyIdentity'

/**
 * The company in the header, where Payload shows its icon (the first step of the breadcrumbs,
 * a link to the dashboard): the settings' logo, small, and the company's name.
 *
 * Not async itself: Payload's Open Graph image (/api/og) draws the icon synchronously and without
 * the server props, and gets nothing rather than a promise it cannot draw.
 */
export function CompanyIcon({ payload }: Partial<ServerProps>) {
  return payload ? <CompanyMark payload={payload} /> : null
}

async function CompanyMark({ payload }: { payload: Payload }) {
  const { name, logo } = await companyIdentity(payload)
  return (
    <span className="company-icon">
      {logo && (
        // A plain <img>: the endpoint answers the one logo with its caching; nothing to optimise.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="company-icon__image" src={companyLogoUrl(payload, logo)} alt={name} />
      )}
      <span className="company-icon__name" aria-hidden={logo ? true : undefined}>
        {name}
      </span>
    </span>
  )
}
