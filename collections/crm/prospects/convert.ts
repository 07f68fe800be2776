import { APIError, type PayloadRequest } from 'payload'

import { mayWorkUnder } from '@/access/parent'
import type { Effect } from '@/hooks/workflow/types'
import { CONTACT_UNDER_CLIENT } from '../contacts'
import { normalizeCui } from '@/lib/cui'
import { say } from '@/lib/i18n'
import { idOf } from '@/lib/ids'

type Prospect = Record<string, unknown> & { id: number; companyName: string }
// Ids in this database are numbers.
const ref = (value: unknown) => idOf(value) as number | null

/** The first active stage of the pipeline, where converted prospects start. */
async function firstStage(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'nomenclators',
    where: { list: { equals: 'opportunity-stages' }, active: { equals: true } },
    sort: 'order',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) {
    throw new APIError(
      say(req.i18n?.language, {
        en: 'There is no active opportunity stage: an administrator must add one before prospects can be converted.',
        ro: 'Nu există nicio etapă de oportunitate activă: un administrator trebuie să adauge una înainte de conversie.',
      }),
      400,
    )
  }
  return docs[0].id
}

/** The active client already holding this fiscal code, if any. */
async function clientWithCode(req: PayloadRequest, fiscalCode: unknown) {
  if (typeof fiscalCode !== 'string' || !fiscalCode.trim()) return null
  const { docs } = await req.payload.find({
    collection: 'clients',
    where: { fiscalCode: { equals: normalizeCui(fiscalCode) }, status: { equals: 'active' } },
    limit: 1,
    depth: 0,
    // A company is one client whoever owns it: the converted prospect joins it.
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/** The prospects' workflow effects, added by the CRM module. */
export const prospectEffects: Record<string, Effect> = {
  /**
   * Turns a qualified prospect into a client (or links the active client with the same fiscal code),
   * its contact person and an opportunity at the first stage, and links them back to the prospect.
   * Runs inside the transition's transaction: if any record is refused, nothing is kept.
   */
  convertProspect: {
    description: 'Creates (or links) the client, its contact and an opportunity from a prospect.',
    requires: ['clients', 'contacts', 'opportunities'],
    run: async (ctx) => {
      const { req } = ctx
      const prospect = ctx.doc as Prospect
      const owner = (ref(prospect.owner) ?? req.user?.id) as number
      // Created for the user converting: their own create rights apply.
      const asCaller = { user: req.user, overrideAccess: false, req, depth: 0 } as const

      const joined = await clientWithCode(req, prospect.fiscalCode)
      const client =
        joined ??
        (
          await req.payload.create({
            collection: 'clients',
            data: {
              name: prospect.companyName,
              fiscalCode: (prospect.fiscalCode as string | undefined) || undefined,
              type: 'prospect',
              status: 'active',
              industry: ref(prospect.industry),
              source: ref(prospect.source),
              website: prospect.website as string | undefined,
              address: { city: prospect.city as string | undefined },
              owner: owner,
              team: ref(prospect.team),
            },
            ...asCaller,
          })
        ).id

      // A company another colleague owns is joined, but its people are added only by who may change it
      // (access/parent): the contact details then stay on the prospect.
      const addsContact =
        Boolean(prospect.contactName) && (joined === null || (await mayWorkUnder(req, CONTACT_UNDER_CLIENT, client)))
      const contact = addsContact
        ? (
            await req.payload.create({
              collection: 'contacts',
              data: {
                name: prospect.contactName as string,
                jobTitle: prospect.contactJobTitle as string | undefined,
                email: (prospect.contactEmail as string | undefined) || undefined,
                phone: prospect.contactPhone as string | undefined,
                client,
                primary: true,
                owner: owner,
              },
              ...asCaller,
            })
          ).id
        : null

      const opportunity = await req.payload.create({
        collection: 'opportunities',
        data: {
          title: prospect.companyName,
          client,
          contact,
          stage: await firstStage(req),
          value: (prospect.estimatedValue as number | undefined) ?? undefined,
          nextStep: prospect.nextStep as string | undefined,
          prospect: prospect.id,
          owner: owner,
          team: ref(prospect.team),
        },
        ...asCaller,
      })

      await req.payload.update({
        collection: 'prospects',
        id: prospect.id,
        data: { client, contact, opportunity: opportunity.id },
        depth: 0,
        // The links are the conversion's own output; users cannot set them (field access).
        overrideAccess: true,
        req,
      })
    },
  },
}
