import type { CollectionConfig, Config, Endpoint, Field, JobsConfig, Payload, PayloadRequest } from 'payload'

import type { EffectivePermissions } from '@/access/types'
import type { CalendarSource } from '@/hooks/calendar/types'
import type { HomeSource } from '@/hooks/home/types'
import type { MyWorkSource } from '@/hooks/myWork/types'
import type { SearchSource } from '@/hooks/search/types'
import type { Effect, Guard } from '@/hooks/workflow/types'
import type { Bilingual } from '@/lib/i18n'

export type Log = (line: string) => void

/** What the navigation knows about its reader when it decides whether to show a link. */
export interface NavReader {
  user: unknown
  /** A request acting as the reader, for a link that asks the very question its view asks (the navigation always gives it). */
  req?: PayloadRequest
  /**
   * The reader's permissions from their roles, as `permissionsFor` gives them to views and
   * endpoints (the navigation always gives them; null for a reader without any).
   */
  permissions?: EffectivePermissions | null
  registry: ModuleRegistry
  /** Payload's per-collection permissions of the reader. */
  collections: Record<string, { read?: boolean } | undefined>
}

/** A link to a view that is not a single collection (my work, calendar, boards, team views, reports). */
export interface NavLink {
  href: string
  id: string
  label: Bilingual
  /** Place among the links, low first: modules add theirs in any order. */
  order: number
  /** Whether the reader may use the view: the same decision the view and its endpoint make. */
  show: (reader: NavReader) => boolean | Promise<boolean>
}

/** A tab of the client page: a module's joins on its `client` field. Same key, same tab. */
export interface ClientTab {
  key: string
  label: Bilingual
  order: number
  fields: Field[]
}

/** A tab of the Settings global, saved under its `name`. */
export interface SettingsTab {
  name: string
  label: Bilingual
  order: number
  fields: Field[]
}

/** A lookup list an administrator manages (R3); `number` says what the item's optional number means. */
export interface NomenclatorListDefinition {
  label: Bilingual
  number?: Bilingual
}

/**
 * What a module adds to another module's collection: fields that store nothing in its table (a
 * join listing this module's records, a button), and more targets for its polymorphic
 * relationships by field name (a ticket may concern a contract).
 */
export interface CollectionExtension {
  fields?: Field[]
  relationTo?: Record<string, string[]>
}

/**
 * Everything a module brings (ARCHITECTURE §2). Each part goes to the extension point that uses
 * it; nothing of a module reaches the application unless the module is in the config's plugins.
 */
export interface ModuleDefinition {
  name: string
  collections?: CollectionConfig[]
  endpoints?: Endpoint[]
  views?: NonNullable<NonNullable<Config['admin']>['components']>['views']
  /** Components added to the admin shell's slots (header actions, above the dashboard...). */
  adminComponents?: Partial<
    Record<'actions' | 'beforeDashboard' | 'afterDashboard' | 'afterNavLinks' | 'providers', string[]>
  >
  /** Payload's own texts the module words differently, by language. */
  translations?: NonNullable<Config['i18n']>['translations']
  navLinks?: NavLink[]
  tasks?: JobsConfig['tasks']
  settingsTabs?: SettingsTab[]
  nomenclatorLists?: Record<string, NomenclatorListDefinition>
  clientTabs?: ClientTab[]
  calendarSources?: CalendarSource[]
  myWorkSources?: MyWorkSource[]
  /** Its collections the global search looks through (R34). */
  searchSources?: SearchSource[]
  /** Its blocks on each person's home page (figures linking to filtered lists). */
  homeSources?: HomeSource[]
  /** What this module notifies about (`tickets.new`...); notify() refuses an undeclared kind. */
  notificationKinds?: Record<string, Bilingual>
  /** Additions to other modules' collections, by their slug; ignored when that collection is absent. */
  extends?: Record<string, CollectionExtension>
  guards?: Record<string, Guard>
  effects?: Record<string, Effect>
  /** What every install needs: roles' rows, workflows, nomenclator items, settings defaults. */
  reference?: (payload: Payload, log: Log) => Promise<unknown>
  /** What only the demo company has. */
  demo?: (payload: Payload, log: Log) => Promise<unknown>
}

/** The modules' contributions, kept on the config (`custom` is server-only in Payload). */
export interface ModuleRegistry {
  modules: Pick<ModuleDefinition, 'name' | 'reference' | 'demo'>[]
  navLinks: NavLink[]
  clientTabs: ClientTab[]
  settingsTabs: SettingsTab[]
  nomenclatorLists: Record<string, NomenclatorListDefinition>
  calendarSources: CalendarSource[]
  myWorkSources: MyWorkSource[]
  searchSources: SearchSource[]
  homeSources: HomeSource[]
  notificationKinds: Record<string, Bilingual>
  extensions: Record<string, CollectionExtension[]>
}
