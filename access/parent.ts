import { type Access, APIError, type CollectionConfig, type PayloadRequest, type Where } from 'payload'

import { say } from '@/lib/i18n'
import { idOf } from '@/lib/ids'

/** A child collection's link to the record it lives under (a section's offer, an action's ticket). */
export interface ParentRule {
  /** The child's relationship field holding the parent. */
  field: string
  /** The parent's collection. */
  collection: string
  /** What the caller must be allowed to do with the parent: change it, or (where the flow says so) read it. */
  need: 'update' | 'read'
}

type Label = { en: string; ro: string }
type Doc = Record<string, unknown>

/** Each child collection's rule, as given: the permission matrix test derives its expectations from it. */
const PARENT_RULES = new Map<string, ParentRule>()
export const parentRuleOf = (slug: string): ParentRule | undefined => PARENT_RULES.get(slug)

/**
 * Child records under a parent the caller may work on: a child is created under, or moved to
 * (its parent field changed), only a parent the caller may `need`, as the parent collection's
 * own access rules say. Wraps the child's create and update access; the rest stays as given.
 * A parent the caller cannot read answers 404, one they may read but not change 403, neither
 * naming it. Local calls with overrideAccess: true (the application's own work) skip it, as they
 * skip every access rule.
 */
export function underParent(
  slug: string,
  rule: ParentRule,
  given: CollectionConfig['access'],
): NonNullable<CollectionConfig['access']> {
  PARENT_RULES.set(slug, rule)
  const access = given ?? {}
  const create: Access = async (args) => {
    const allowed = access.create ? await access.create(args) : Boolean(args.req.user)
    if (allowed) await requireParent(args.req, rule, (args.data as Doc | undefined)?.[rule.field])
    return allowed
  }
  const update: Access = async (args) => {
    const allowed = access.update ? await access.update(args) : Boolean(args.req.user)
    const data = args.data as Doc | undefined
    // Without data Payload is only asking what the user may do (admin permissions): no parent to judge.
    if (!allowed || !data || typeof data !== 'object' || !(rule.field in data)) return allowed
    const target = data[rule.field]
    if (args.id !== undefined && (await currentParent(args.req, slug, rule, args.id)) === String(idOf(target)))
      return allowed
    await requireParent(args.req, rule, target)
    return allowed
  }
  return { ...access, create, update }
}

/** The child's parent as stored now, to tell a move from a save that keeps it. */
async function currentParent(req: PayloadRequest, slug: string, rule: ParentRule, id: number | string) {
  if (!Number.isInteger(Number(id))) return undefined
  const doc = await req.payload.findByID({
    collection: slug as 'users',
    id,
    depth: 0,
    select: { [rule.field]: true } as never,
    disableErrors: true,
    // Only the link is compared; whether the caller may change the child is decided by its own access.
    overrideAccess: true,
    req,
  })
  return doc ? String(idOf((doc as unknown as Doc)[rule.field])) : undefined
}

type Verdict = 'allowed' | 'invalid' | 'unreadable' | 'readOnly'

/** What the caller may do with the parent `value` names, judged by the parent collection's own rules. */
async function verdictOn(req: PayloadRequest, rule: ParentRule, value: unknown): Promise<Verdict> {
  const id = Number(idOf(value))
  if (!Number.isInteger(id) || id <= 0) return 'invalid'
  // Read as the caller: what they cannot read does not exist for them.
  if (!(await exists(req, rule.collection, { id: { equals: id } }))) return 'unreadable'
  if (rule.need === 'read') return 'allowed'
  const parentAccess = req.payload.collections[rule.collection as 'users']?.config.access.update
  const rights = parentAccess ? await parentAccess({ req, id }) : true
  if (rights === true) return 'allowed'
  return rights !== false && (await exists(req, rule.collection, { and: [{ id: { equals: id } }, rights as Where] }))
    ? 'allowed'
    : 'readOnly'
}

/** Whether the caller may put a child under this parent (for flows that decide before writing). */
export const mayWorkUnder = async (req: PayloadRequest, rule: ParentRule, value: unknown) =>
  (await verdictOn(req, rule, value)) === 'allowed'

async function requireParent(req: PayloadRequest, rule: ParentRule, value: unknown) {
  if (value === null || value === undefined || value === '') return
  const verdict = await verdictOn(req, rule, value)
  if (verdict === 'allowed') return
  const label = (req.payload.collections[rule.collection as 'users']?.config.labels?.singular ?? {
    en: rule.collection,
    ro: rule.collection,
  }) as Label
  const refusals: Record<Exclude<Verdict, 'allowed'>, [number, Label]> = {
    invalid: [
      400,
      { en: `The ${label.en.toLowerCase()} given is not a valid id.`, ro: `${label.ro}: id-ul indicat nu este valid.` },
    ],
    unreadable: [
      404,
      { en: `The ${label.en.toLowerCase()} was not found.`, ro: `${label.ro}: înregistrarea nu a fost găsită.` },
    ],
    readOnly: [
      403,
      {
        en: `You may not change this ${label.en.toLowerCase()}, so you cannot add or move records under it.`,
        ro: `Nu aveți dreptul să modificați această înregistrare (${label.ro.toLowerCase()}), deci nu puteți adăuga sau muta înregistrări sub ea.`,
      },
    ],
  }
  const [status, message] = refusals[verdict]
  throw new APIError(say(req.i18n?.language, message), status)
}

async function exists(req: PayloadRequest, collection: string, where: Where) {
  const { totalDocs } = await req.payload.count({
    collection: collection as 'users',
    where,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return totalDocs > 0
}
