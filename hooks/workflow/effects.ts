import { addDays } from 'date-fns'
import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { notify } from '@/hooks/notify'
import { idOf } from '@/lib/ids'
import type { Effect } from './types'
import type { StepContext } from './types'

type Ctx = StepContext<unknown>

function titleOf(ctx: Ctx) {
  const config = ctx.req.payload.collections[ctx.collection as 'users']?.config
  const field = config?.admin?.useAsTitle
  const value = field ? ctx.doc[field] : undefined
  return typeof value === 'string' && value ? value : `#${ctx.doc.id}`
}

type Language = 'en' | 'ro'
type Named = { key: string; label?: string | Partial<Record<Language, string>> | null }

/**
 * The step's words in each language: the transition's and the states' labels as the workflow holds
 * them (the context's copy is in the actor's language), read once in every locale. Read per step,
 * not cached: an administrator may have renamed them.
 */
async function stepWords(ctx: Ctx) {
  const flow = ctx.workflow.id
    ? await ctx.req.payload.findByID({
        collection: 'workflows',
        id: ctx.workflow.id,
        locale: 'all',
        depth: 0,
        select: { states: true, transitions: true },
        disableErrors: true,
        // The engine reads its own configuration to word a message.
        overrideAccess: true,
        req: ctx.req,
      })
    : null
  const states = (flow?.states ?? []) as Named[]
  const transitions = (flow?.transitions ?? []) as Named[]
  const named = (items: Named[], key: string, language: Language, fallback?: string | null) => {
    const label = items.find((item) => item.key === key)?.label
    return (typeof label === 'object' ? label?.[language] : label) ?? fallback ?? key
  }
  const wordsIn = (language: Language) => ({
    step: named(transitions, ctx.transition.key, language, ctx.transition.label),
    from: ctx.from ? named(states, ctx.from, language) : '-',
    to: named(states, ctx.to, language),
  })
  return { en: wordsIn('en'), ro: wordsIn('ro') }
}

/** Tells people about a step, never the person who made it; modules' effects use it for their own recipients. */
export async function tell(ctx: Ctx, recipients: unknown[]) {
  const told = recipients.map(idOf).filter((id) => id !== null && String(id) !== String(ctx.req.user?.id))
  if (told.length === 0) return
  const { en, ro } = await stepWords(ctx)
  // A scheduled step (no user) is the application's own.
  const actor = (ctx.req.user as { name?: string } | null)?.name ?? 'OrganizeCRM'
  const note = ctx.comment ? `: ${ctx.comment}` : ''
  await notify(ctx.req, {
    recipients: told,
    kind: `workflow.${ctx.collection}`,
    title: { en: `${en.step}: ${titleOf(ctx)}`, ro: `${ro.step}: ${titleOf(ctx)}` },
    body: {
      en: `${actor} moved it from "${en.from}" to "${en.to}"${note}`,
      ro: `${actor} a mutat-o din „${ro.from}” în „${ro.to}”${note}`,
    },
    link: { collection: ctx.collection, id: ctx.doc.id as number },
  })
}

const fieldValue = (ctx: Ctx, field: string | undefined) => (field ? ctx.doc[field] : undefined)
const asList = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : [])

/** The active users holding a role, optionally only those of a team. */
export async function holdersOf(req: PayloadRequest, roleKey: string, teamId: unknown) {
  const role = await req.payload.find({
    collection: 'roles',
    where: { key: { equals: roleKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!role.docs[0]) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      roles: { in: [role.docs[0].id] },
      active: { equals: true },
      ...(teamId ? { team: { equals: teamId } } : {}),
    },
    depth: 0,
    limit: 200,
    // Who must be told is the workflow's decision, not something the caller reads.
    overrideAccess: true,
    req,
  })
  return docs.map((d) => d.id)
}

/** The effects every workflow may name; modules add theirs (hooks/modules). */
export const builtInEffects: Record<string, Effect> = {
  notifyResponsible: {
    description: 'Notifies the record\u2019s responsible person.',
    run: (ctx) => tell(ctx, asList(fieldValue(ctx, ctx.binding.responsibleField))),
  },

  notifyOwner: {
    description: 'Notifies the record\u2019s owner.',
    run: (ctx) => tell(ctx, asList(fieldValue(ctx, ctx.binding.ownerField))),
  },

  notifyWatchers: {
    description: 'Notifies the record\u2019s watchers.',
    run: (ctx) => tell(ctx, asList(fieldValue(ctx, ctx.binding.watchersField))),
  },

  notifyInvolved: {
    description: 'Notifies the responsible person, the owner and the watchers, each once.',
    run: (ctx) =>
      tell(ctx, [
        ...asList(fieldValue(ctx, ctx.binding.responsibleField)),
        ...asList(fieldValue(ctx, ctx.binding.ownerField)),
        ...asList(fieldValue(ctx, ctx.binding.watchersField)),
      ]),
  },

  notifyRole: {
    description: 'Notifies every active holder of a role (optionally only in the record\u2019s team).',
    params: z.object({ role: z.string().min(1), sameTeam: z.boolean().default(false) }),
    run: async (ctx) => {
      const team = ctx.params.sameTeam ? idOf(fieldValue(ctx, ctx.binding.teamField)) : null
      if (ctx.params.sameTeam && !team) return
      await tell(ctx, await holdersOf(ctx.req, ctx.params.role, team))
    },
  },

  setTimestamp: {
    description: 'Saves the moment of the step in a date field of the record (or only the first time, with onlyFirst).',
    params: z.object({ field: z.string().min(1), onlyFirst: z.boolean().default(false) }),
    patch: (ctx) =>
      ctx.params.onlyFirst && ctx.doc[ctx.params.field] ? {} : { [ctx.params.field]: new Date().toISOString() },
  },

  createTodo: {
    description: 'Creates a todo for the responsible person (or the owner), linked to the record.',
    requires: ['todos'],
    params: z.object({
      title: z.object({ en: z.string().min(1), ro: z.string().min(1) }).optional(),
      assignee: z.enum(['responsible', 'owner']).default('responsible'),
      dueInDays: z.number().int().min(0).default(1),
    }),
    run: async (ctx) => {
      const field = ctx.params.assignee === 'owner' ? ctx.binding.ownerField : ctx.binding.responsibleField
      const assignee = idOf(fieldValue(ctx, field))
      if (!assignee) return
      const language = ctx.req.i18n?.language === 'en' ? 'en' : 'ro'
      const label = ctx.params.title?.[language] ?? ctx.transition.label ?? ctx.transition.key
      const link = ctx.req.payload.collections.todos?.config.flattenedFields.find((f) => f.name === 'relatedTo')
      const linkable =
        link &&
        'relationTo' in link &&
        Array.isArray(link.relationTo) &&
        (link.relationTo as string[]).includes(ctx.collection)
      await ctx.req.payload.create({
        collection: 'todos' as 'users',
        data: {
          title: `${label}: ${titleOf(ctx)}`,
          responsible: assignee,
          due: addDays(new Date(), ctx.params.dueInDays).toISOString(),
          ...(linkable ? { relatedTo: { relationTo: ctx.collection, value: ctx.doc.id } } : {}),
        } as never,
        // Work the workflow hands out: created for the assignee, whoever ran the step.
        overrideAccess: true,
        req: ctx.req,
      })
    },
  },
}
