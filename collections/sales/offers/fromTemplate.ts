import { addDays } from 'date-fns'
import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { permissionsFor, requireSession } from '@/access/engine'
import { notify } from '@/hooks/notify'
import { say } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { inTransaction } from '@/lib/transaction'

const Body = z.object({
  template: z.coerce.number().int().positive(),
  client: z.coerce.number().int().positive(),
  contact: z.coerce.number().int().positive().optional(),
  opportunity: z.coerce.number().int().positive().optional(),
  title: z.string().trim().min(1).max(300).optional(),
  /** Who owns each of the template's sections, by position; the default is found from the role. */
  sectionOwners: z.record(z.string(), z.coerce.number().int().positive()).optional(),
})

type Template = {
  id: number
  name: string
  availableTo?: { teams?: unknown[] | null; roles?: unknown[] | null }
  currency?: unknown
  intro?: unknown
  terms?: unknown
  sections?: { title: string; content?: unknown; ownerRole?: unknown; dueInDays?: number | null }[] | null
  lines?:
    | { product?: unknown; description?: string | null; quantity?: number | null; discountPercent?: number | null }[]
    | null
}

const refuse = (req: PayloadRequest, status: number, en: string, ro: string) =>
  new APIError(say(req.i18n?.language, { en, ro }), status)

/** Whether the template is offered to the caller: everyone when it names no team and no role. */
function availableTo(template: Template, user: { team?: unknown; roles?: unknown[] }) {
  const teams = (template.availableTo?.teams ?? []).map(idOf)
  const roles = (template.availableTo?.roles ?? []).map(idOf)
  if (teams.length === 0 && roles.length === 0) return true
  const myRoles = (user.roles ?? []).map(idOf)
  return teams.includes(idOf(user.team)) || roles.some((role) => myRoles.includes(role))
}

/** The active member of the offer's team holding the role (the section's usual author), if any. */
async function holderOf(req: PayloadRequest, role: unknown, team: unknown) {
  if (idOf(role) === null || idOf(team) === null) return null
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: [idOf(role)] }, team: { equals: idOf(team) }, active: { equals: true } },
    sort: 'name',
    limit: 1,
    depth: 0,
    // Picking a default author is the template's rule, not a list shown to the caller.
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/**
 * POST /api/offers/from-template: a new draft offer with the template's texts, lines, validity
 * and sections, each section owned by the chosen person (or the team member holding the
 * template's role, or the offer's owner), who gets a notification and a todo. One transaction.
 */
export const fromTemplateEndpoint: Endpoint = {
  path: '/from-template',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    const user = req.user as unknown as { id: number; team?: unknown; roles?: unknown[] }
    await addDataAndFileToRequest(req)
    const body = Body.safeParse(req.data)
    if (!body.success) {
      throw refuse(
        req,
        400,
        'Send {"template": <id>, "client": <id>} (and optionally contact, opportunity, title, sectionOwners).',
        'Trimiteți {"template": <id>, "client": <id>} (opțional contact, opportunity, title, sectionOwners).',
      )
    }
    const input = body.data
    const template = (await req.payload.findByID({
      collection: 'offer-templates',
      id: input.template,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      req,
    })) as Template | null
    if (!template) throw refuse(req, 404, 'Template not found.', 'Șablonul nu a fost găsit.')
    if (!(await permissionsFor(req))?.isAdmin && !availableTo(template, user)) {
      throw refuse(
        req,
        403,
        `The template "${template.name}" is not available to you.`,
        `Șablonul „${template.name}” nu vă este disponibil.`,
      )
    }

    const offer = await inTransaction(req, async () => {
      const made = await req.payload.create({
        collection: 'offers',
        data: {
          title: input.title ?? template.name,
          client: input.client,
          contact: input.contact,
          opportunity: input.opportunity,
          template: template.id,
          currency: idOf(template.currency) as number | undefined,
          intro: template.intro as never,
          terms: template.terms as never,
          owner: user.id,
          lines: (template.lines ?? []).map((line) => ({
            product: idOf(line.product) as number | undefined,
            description: line.description ?? undefined,
            quantity: line.quantity ?? 1,
            discountPercent: line.discountPercent ?? undefined,
          })),
        },
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
      for (const [index, section] of (template.sections ?? []).entries()) {
        const responsible =
          input.sectionOwners?.[String(index)] ?? (await holderOf(req, section.ownerRole, made.team)) ?? user.id
        const dueDate = addDays(new Date(), section.dueInDays ?? 3).toISOString()
        const created = await req.payload.create({
          collection: 'offer-sections',
          data: {
            offer: made.id,
            order: index + 1,
            title: section.title,
            content: section.content as never,
            responsible,
            dueDate,
          },
          depth: 0,
          user: req.user,
          overrideAccess: false,
          req,
        })
        if (String(responsible) === String(user.id)) continue
        await notify(req, {
          recipients: [responsible],
          kind: 'offers.section-assigned',
          title: {
            en: `Offer ${made.number}: write "${section.title}"`,
            ro: `Oferta ${made.number}: scrieți „${section.title}”`,
          },
          body: { en: `Due ${dueDate.slice(0, 10)}.`, ro: `Termen ${dueDate.slice(0, 10)}.` },
          link: { collection: 'offer-sections', id: created.id },
        })
        await req.payload.create({
          collection: 'todos',
          data: {
            title: `${made.number}: ${section.title}`,
            type: 'task',
            due: dueDate,
            responsible,
            relatedTo: { relationTo: 'offer-sections', value: created.id },
          },
          depth: 0,
          // Work handed out by the offer's owner to a colleague, as the createTodo workflow effect does.
          overrideAccess: true,
          req,
        })
      }
      return made
    })
    const visible = await req.payload.findByID({
      collection: 'offers',
      id: offer.id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json(
      {
        doc: visible,
        message: say(req.i18n?.language, {
          en: 'Offer created from the template.',
          ro: 'Oferta a fost creată din șablon.',
        }),
      },
      { status: 201 },
    )
  },
}
