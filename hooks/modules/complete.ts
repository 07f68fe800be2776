import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { extendCollection } from './extend'
import { registryOf } from './registry'
import type { ModuleRegistry } from './types'

const COMPLETE = 'completeWith'
const AFTER_OTHERS = 'completeAfterOthers'

type Completion<T> = (all: { config: Config; registry: ModuleRegistry }) => T

/**
 * A collection whose shape depends on what every module added (the roles' matrix names every
 * collection, the client page has a tab per module...): it is finished by `completeModules()`,
 * after all the modules' plugins ran.
 */
export function completedLater(
  slug: string,
  complete: Completion<CollectionConfig>,
  { afterOthers = false }: { afterOthers?: boolean } = {},
): CollectionConfig {
  // `afterOthers`: it describes the other collections (their fields, their labels), so it waits
  // until those that are themselves completed later are finished.
  return { slug, fields: [], custom: { [COMPLETE]: complete, [AFTER_OTHERS]: afterOthers } }
}

export function globalCompletedLater(slug: string, complete: Completion<GlobalConfig>): GlobalConfig {
  return { slug, fields: [], custom: { [COMPLETE]: complete } }
}

const completionOf = <T>(entity: { custom?: Record<string, unknown> }) =>
  entity.custom?.[COMPLETE] as Completion<T> | undefined

/** The last plugin: finishes what waited for every module, then adds what modules brought to each other's collections. */
export const completeModules = (): Plugin => (config) => {
  const registry = registryOf(config)
  // One after another: a later completion sees the earlier ones finished (the roles' matrix names
  // the workflows and custom fields collections by their labels).
  const pass = (collections: CollectionConfig[], afterOthers: boolean) => {
    const done = [...collections]
    done.forEach((c, i) => {
      const complete = completionOf<CollectionConfig>(c)
      if (complete && Boolean(c.custom?.[AFTER_OTHERS]) === afterOthers)
        done[i] = complete({ config: { ...config, collections: done }, registry })
    })
    return done
  }
  const present = new Set((config.collections ?? []).map((c) => c.slug))
  const collections = pass(pass(config.collections ?? [], false), true).map((c) =>
    extendCollection(c, registry.extensions[c.slug] ?? [], present),
  )
  const completed = { ...config, collections }
  return {
    ...completed,
    globals: (config.globals ?? []).map((g) => completionOf<GlobalConfig>(g)?.({ config: completed, registry }) ?? g),
  }
}
