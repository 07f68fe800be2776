import { z } from 'zod'

import { isEmpty, missingRequiredCustomFields } from '@/hooks/customFields'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'
import { stateCategoryOf } from './engine'
import type { Guard } from './types'
import { STATE_CATEGORIES } from './types'

/** The guards every workflow may name; modules add theirs (hooks/modules). */
export const builtInGuards: Record<string, Guard> = {
  commentRequired: {
    description: 'A comment must accompany the step.',
    check: ({ comment }) =>
      comment?.trim()
        ? null
        : { en: 'A comment is required for this step.', ro: 'Pentru acest pas este necesar un comentariu.' },
  },

  requiredFieldsFilled: {
    description: 'The named fields of the record must have a value.',
    params: z.object({ fields: z.array(z.string().min(1)).min(1) }),
    check: ({ doc, params }) => {
      const missing = (params.fields as string[]).filter((field) => isEmpty(doc[field]))
      return missing.length === 0
        ? null
        : { en: `Fill in first: ${missing.join(', ')}.`, ro: `Completați mai întâi: ${missing.join(', ')}.` }
    },
  },

  requiredCustomFieldsFilled: {
    description: 'Custom fields required in the target state must have a value.',
    check: async ({ req, collection, doc, to }) => {
      const missing = await missingRequiredCustomFields(req, collection, doc, to)
      if (missing.length === 0) return null
      const names = missing.map((m) => m.label).join(', ')
      return { en: `Fill in first: ${names}.`, ro: `Completați mai întâi: ${names}.` }
    },
  },

  allChildrenInCategory: {
    description: 'Every child record (e.g. every section of an offer) must be in one of the given state categories.',
    params: z.object({
      collection: z.string().min(1),
      field: z.string().min(1),
      categories: z.array(z.enum(STATE_CATEGORIES)).min(1),
      atLeastOne: z.boolean().default(false),
    }),
    check: async ({ req, doc, params }) => {
      // Completeness is judged over every child, including those the caller cannot read, and from
      // each child's state in its workflow, never from a stored copy of the category.
      const { docs } = await req.payload.find({
        collection: params.collection as 'users',
        where: { [params.field]: { equals: doc.id } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const children = docs as unknown as Record<string, unknown>[]
      let pending = 0
      for (const child of children) {
        const category = await stateCategoryOf(req, params.collection, child)
        if (!category || !params.categories.includes(category)) pending++
      }
      if (pending > 0) {
        return {
          en: `${pending} of its ${params.collection} are not finished yet.`,
          ro: `${pending} dintre ${params.collection} nu sunt încă finalizate.`,
        }
      }
      if (params.atLeastOne && children.length === 0) {
        return { en: `It has no ${params.collection} yet.`, ro: `Nu are încă ${params.collection}.` }
      }
      return null
    },
  },

  /** Nobody approves their own work: the record's responsible person cannot take the step. */
  notByResponsible: {
    description: 'The record\u2019s responsible person may not take this step.',
    check: ({ req, doc, binding }) =>
      binding.responsibleField && String(idOf(doc[binding.responsibleField])) === String(req.user?.id)
        ? {
            en: 'You cannot take this step on work you are responsible for.',
            ro: 'Nu puteți face acest pas pe o lucrare de care răspundeți.',
          }
        : null,
  },

  /** Nobody approves their own record: its owner cannot take the step (administrators included). */
  notByOwner: {
    description: 'The record\u2019s owner may not take this step.',
    check: ({ req, doc, binding }) =>
      binding.ownerField && String(idOf(doc[binding.ownerField])) === String(req.user?.id)
        ? {
            en: 'You cannot approve a record you own: someone else must.',
            ro: 'Nu puteți aproba o înregistrare de care răspundeți: trebuie să o facă altcineva.',
          }
        : null,
  },

  /** A step open only for a while after a moment of the record (reopen within N days of resolution). */
  withinDaysOf: {
    description:
      'Only within N days after a date of the record; N from a setting (e.g. support.reopenWithinDays) or given.',
    params: z.object({
      field: z.string().min(1),
      setting: z.string().optional(),
      days: z.number().int().min(0).default(14),
    }),
    check: async ({ req, doc, params }) => {
      const since = doc[params.field]
      if (!since) return null
      const settings: unknown = params.setting ? await settingsOf(req) : undefined
      const configured = params.setting
        ?.split('.')
        .reduce((value: unknown, key: string) => (value as Record<string, unknown> | undefined)?.[key], settings)
      const days = typeof configured === 'number' ? configured : params.days
      const until = new Date(new Date(String(since)).getTime() + days * 86_400_000)
      return new Date() <= until
        ? null
        : {
            en: `This step is possible only within ${days} days (until ${until.toISOString().slice(0, 10)}).`,
            ro: `Acest pas este posibil doar în ${days} zile (până la ${until.toISOString().slice(0, 10)}).`,
          }
    },
  },
}
