import type { ServerProps } from 'payload'

import { companyIdentity, companyLogoUrl } from '@/globals/companyIdentity'

/**
 * The company's logo and name from the settings where Payload shows its own logo (login, first
 * user, forgot password). The image carries the name as its alt text; the name written beside it
 * is then for the eye only, so a screen reader says it once.
 */
export async function CompanyLogo({ payload }: ServerProps) {
  const { name, logo } = await companyIdentity(payload)
  return (
    <div className="company-logo">
      {logo && (
        // A plain <img>: the endpoint answers the one logo with its caching; nothing to optimise.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="company-logo__image" src={companyLogoUrl(payload, logo)} alt={name} />
      )}
      <span className="company-logo__name" aria-hidden={logo ? true : undefined}>
        {name}
      </span>
    </div>
  )
}
