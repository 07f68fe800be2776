import type { PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { KINDS_SLUG, PROJECT_ALERTS_SLUG } from './fields'

type AlertSetting = { kind?: unknown; threshold?: number | null; recipients?: string[] | null; active?: boolean | null }

/** Every active kind at its defaults: what a project starts with when its template lists no alerts. */
async function activeKindDefaults(req: PayloadRequest): Promise<AlertSetting[]> {
  const { docs } = await req.payload.find({
    collection: KINDS_SLUG,
    where: { active: { equals: true } },
    sort: 'key',
    pagination: false,
    depth: 0,
    select: { threshold: true, recipients: true },
    // Which alerts a new project starts with is the application's rule, not something the caller reads.
    overrideAccess: true,
    req,
  })
  return docs.map((kind) => ({ kind: kind.id, threshold: kind.threshold, recipients: kind.recipients, active: true }))
}

/**
 * Gives a new project its plan alerts, as the caller and inside the caller's transaction: the
 * template's alerts when it lists any, else every active kind at its defaults, so a project is
 * never silently unwatched (its manager switches off what it does not need). Returns how many.
 */
export async function copyPlanAlerts(req: PayloadRequest, projectId: number | string, templateAlerts: unknown) {
  const listed = (Array.isArray(templateAlerts) ? templateAlerts : []) as AlertSetting[]
  const alerts = listed.length > 0 ? listed : await activeKindDefaults(req)
  for (const alert of alerts) {
    await req.payload.create({
      collection: PROJECT_ALERTS_SLUG,
      data: {
        project: projectId as number,
        kind: idOf(alert.kind) as number,
        threshold: alert.threshold ?? null,
        recipients: (alert.recipients ?? []) as never,
        active: alert.active !== false,
      },
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
  }
  return alerts.length
}
