import type { CollectionBeforeChangeHook } from 'payload'

import { yearlyNumber } from '@/lib/counters'
import { refuse } from '@/lib/errors'
import { settingsOf } from '@/lib/settings'

const dateOf = (value: unknown) => (value ? new Date(String(value)) : null)

/**
 * A new project gets its number from the database counter of its prefix and year (`PR-2026-0007`),
 * in the saving transaction. A member's period never ends before it starts.
 */
export const projectDefaults: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation === 'create') {
    const prefix = ((await settingsOf(req)).commercial?.numberPrefixes?.project || 'PR').trim()
    data.number = await yearlyNumber(req, 'project', prefix)
  } else {
    delete data.number
  }
  for (const member of (data.members ?? []) as { from?: unknown; to?: unknown }[]) {
    const from = dateOf(member.from)
    const to = dateOf(member.to)
    if (from && to && to < from) {
      throw refuse(req, 400, {
        en: "A member's period ends before it starts.",
        ro: 'Perioada unui membru se încheie înainte să înceapă.',
      })
    }
  }
  return data
}
