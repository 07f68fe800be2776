import type { Config, Payload } from 'payload'

import type { ModuleRegistry } from './types'

const KEY = 'organizeModules'

const empty = (): ModuleRegistry => ({
  modules: [],
  navLinks: [],
  clientTabs: [],
  settingsTabs: [],
  nomenclatorLists: {},
  calendarSources: [],
  myWorkSources: [],
  searchSources: [],
  homeSources: [],
  notificationKinds: {},
  extensions: {},
})

/** The registry of a config being built; created on first use. */
export function registryOf(config: Config): ModuleRegistry {
  config.custom ??= {}
  config.custom[KEY] ??= empty()
  return config.custom[KEY] as ModuleRegistry
}

/** The registry of the running application. */
export const modulesOf = (payload: Payload): ModuleRegistry =>
  (payload.config.custom?.[KEY] as ModuleRegistry | undefined) ?? empty()
