import type { CollectionConfig, Payload } from 'payload'

import { modulesOf, pluralLabel } from '@/hooks/modules'
import { bindingOf } from '@/hooks/workflow/registry'
import type { Bilingual } from '@/lib/i18n'

/** A notification kind as the reader sees it: its key (stored on the notification) and its label. */
export interface NotificationKind {
  value: string
  label: Bilingual
}

/** The prefix the workflow engine notifies under: `workflow.<collection>` (hooks/workflow/effects). */
const WORKFLOW = 'workflow'

/**
 * Every kind a notification may carry, labelled: those the modules declared (`notificationKinds`),
 * and under the workflow engine's `workflow` one per collection under a workflow ("Workflow
 * steps: Offers"), since that is what its steps store.
 */
export function notificationKinds(payload: Payload): NotificationKind[] {
  const declared = modulesOf(payload).notificationKinds
  const kinds: NotificationKind[] = []
  for (const [value, label] of Object.entries(declared)) {
    kinds.push({ value, label })
    if (value !== WORKFLOW) continue
    for (const collection of payload.config.collections) {
      if (!bindingOf(collection.slug)) continue
      const plural = pluralLabel(collection as unknown as CollectionConfig)
      kinds.push({
        value: `${WORKFLOW}.${collection.slug}`,
        label: { en: `${label.en}: ${plural.en}`, ro: `${label.ro}: ${plural.ro}` },
      })
    }
  }
  return kinds
}

/**
 * The label of a stored kind: its own, else that of the longest declared kind it falls under
 * (`notify()` accepts `tickets.overdue.first` under `tickets.overdue`). A kind nobody declared
 * (none can be stored) keeps its key.
 */
export function kindLabel(kinds: NotificationKind[], kind: string | null | undefined): Bilingual {
  if (!kind) return { en: '', ro: '' }
  let best: NotificationKind | undefined
  for (const candidate of kinds) {
    const covers = kind === candidate.value || kind.startsWith(`${candidate.value}.`)
    if (covers && (!best || candidate.value.length > best.value.length)) best = candidate
  }
  return best?.label ?? { en: kind, ro: kind }
}
