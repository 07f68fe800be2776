import type { Config } from 'payload'

import { organizeConfig } from '@/config'

/**
 * The configuration with every module's plugin applied, before Payload sanitizes it: what the
 * application declares, collections and fields as we wrote them.
 */
export async function declaredConfig(): Promise<Config> {
  let config = organizeConfig()
  for (const plugin of config.plugins ?? []) config = await plugin(config)
  return config
}
