import type { Plugin } from 'payload'

import { registerEffect, registerGuard } from '@/hooks/workflow/registry'
import { registryOf } from './registry'
import type { ModuleDefinition } from './types'

/**
 * A module as a Payload plugin: its collections, endpoints, views and jobs go into the config, the
 * rest into the registries the engines read (navigation, client tabs, settings, nomenclator lists,
 * calendar, my-work, search and home sources, workflow guards and effects, reference and demo data).
 */
export const defineModule =
  (module: ModuleDefinition): Plugin =>
  (config) => {
    const registry = registryOf(config)
    registry.modules.push({ name: module.name, reference: module.reference, demo: module.demo })
    registry.navLinks.push(...(module.navLinks ?? []))
    registry.clientTabs.push(...(module.clientTabs ?? []))
    registry.settingsTabs.push(...(module.settingsTabs ?? []))
    Object.assign(registry.nomenclatorLists, module.nomenclatorLists)
    Object.assign(registry.notificationKinds, module.notificationKinds)
    registry.calendarSources.push(...(module.calendarSources ?? []))
    registry.myWorkSources.push(...(module.myWorkSources ?? []))
    registry.searchSources.push(...(module.searchSources ?? []))
    registry.homeSources.push(...(module.homeSources ?? []))
    for (const [slug, extension] of Object.entries(module.extends ?? {})) {
      registry.extensions[slug] = [...(registry.extensions[slug] ?? []), extension]
    }
    for (const [name, guard] of Object.entries(module.guards ?? {})) registerGuard(name, guard)
    for (const [name, effect] of Object.entries(module.effects ?? {})) registerEffect(name, effect)
    const admin = config.admin ?? {}
    const components = { ...admin.components }
    for (const [slot, paths] of Object.entries(module.adminComponents ?? {})) {
      components[slot as 'actions'] = [...(components[slot as 'actions'] ?? []), ...paths]
    }
    const translations = { ...config.i18n?.translations }
    for (const [language, texts] of Object.entries(module.translations ?? {})) {
      translations[language as 'en'] = { ...translations[language as 'en'], ...texts }
    }
    return {
      ...config,
      i18n: { ...config.i18n, translations },
      collections: [...(config.collections ?? []), ...(module.collections ?? [])],
      endpoints: [...(config.endpoints ?? []), ...(module.endpoints ?? [])],
      admin: { ...admin, components: { ...components, views: { ...components.views, ...module.views } } },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...(module.tasks ?? [])] },
    }
  }
