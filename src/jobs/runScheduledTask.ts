import { addDataAndFileToRequest, createLocalReq, type Endpoint, type TypedJobs } from 'payload'

import { badRequest, forbidden } from '@/lib/errors'
import { requireSession } from '@/access/engine'
import { localOrAdministrator } from './access'

/**
 * POST /api/payload-jobs/run-scheduled {"task": "<slug>"}: an administrator runs a scheduled task
 * now instead of waiting for its schedule (the plan alerts after fixing a plan, a check in an
 * acceptance test). Payload's own `/run` only runs jobs already due, and the next scheduled run of a
 * task waits in the queue until its time. The task runs as the scheduler runs it (as the
 * application, outside the request), as a job of its own: its schedule is left as it was. Answers
 * 200 once it succeeded, 500 with its error when it failed (the failed job stays in the queue).
 */
export const runScheduledTaskEndpoint: Endpoint = {
  path: '/run-scheduled',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    if (!(await localOrAdministrator({ req }))) {
      throw forbidden(req, {
        en: 'Only administrators run scheduled tasks.',
        ro: 'Doar administratorii rulează sarcinile programate.',
      })
    }
    await addDataAndFileToRequest(req)
    const slug = (req.data as { task?: unknown } | undefined)?.task
    const task = req.payload.config.jobs.tasks?.find((t) => t.slug === slug && t.schedule?.length)
    if (!task) {
      throw badRequest(req, {
        en: 'Send {"task": "<slug>"} naming a scheduled task.',
        ro: 'Trimiteți {"task": "<slug>"} cu numele unei sarcini programate.',
      })
    }
    // From here the task runs as the application, as the scheduler runs it: the administrator
    // was checked above (localOrAdministrator), and the calls below act for no user.
    const local = await createLocalReq({}, req.payload)
    const job = await req.payload.jobs.queue({
      task: task.slug as keyof TypedJobs['tasks'],
      input: {} as never,
      queue: task.schedule![0].queue,
      req: local,
    })
    const { jobStatus } = await req.payload.jobs.runByID({ id: job.id, req: local, silent: true })
    const status = jobStatus?.[String(job.id)]?.status ?? 'not-run'
    if (status === 'success') return Response.json({ job: job.id, task: task.slug, status })
    // A completed job is deleted; one that failed stays in the queue with its error.
    const failed = await req.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req: local,
    })
    return Response.json({ job: job.id, task: task.slug, status, error: failed?.error ?? null }, { status: 500 })
  },
}
