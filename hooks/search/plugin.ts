import type { Plugin } from 'payload'

import { registryOf } from '@/hooks/modules/registry'
import { withSearchSupport } from './adapter'
import { searchEndpoint } from './endpoint'

export const SEARCH_BOX = '/hooks/search/components/GlobalSearch#GlobalSearch'

/**
 * The global search (R34): GET /api/search over what the modules registered (`searchSources`),
 * the box in the admin header (Ctrl-K / Cmd-K), and what it needs from PostgreSQL (adapter.ts).
 * Listed after the modules; the sources are read when the database schema is built.
 */
export const globalSearch = (): Plugin => (config) => {
  const registry = registryOf(config)
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...config,
    db: withSearchSupport(config.db, () => registry.searchSources),
    endpoints: [...(config.endpoints ?? []), searchEndpoint],
    admin: { ...admin, components: { ...components, actions: [SEARCH_BOX, ...(components.actions ?? [])] } },
  }
}
