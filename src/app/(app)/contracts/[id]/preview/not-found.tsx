import config from '@payload-config'
import { formatAdminURL } from 'payload/shared'

/** A contract that is missing and one the reader may not see look the same: nothing is revealed. */
export default async function ContractNotFound() {
  const { routes } = await config
  return (
    <main
      id="contract-not-found"
      style={{ maxWidth: 560, margin: '15vh auto', fontFamily: 'sans-serif', textAlign: 'center' }}
    >
      <title>404</title>
      <h1>404</h1>
      <p lang="ro">Contractul nu există sau nu aveți dreptul să îl vedeți.</p>
      <p lang="en">This contract does not exist or you are not allowed to see it.</p>
      <p>
        <a href={formatAdminURL({ adminRoute: routes.admin, path: '/collections/contracts' })}>Contracte / Contracts</a>
      </p>
    </main>
  )
}
