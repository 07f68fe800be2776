import type { Effect } from '@/hooks/workflow/types'

/** The projects' workflow effects, added by the projects module. */
export const projectEffects: Record<string, Effect> = {
  takeProjectBaseline: {
    description: 'Keeps every activity\u2019s planned start and end as its baseline, to compare the plan with later.',
    requires: ['project-activities'],
    run: async ({ req, doc }) => {
      const { docs } = await req.payload.find({
        collection: 'project-activities',
        where: { project: { equals: doc.id } },
        pagination: false,
        depth: 0,
        select: { plannedStart: true, plannedEnd: true },
        // The approval is the project's step: every activity takes its baseline, whoever may edit it.
        overrideAccess: true,
        req,
      })
      for (const activity of docs) {
        await req.payload.update({
          collection: 'project-activities',
          id: activity.id,
          data: { baselineStart: activity.plannedStart ?? null, baselineEnd: activity.plannedEnd ?? null },
          depth: 0,
          overrideAccess: true,
          req,
        })
      }
    },
  },
}
