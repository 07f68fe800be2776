import { cuiCheckDigit } from '@/lib/cui'
import { addDays, dayIn, DEFAULT_TIME_ZONE, instantAt, weekdayOf } from '@/lib/timeZone'

/**
 * Demo data for the clients module (issue #4): Romanian companies with their people, prospects in
 * every state of their workflow, a pipeline in every stage, two campaigns with their marketing
 * actions and a calendar of todos for every demo user, dated around the day the seed runs.
 *
 * Everything is created by the demo user who would create it, through the access rules and the
 * workflows (`user` + `overrideAccess: false`), so owners, teams, histories and notifications are
 * the real ones. Deterministic: every value is derived from the lists below and the seed's date.
 * Idempotent: nothing is done once a demo client or prospect exists (matched by fiscal code), so
 * an administrator's edits survive a second run.
 */

export type UserKey =
  | 'admin'
  | 'sales-manager'
  | 'sales'
  | 'sales2'
  | 'marketing-manager'
  | 'marketing'
  | 'project-manager'
  | 'project-member'
  | 'support-manager'
  | 'support-agent'
  | 'support-agent2'
  | 'viewer'
type Seller = 'sales' | 'sales2' | 'sales-manager'
type Industry = 'it' | 'manufacturing' | 'retail' | 'construction' | 'health' | 'public'
type Source = 'website' | 'referral' | 'fair' | 'campaign' | 'cold-call'
type Stage = 'qualification' | 'needs-analysis' | 'proposal' | 'negotiation' | 'won' | 'lost'
type LegalForm = 'srl' | 'sa' | 'pfa' | 'ii' | 'ngo' | 'public'
type ClientType = 'prospect' | 'client' | 'partner' | 'former'
type TodoType = 'call' | 'meeting' | 'email' | 'task' | 'visit'

/* ------------------------------------------------------------------------------------------ */
/* Dates: relative to the seed's day, on the Bucharest wall clock                              */
/* ------------------------------------------------------------------------------------------ */

const ZONE = DEFAULT_TIME_ZONE
export const MINUTE = 60_000
const isWeekend = (day: string) => weekdayOf(day) >= 5

/**
 * Days are Bucharest calendar dates (YYYY-MM-DD). Day 0 is the seed's day (or the Monday after, at
 * a weekend); `workday(n)` counts working days from it, backwards when negative.
 */
export function calendarOf(now: Date) {
  const seedDay = dayIn(now, ZONE)
  let today = seedDay
  while (isWeekend(today)) today = addDays(today, 1)
  const workday = (n: number) => {
    let day = today
    for (let left = Math.abs(n); left > 0;) {
      day = addDays(day, Math.sign(n))
      if (!isWeekend(day)) left--
    }
    return day
  }
  return {
    workday,
    /** The instant the Bucharest clock shows `time` ("HH:MM") on a day. */
    at: (day: string, time: string) => instantAt(day, time, ZONE),
    /** A date-only value as Payload's day picker stores it: noon UTC of the day. */
    dateOnly: (day: string) => `${day}T12:00:00.000Z`,
    /** Calendar days from the seed's day (weekends included), as a date-only value. */
    inDays: (n: number) => `${addDays(seedDay, n)}T12:00:00.000Z`,
  }
}
export type Calendar = ReturnType<typeof calendarOf>

/* ------------------------------------------------------------------------------------------ */
/* Companies                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** A valid Romanian CUI of 7 digits, distinct for each n < 900 000 (21 977 is prime to 900 000). */
export function demoCui(n: number) {
  const body = String(100_000 + (((n + 1) * 21_977) % 900_000))
  return body + cuiCheckDigit(body)
}
export const PROSPECT_CUI_BASE = 100

/** Trade register county codes (J = companies, F = sole traders). */
const COUNTY_CODES: Record<string, number> = {
  București: 40,
  Suceava: 33,
  Argeș: 3,
  Iași: 22,
  Botoșani: 7,
  Vaslui: 37,
  Brașov: 8,
  Constanța: 13,
  Ialomița: 21,
  Dolj: 16,
  Sibiu: 32,
  Galați: 17,
  Tulcea: 36,
  Prahova: 29,
  Vâlcea: 38,
  Timiș: 35,
  Arad: 2,
  Bihor: 5,
  Hunedoara: 20,
  'Caraș-Severin': 11,
}

interface CompanySeed {
  name: string
  legalForm: LegalForm
  industry: Industry
  source: Source
  type: ClientType
  owner: Seller
  address: [street: string, city: string, county: string, postalCode: string]
  domain?: string
  /** The primary contact's job title when it is not "Director general". */
  head?: string
  budget?: number
  notes?: string
}

const c = (
  name: string,
  legalForm: LegalForm,
  industry: Industry,
  source: Source,
  type: ClientType,
  owner: Seller,
  address: CompanySeed['address'],
  domain?: string,
  extra: Pick<CompanySeed, 'head' | 'budget' | 'notes'> = {},
): CompanySeed => ({ name, legalForm, industry, source, type, owner, address, domain, ...extra })

/** Sales (Bucharest and the east) for sales@ and sales-manager@, the west for sales2@ (team sales-west). */
export const DEMO_COMPANIES: CompanySeed[] = [
  // sales@ — Ioana Ionescu
  c(
    'Carpați Soft SRL',
    'srl',
    'it',
    'website',
    'client',
    'sales',
    ['Str. Academiei nr. 14', 'București', 'București', '010014'],
    'carpatisoft.ro',
    { budget: 60_000, notes: 'Client din 2019; preferă comunicarea pe email.' },
  ),
  c(
    'Bucovina Lactate SRL',
    'srl',
    'manufacturing',
    'fair',
    'client',
    'sales',
    ['Str. Mărășești nr. 31', 'Suceava', 'Suceava', '720043'],
    'bucovinalactate.ro',
  ),
  c(
    'Mobilier Ștefănești SRL',
    'srl',
    'manufacturing',
    'cold-call',
    'prospect',
    'sales',
    ['Str. Principală nr. 118', 'Ștefănești', 'Argeș', '117715'],
    'mobilierstefanesti.ro',
  ),
  c(
    'Farmacia Sănătatea Ta SRL',
    'srl',
    'health',
    'referral',
    'client',
    'sales',
    ['Bd. Ștefan cel Mare și Sfânt nr. 8', 'Iași', 'Iași', '700259'],
    'sanatateata.ro',
    { head: 'Farmacist-șef' },
  ),
  c(
    'Construcții Moldova Nord SA',
    'sa',
    'construction',
    'website',
    'client',
    'sales',
    ['Calea Națională nr. 62', 'Botoșani', 'Botoșani', '710221'],
    'moldovanord.ro',
    { budget: 200_000 },
  ),
  c(
    'Țesătoria Bârlad SA',
    'sa',
    'manufacturing',
    'fair',
    'former',
    'sales',
    ['Str. Republicii nr. 200', 'Bârlad', 'Vaslui', '731018'],
    'tesatoriabarlad.ro',
    { notes: 'Contractul de mentenanță nu a fost reînnoit.' },
  ),
  c(
    'Primăria Comunei Mărăcineni',
    'public',
    'public',
    'campaign',
    'prospect',
    'sales',
    ['Str. Alexandru Ioan Cuza nr. 1', 'Mărăcineni', 'Argeș', '117450'],
    'primariamaracineni.ro',
    { head: 'Primar' },
  ),
  c(
    'Librăriile Pagină Nouă SRL',
    'srl',
    'retail',
    'campaign',
    'client',
    'sales',
    ['Str. Republicii nr. 29', 'Brașov', 'Brașov', '500030'],
    'paginanoua.ro',
  ),
  c(
    'Clinica Medicală Armonia SRL',
    'srl',
    'health',
    'referral',
    'client',
    'sales',
    ['Bd. Tomis nr. 143', 'Constanța', 'Constanța', '900178'],
    'clinica-armonia.ro',
    { head: 'Medic-șef' },
  ),
  c(
    'Agro Bărăgan Câmpia SRL',
    'srl',
    'manufacturing',
    'website',
    'prospect',
    'sales',
    ['Str. Matei Basarab nr. 5', 'Slobozia', 'Ialomița', '920031'],
    'agrobaragan.ro',
    { head: 'Administrator' },
  ),
  // sales-manager@ — Mihai Popescu
  c(
    'Grupul Industrial Argeșean SA',
    'sa',
    'manufacturing',
    'referral',
    'client',
    'sales-manager',
    ['Bd. Republicii nr. 84', 'Pitești', 'Argeș', '110017'],
    'gia-arges.ro',
    { budget: 250_000 },
  ),
  c(
    'Magazinele Oltenia SA',
    'sa',
    'retail',
    'fair',
    'client',
    'sales-manager',
    ['Calea București nr. 56', 'Craiova', 'Dolj', '200585'],
    'magazineleoltenia.ro',
  ),
  c(
    'Transilvania Data Center SRL',
    'srl',
    'it',
    'referral',
    'partner',
    'sales-manager',
    ['Str. Țiglarilor nr. 16', 'Sibiu', 'Sibiu', '550135'],
    'tdc-sibiu.ro',
    { notes: 'Partener de găzduire; revinde licențele noastre.' },
  ),
  c(
    'Școala Gimnazială „Mihai Eminescu” Galați',
    'public',
    'public',
    'campaign',
    'prospect',
    'sales-manager',
    ['Str. Domnească nr. 45', 'Galați', 'Galați', '800008'],
    undefined,
    { head: 'Director' },
  ),
  c(
    'Pescăria Deltei SRL',
    'srl',
    'retail',
    'cold-call',
    'client',
    'sales-manager',
    ['Str. Isaccei nr. 10', 'Tulcea', 'Tulcea', '820009'],
    'pescariadeltei.ro',
    { head: 'Administrator' },
  ),
  c(
    'Ionescu Mihail PFA',
    'pfa',
    'it',
    'referral',
    'partner',
    'sales-manager',
    ['Str. Ion Maiorescu nr. 3', 'Ploiești', 'Prahova', '100066'],
    undefined,
    { head: 'Titular' },
  ),
  c(
    'Popa Gheorghe Întreprindere Individuală',
    'ii',
    'construction',
    'cold-call',
    'former',
    'sales-manager',
    ['Calea lui Traian nr. 120', 'Râmnicu Vâlcea', 'Vâlcea', '240152'],
    undefined,
    { head: 'Titular' },
  ),
  c(
    'Biomedica Țara Bârsei SRL',
    'srl',
    'health',
    'website',
    'client',
    'sales-manager',
    ['Str. Lungă nr. 77', 'Brașov', 'Brașov', '500123'],
    'biomedica-tb.ro',
  ),
  c(
    'Asociația „Împreună pentru Comunitate”',
    'ngo',
    'public',
    'referral',
    'partner',
    'sales-manager',
    ['Str. Gheorghe Doja nr. 9', 'Ploiești', 'Prahova', '100029'],
    'impreunapentrucomunitate.ro',
    { head: 'Președinte' },
  ),
  // sales2@ — Radu Stan, Sales West
  c(
    'Timiș Auto Piese SRL',
    'srl',
    'retail',
    'website',
    'client',
    'sales2',
    ['Calea Aradului nr. 58', 'Timișoara', 'Timiș', '300011'],
    'timisautopiese.ro',
  ),
  c(
    'Mureșul Construct SA',
    'sa',
    'construction',
    'fair',
    'client',
    'sales2',
    ['Bd. Revoluției nr. 71', 'Arad', 'Arad', '310130'],
    'muresulconstruct.ro',
    { budget: 90_000 },
  ),
  c(
    'Crișana Software SRL',
    'srl',
    'it',
    'referral',
    'client',
    'sales2',
    ['Str. Republicii nr. 36', 'Oradea', 'Bihor', '410087'],
    'crisanasoftware.ro',
  ),
  c(
    'Dental Estetic Oradea SRL',
    'srl',
    'health',
    'website',
    'prospect',
    'sales2',
    ['Str. Nufărului nr. 22', 'Oradea', 'Bihor', '410209'],
    'dentalestetic-oradea.ro',
    { head: 'Medic stomatolog, asociat' },
  ),
  c(
    'Berăria Bănățeană SA',
    'sa',
    'manufacturing',
    'fair',
    'client',
    'sales2',
    ['Str. Văcărescu nr. 12', 'Timișoara', 'Timiș', '300254'],
    'berariabanateana.ro',
  ),
  c(
    'Oțelăria Hunedoreană Service SRL',
    'srl',
    'manufacturing',
    'cold-call',
    'former',
    'sales2',
    ['Bd. Libertății nr. 14', 'Hunedoara', 'Hunedoara', '331128'],
    'otelaria-hd.ro',
  ),
  c(
    'Spitalul Orășenesc Lipova',
    'public',
    'health',
    'campaign',
    'prospect',
    'sales2',
    ['Str. Spitalului nr. 1', 'Lipova', 'Arad', '315400'],
    'spitallipova.ro',
    { head: 'Manager' },
  ),
  c(
    'Energie Verde Reșița SRL',
    'srl',
    'construction',
    'referral',
    'partner',
    'sales2',
    ['Str. Traian Lalescu nr. 19', 'Reșița', 'Caraș-Severin', '320076'],
    'energieverde-resita.ro',
  ),
  c(
    'Panificația Lugojeană SRL',
    'srl',
    'manufacturing',
    'campaign',
    'client',
    'sales2',
    ['Str. Timișorii nr. 44', 'Lugoj', 'Timiș', '305500'],
    'panificatialugoj.ro',
    { head: 'Administrator' },
  ),
]

const FIRST_NAMES = [
  'Andreea',
  'Bogdan',
  'Cătălina',
  'Dragoș',
  'Florin',
  'Gabriela',
  'Iulian',
  'Larisa',
  'Mădălina',
  'Nicolae',
  'Oana',
  'Petru',
  'Raluca',
  'Sorin',
  'Ștefan',
  'Teodora',
  'Valentin',
  'Alexandra',
  'Cosmin',
  'Irina',
  'Lucian',
  'Simona',
  'Tudor',
  'Adina',
  'Marius',
  'Roxana',
  'Ovidiu',
]
const LAST_NAMES = [
  'Popa',
  'Ene',
  'Rădulescu',
  'Nistor',
  'Bălan',
  'Țurcanu',
  'Dobre',
  'Moldovan',
  'Șerban',
  'Lupu',
  'Stănescu',
  'Ciobanu',
  'Mocanu',
  'Husar',
  'Barbu',
  'Petrescu',
  'Cristea',
  'Oprea',
  'Gheorghiu',
  'Pavel',
  'Zamfir',
  'Tănase',
  'Neagu',
]
const JOB_TITLES = [
  'Director economic',
  'Manager achiziții',
  'Responsabil IT',
  'Contabil-șef',
  'Director comercial',
  'Șef departament tehnic',
]

/** Without diacritics, for e-mail addresses: "Ștefan Țurcanu" → "stefan.turcanu". */
export const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
const MOBILE_PREFIXES = ['0722', '0723', '0744', '0745', '0746', '0751', '0752', '0762', '0766', '0770', '0784', '0788']
export const phone = (n: number) =>
  `${MOBILE_PREFIXES[(n * 5) % MOBILE_PREFIXES.length]} ${100 + ((n * 379) % 900)} ${100 + ((n * 571) % 900)}`

export function tradeRegister(company: CompanySeed, i: number) {
  const prefix =
    company.legalForm === 'srl' || company.legalForm === 'sa'
      ? 'J'
      : company.legalForm === 'pfa' || company.legalForm === 'ii'
        ? 'F'
        : null
  if (!prefix) return undefined
  const county = String(COUNTY_CODES[company.address[2]] ?? 40).padStart(2, '0')
  return `${prefix}${county}/${((i * 737 + 211) % 4_000) + 1}/${1994 + ((i * 7) % 29)}`
}

/** 1 to 3 people per company, the first one primary. */
export function contactsOf(company: CompanySeed, i: number) {
  return Array.from({ length: 1 + (i % 3) }, (_, k) => {
    const first = FIRST_NAMES[(i * 2 + k * 7) % FIRST_NAMES.length]
    const last = LAST_NAMES[(i * 5 + k * 3) % LAST_NAMES.length]
    return {
      name: `${first} ${last}`,
      jobTitle: k === 0 ? (company.head ?? 'Director general') : JOB_TITLES[(i + k * 2) % JOB_TITLES.length],
      email: company.domain
        ? `${ascii(first)}.${ascii(last)}@${company.domain}`
        : `${ascii(first)}.${ascii(last)}@gmail.com`,
      phone: phone(i * 3 + k),
      primary: k === 0,
    }
  })
}

/* ------------------------------------------------------------------------------------------ */
/* Prospects, opportunities, campaigns, marketing actions                                      */
/* ------------------------------------------------------------------------------------------ */

type ProspectStep = 'contacted' | 'qualified' | 'converted' | ['disqualified', string]
interface ProspectSeed {
  companyName: string
  city: string
  industry: Industry
  source: Source
  owner: Seller | 'marketing'
  website?: string
  contact: [name: string, jobTitle: string]
  value: number
  nextStep: string
  /** Working days from the seed's day and the Bucharest time of the next step. */
  next: [day: number, time: string]
  steps: ProspectStep[]
  /** For converted ones: when the opportunity is expected to close, in calendar days. */
  closeInDays?: number
}

export const DEMO_PROSPECTS: ProspectSeed[] = [
  {
    companyName: 'Nordic Lemn Prelucrare SRL',
    city: 'Bistrița',
    industry: 'manufacturing',
    source: 'website',
    owner: 'sales',
    website: 'nordiclemn.ro',
    contact: ['Cristian Moldovan', 'Director general'],
    value: 45_000,
    nextStep: 'Primul apel de prezentare',
    next: [1, '10:00'],
    steps: [],
  },
  {
    companyName: 'Clinica Veterinară Lăbuța SRL',
    city: 'Cluj-Napoca',
    industry: 'health',
    source: 'referral',
    owner: 'sales2',
    website: 'labuta-vet.ro',
    contact: ['Ioana Bogdan', 'Medic veterinar, asociat'],
    value: 12_000,
    nextStep: 'Programare întâlnire de prezentare',
    next: [6, '13:00'],
    steps: [],
  },
  {
    companyName: 'Tipografia Litera Nouă SRL',
    city: 'Iași',
    industry: 'manufacturing',
    source: 'fair',
    owner: 'marketing',
    website: 'literanoua.ro',
    contact: ['Răzvan Apostol', 'Manager de producție'],
    value: 18_000,
    nextStep: 'Trimitere broșură după târg',
    next: [14, '11:00'],
    steps: [],
  },
  {
    companyName: 'Hotel Carpatica Sinaia SRL',
    city: 'Sinaia',
    industry: 'retail',
    source: 'campaign',
    owner: 'sales-manager',
    website: 'carpatica-sinaia.ro',
    contact: ['Mirela Vlad', 'Director hotel'],
    value: 60_000,
    nextStep: 'Demonstrație online',
    next: [0, '15:00'],
    steps: ['contacted'],
  },
  {
    companyName: 'Agroferma Dealul Mare SRL',
    city: 'Urlați',
    industry: 'manufacturing',
    source: 'cold-call',
    owner: 'sales',
    contact: ['Costel Udrea', 'Administrator'],
    value: 25_000,
    nextStep: 'Vizită la fermă',
    next: [3, '11:30'],
    steps: ['contacted'],
  },
  {
    companyName: 'Școala Postliceală Sanitară Arad',
    city: 'Arad',
    industry: 'public',
    source: 'campaign',
    owner: 'marketing',
    contact: ['Liliana Sava', 'Director'],
    value: 9_000,
    nextStep: 'Invitație la webinar',
    next: [9, '10:00'],
    steps: ['contacted'],
  },
  {
    companyName: 'Expres Logistic Banat SRL',
    city: 'Timișoara',
    industry: 'retail',
    source: 'website',
    owner: 'sales2',
    website: 'expreslogistic.ro',
    contact: ['Adrian Kovács', 'Director operațional'],
    value: 75_000,
    nextStep: 'Trimitere ofertă',
    next: [2, '14:00'],
    steps: ['contacted', 'qualified'],
  },
  {
    companyName: 'Construcții Vâlcea Munte SRL',
    city: 'Râmnicu Vâlcea',
    industry: 'construction',
    source: 'referral',
    owner: 'sales',
    website: 'valceamunte.ro',
    contact: ['Gheorghe Preda', 'Director general'],
    value: 120_000,
    nextStep: 'Analiza cerințelor cu echipa tehnică',
    next: [18, '09:30'],
    steps: ['qualified'],
  },
  {
    companyName: 'Ceramica Horezu Artizanat SRL',
    city: 'Horezu',
    industry: 'manufacturing',
    source: 'fair',
    owner: 'sales',
    website: 'ceramica-horezu.ro',
    contact: ['Maria Sârbu', 'Administrator'],
    value: 30_000,
    nextStep: 'Semnare contract',
    next: [-3, '12:00'],
    steps: ['contacted', 'qualified', 'converted'],
    closeInDays: 20,
  },
  {
    companyName: 'Medisan Clinici SRL',
    city: 'Cluj-Napoca',
    industry: 'health',
    source: 'referral',
    owner: 'sales-manager',
    website: 'medisan-clinici.ro',
    contact: ['Dr. Horia Mureșan', 'Director medical'],
    value: 150_000,
    nextStep: 'Atelier de analiză a nevoilor',
    next: [-5, '10:00'],
    steps: ['contacted', 'qualified', 'converted'],
    closeInDays: 75,
  },
  {
    companyName: 'Cadouri Ștrengarii SRL',
    city: 'Focșani',
    industry: 'retail',
    source: 'website',
    owner: 'sales2',
    website: 'strengarii.ro',
    contact: ['Elisabeta Done', 'Administrator'],
    value: 8_000,
    nextStep: 'Revenire în trimestrul următor',
    next: [-4, '16:00'],
    steps: ['contacted', ['disqualified', 'Nu are buget anul acesta; revenim în trimestrul următor.']],
  },
  {
    companyName: 'Fundația Speranța Copiilor',
    city: 'Brașov',
    industry: 'public',
    source: 'campaign',
    owner: 'marketing',
    contact: ['Anca Ilie', 'Coordonator de programe'],
    value: 5_000,
    nextStep: 'Revenire peste șase luni',
    next: [25, '12:00'],
    steps: [['disqualified', 'Folosesc deja o soluție gratuită și nu au nevoie de CRM acum.']],
  },
]

interface OpportunitySeed {
  client: number
  title: string
  stage: Stage
  value: number
  currency?: 'EUR'
  /** Calendar days from the seed's day: past for won and lost ones, up to three months ahead. */
  closeInDays: number
  lostReason?: 'price' | 'competitor' | 'no-budget' | 'timing'
  /** From the running campaign. */
  campaign?: boolean
  nextStep?: string
  clientBudget?: number
}

export const DEMO_OPPORTUNITIES: OpportunitySeed[] = [
  {
    client: 0,
    title: 'Extindere licențe CRM — 25 de utilizatori',
    stage: 'negotiation',
    value: 48_000,
    closeInDays: 12,
    campaign: true,
    nextStep: 'Confirmare discount de volum',
  },
  {
    client: 1,
    title: 'Sistem de trasabilitate a loturilor',
    stage: 'proposal',
    value: 95_000,
    closeInDays: 25,
    nextStep: 'Prezentarea ofertei la sediu',
    clientBudget: 100_000,
  },
  { client: 3, title: 'Program de fidelitate pentru clienți', stage: 'won', value: 36_000, closeInDays: -10 },
  {
    client: 4,
    title: 'Gestiunea șantierelor — implementare',
    stage: 'needs-analysis',
    value: 180_000,
    closeInDays: 55,
    nextStep: 'Atelier cu șefii de șantier',
  },
  {
    client: 7,
    title: 'Integrare magazin online cu e-Factura',
    stage: 'qualification',
    value: 22_000,
    closeInDays: 70,
    campaign: true,
    nextStep: 'Stabilirea bugetului',
  },
  {
    client: 8,
    title: 'Portal de programări pentru pacienți',
    stage: 'proposal',
    value: 64_000,
    closeInDays: 20,
    nextStep: 'Demo cu personalul medical',
  },
  {
    client: 5,
    title: 'Reînnoirea contractului de mentenanță',
    stage: 'lost',
    value: 15_000,
    closeInDays: -20,
    lostReason: 'no-budget',
  },
  {
    client: 10,
    title: 'Modernizare ERP pentru producție',
    stage: 'negotiation',
    value: 240_000,
    closeInDays: 30,
    nextStep: 'Negocierea termenelor de plată',
    clientBudget: 220_000,
  },
  {
    client: 11,
    title: 'Soluție de gestiune a stocurilor',
    stage: 'won',
    value: 130_000,
    closeInDays: -6,
    campaign: true,
  },
  {
    client: 12,
    title: 'Pachet de găzduire și backup',
    stage: 'qualification',
    value: 18_000,
    currency: 'EUR',
    closeInDays: 85,
    nextStep: 'Clarificarea volumelor de date',
  },
  {
    client: 14,
    title: 'Aplicație mobilă pentru agenții de vânzări',
    stage: 'needs-analysis',
    value: 40_000,
    closeInDays: 40,
    campaign: true,
    nextStep: 'Interviuri cu agenții',
  },
  {
    client: 17,
    title: 'Digitalizarea arhivei de buletine de analize',
    stage: 'lost',
    value: 55_000,
    closeInDays: -25,
    lostReason: 'competitor',
  },
  {
    client: 19,
    title: 'Modul de comenzi B2B',
    stage: 'proposal',
    value: 72_000,
    closeInDays: 15,
    nextStep: 'Răspuns la întrebările tehnice',
  },
  {
    client: 20,
    title: 'Pontaj mobil pe șantiere',
    stage: 'qualification',
    value: 26_000,
    closeInDays: 60,
    nextStep: 'Identificarea decidenților',
  },
  {
    client: 21,
    title: 'Parteneriat de revânzare',
    stage: 'needs-analysis',
    value: 30_000,
    currency: 'EUR',
    closeInDays: 45,
    nextStep: 'Propunere de comisioane',
  },
  { client: 23, title: 'Rapoarte de vânzări pentru distribuitori', stage: 'won', value: 58_000, closeInDays: -15 },
  {
    client: 27,
    title: 'Optimizarea rutelor de livrare',
    stage: 'negotiation',
    value: 34_000,
    closeInDays: 8,
    campaign: true,
    nextStep: 'Semnarea contractului',
  },
  { client: 24, title: 'Audit de securitate IT', stage: 'lost', value: 20_000, closeInDays: -28, lostReason: 'price' },
]

export interface CampaignSeed {
  name: string
  type: 'email' | 'event' | 'social' | 'webinar'
  /** Working days from the seed's day. */
  start: number
  end: number
  budget: number
  /** Indexes in DEMO_COMPANIES. */
  targets: number[]
  description: string
}

/** One campaign running (submitted, approved, started), one waiting for approval. */
export const DEMO_CAMPAIGNS: Record<'running' | 'submitted', CampaignSeed> = {
  running: {
    name: 'Digitalizare pentru IMM-uri',
    type: 'email',
    start: -10,
    end: 25,
    budget: 25_000,
    targets: [0, 2, 3, 7, 11, 14, 19, 27],
    description:
      'Newslettere, studii de caz și întâlniri pentru companiile mici și mijlocii care își digitalizează vânzările.',
  },
  submitted: {
    name: 'Webinar: soluții digitale pentru clinici și farmacii',
    type: 'webinar',
    start: 20,
    end: 21,
    budget: 8_000,
    targets: [3, 8, 17, 22, 25],
    description: 'Webinar de o oră cu demonstrații pentru programări online, fidelizare și arhivă digitală.',
  },
}

type ActionPath = 'draft' | 'submitted' | 'returned' | 'validated' | 'done'
interface ActionSeed {
  campaign: 'running' | 'submitted'
  title: string
  type: 'newsletter' | 'post' | 'call' | 'meeting'
  client?: number
  /** Working days from the seed's day. */
  due: number
  cost?: number
  responsible: 'marketing' | 'marketing-manager'
  state: ActionPath
  description: string
}

export const DEMO_ACTIONS: ActionSeed[] = [
  {
    campaign: 'running',
    title: 'Newsletter de lansare a campaniei',
    type: 'newsletter',
    due: -6,
    cost: 1_500,
    responsible: 'marketing',
    state: 'done',
    description: 'Primul newsletter către clienții vizați: beneficiile digitalizării, cu un studiu de caz.',
  },
  {
    campaign: 'running',
    title: 'Postare LinkedIn: studiu de caz Magazinele Oltenia',
    type: 'post',
    client: 11,
    due: -2,
    cost: 800,
    responsible: 'marketing',
    state: 'done',
    description: 'Studiul de caz publicat pe pagina companiei și promovat către decidenții din retail.',
  },
  {
    campaign: 'running',
    title: 'Apel de follow-up după newsletter',
    type: 'call',
    client: 0,
    due: 2,
    responsible: 'marketing',
    state: 'validated',
    description: 'Apel către persoana de contact principală pentru a programa o demonstrație.',
  },
  {
    campaign: 'running',
    title: 'Întâlnire de prezentare la Pescăria Deltei',
    type: 'meeting',
    client: 14,
    due: 6,
    cost: 600,
    responsible: 'marketing',
    state: 'validated',
    description: 'Prezentarea aplicației mobile pentru agenți, împreună cu vânzările.',
  },
  {
    campaign: 'running',
    title: 'Al doilea newsletter: ghid de digitalizare',
    type: 'newsletter',
    due: 9,
    cost: 1_200,
    responsible: 'marketing',
    state: 'submitted',
    description: 'Ghid practic în cinci pași, cu invitație la o sesiune de întrebări.',
  },
  {
    campaign: 'running',
    title: 'Postări săptămânale pe Facebook',
    type: 'post',
    due: 8,
    cost: 2_000,
    responsible: 'marketing',
    state: 'returned',
    description: 'Patru postări, câte una pe săptămână, cu mărturii ale clienților.',
  },
  {
    campaign: 'running',
    title: 'Apeluri către clienții din Timiș',
    type: 'call',
    client: 19,
    due: 14,
    responsible: 'marketing',
    state: 'draft',
    description: 'Apeluri de calificare către clienții vizați din vest, împreună cu Vânzări Vest.',
  },
  {
    campaign: 'submitted',
    title: 'Invitații la webinar',
    type: 'newsletter',
    due: 12,
    cost: 900,
    responsible: 'marketing',
    state: 'submitted',
    description: 'Invitații personalizate pentru clinici, farmacii și spitale.',
  },
  {
    campaign: 'submitted',
    title: 'Pagina de înscriere la webinar',
    type: 'post',
    due: 7,
    cost: 1_100,
    responsible: 'marketing',
    state: 'draft',
    description: 'Pagină de înscriere cu agenda și prezentarea invitaților.',
  },
  {
    campaign: 'submitted',
    title: 'Repetiția generală cu prezentatorii',
    type: 'meeting',
    due: 19,
    responsible: 'marketing-manager',
    state: 'draft',
    description: 'Repetiție cu prezentatorii și testarea platformei de webinar.',
  },
]
export const RETURN_COMMENT = 'Adăugați mărturiile aprobate de clienți și reduceți bugetul de promovare.'

/* ------------------------------------------------------------------------------------------ */
/* Todos                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export type Link =
  | ['clients', number]
  | ['contacts', number] // the primary contact of a company (index in DEMO_COMPANIES)
  | ['opportunities', number]
  | ['prospects', number]
  | ['campaigns', 'running' | 'submitted']
  | ['marketing-actions', number]

interface TodoSeed {
  /** Working days from the seed's day; past ones are done unless `open`. */
  day: number
  /** Bucharest time, or a whole day. */
  at: string | 'all-day'
  type: TodoType
  minutes?: number
  /** `%` stands for the linked record's name. */
  title: string
  link?: Link
  with?: UserKey[]
  open?: boolean
  priority?: 'low' | 'high'
}

const t = (
  day: number,
  at: string,
  type: TodoType,
  title: string,
  link?: Link,
  extra: Partial<TodoSeed> = {},
): TodoSeed => ({
  day,
  at,
  type,
  title,
  link,
  minutes: type === 'visit' ? 120 : type === 'meeting' ? 60 : type === 'task' ? undefined : 30,
  ...extra,
})

/** Each user's own calendar: what they planned for themselves (the viewer's are handed out by the administrator). */
export const DEMO_TODOS: Partial<Record<UserKey, TodoSeed[]>> = {
  sales: [
    t(-7, '10:00', 'call', 'Apel de calificare: %', ['prospects', 7]),
    t(-5, '11:00', 'visit', 'Vizită la sediul clientului: %', ['clients', 1]),
    t(-3, '15:00', 'email', 'Trimitere ofertă revizuită: %', ['opportunities', 1], { minutes: 15 }),
    t(-1, '16:30', 'call', 'Follow-up după ofertă: %', ['contacts', 8], { open: true, priority: 'high' }),
    t(0, '14:00', 'meeting', 'Prezentare demo: %', ['opportunities', 5]),
    t(1, '09:30', 'call', 'Primul apel de prezentare: %', ['prospects', 0]),
    t(2, 'all-day', 'task', 'Pregătire documentație tehnică: %', ['opportunities', 3]),
    t(4, '10:00', 'visit', 'Vizită de cunoaștere: %', ['clients', 2]),
    t(7, '16:00', 'call', 'Apel de negociere: %', ['opportunities', 0], { priority: 'high' }),
    t(12, 'all-day', 'task', 'Actualizare pipeline și prognoză lunară'),
    t(19, '11:00', 'meeting', 'Întâlnire anuală de evaluare: %', ['clients', 7], { minutes: 90 }),
  ],
  sales2: [
    t(-6, '09:30', 'visit', 'Vizită la sediul clientului: %', ['clients', 23]),
    t(-4, '14:00', 'call', 'Apel de calificare: %', ['prospects', 6]),
    t(-2, '11:00', 'meeting', 'Prezentarea ofertei: %', ['opportunities', 12]),
    t(-1, '10:00', 'email', 'Trimitere contract-cadru: %', ['clients', 21], { minutes: 15, open: true }),
    t(0, '15:30', 'call', 'Follow-up ofertă: %', ['contacts', 19]),
    t(1, '10:00', 'visit', 'Vizită pe șantier: %', ['clients', 20], { minutes: 180 }),
    t(3, 'all-day', 'task', 'Pregătire ofertă: %', ['opportunities', 13]),
    t(5, '13:00', 'call', 'Programare întâlnire: %', ['prospects', 1]),
    t(9, '11:30', 'meeting', 'Negociere finală: %', ['opportunities', 16], { priority: 'high' }),
    t(14, 'all-day', 'task', 'Actualizare pipeline și prognoză lunară'),
    t(22, '10:00', 'visit', 'Vizită de evaluare: %', ['clients', 26]),
  ],
  'sales-manager': [
    t(-8, '09:00', 'meeting', 'Ședința săptămânală de vânzări'),
    t(-5, '13:00', 'meeting', 'Negocierea contractului: %', ['opportunities', 8], { minutes: 90 }),
    t(-3, '10:30', 'call', 'Apel de calificare: %', ['prospects', 3]),
    t(-1, 'all-day', 'task', 'Aprobarea ofertelor în așteptare', undefined, { open: true, priority: 'high' }),
    t(0, '11:00', 'visit', 'Vizită la fabrică: %', ['clients', 10]),
    t(1, '16:00', 'call', 'Escaladare discount: %', ['opportunities', 7]),
    t(2, '09:00', 'meeting', 'Ședința săptămânală de vânzări'),
    t(4, '14:00', 'meeting', 'Analiza oportunităților pierdute'),
    t(6, '10:00', 'call', 'Apel cu partenerul: %', ['clients', 12], { minutes: 45 }),
    t(11, 'all-day', 'task', 'Raport trimestrial de vânzări'),
    t(17, '11:00', 'visit', 'Vizită de relaționare: %', ['clients', 11]),
    t(25, '15:00', 'meeting', 'Evaluare anuală: Ioana Ionescu'),
  ],
  marketing: [
    t(-7, '10:00', 'task', 'Redactare newsletter: %', ['campaigns', 'running'], { minutes: 120 }),
    t(-4, '14:00', 'meeting', 'Planificarea conținutului pentru luna următoare'),
    t(-2, '11:00', 'call', 'Confirmare participare la webinar: %', ['clients', 8]),
    t(-1, '15:00', 'task', 'Programare postări LinkedIn', undefined, { open: true }),
    t(0, '10:00', 'email', 'Trimitere invitații: %', ['campaigns', 'submitted'], { minutes: 20 }),
    t(1, 'all-day', 'task', 'Actualizarea listei de contacte: %', ['campaigns', 'running']),
    t(3, '13:30', 'task', 'Pregătire materiale: %', ['marketing-actions', 3], { minutes: 60 }),
    t(6, '11:00', 'visit', 'Vizită la locația evenimentului'),
    t(10, 'all-day', 'task', 'Raport de performanță: %', ['campaigns', 'running']),
    t(16, '14:00', 'meeting', 'Idei pentru campania următoare', undefined, { minutes: 90 }),
  ],
  'marketing-manager': [
    t(-6, '09:30', 'meeting', 'Ședința săptămânală de marketing', undefined, { with: ['marketing'] }),
    t(-3, '14:00', 'call', 'Apel cu agenția de PR'),
    t(-1, '11:00', 'task', 'Validarea acțiunilor de marketing în așteptare', undefined, {
      open: true,
      priority: 'high',
    }),
    t(0, '12:00', 'meeting', 'Lead-urile din campanie, cu vânzările: %', ['campaigns', 'running'], {
      with: ['sales-manager'],
    }),
    t(1, '09:30', 'meeting', 'Ședința săptămânală de marketing', undefined, { with: ['marketing'] }),
    t(2, 'all-day', 'task', 'Aprobarea bugetului: %', ['campaigns', 'submitted']),
    t(5, '15:00', 'email', 'Brief pentru agenția de design', undefined, { minutes: 20 }),
    t(8, '10:00', 'task', 'Analiza rezultatelor intermediare: %', ['campaigns', 'running'], { minutes: 60 }),
    t(13, 'all-day', 'task', 'Planificare bugetară trimestrială'),
    t(21, '13:00', 'meeting', 'Interviu pentru postul de specialist marketing'),
  ],
  'project-manager': [
    t(-7, '10:00', 'meeting', 'Kick-off implementare: %', ['clients', 11], { minutes: 90, with: ['project-member'] }),
    t(-4, 'all-day', 'task', 'Plan de proiect: %', ['clients', 11]),
    t(-2, '15:00', 'call', 'Calendarul de instruire: %', ['clients', 3]),
    t(-1, '10:00', 'task', 'Raport de progres săptămânal', undefined, { open: true }),
    t(0, '09:30', 'meeting', 'Ședința echipei de implementare', undefined, { with: ['project-member'] }),
    t(2, '11:00', 'visit', 'Recepția proiectului: %', ['clients', 3], { minutes: 180 }),
    t(4, '14:00', 'email', 'Procesul-verbal de predare: %', ['clients', 3], { minutes: 15 }),
    t(7, '10:00', 'meeting', 'Kick-off implementare: %', ['clients', 23], { minutes: 90, with: ['project-member'] }),
    t(12, 'all-day', 'task', 'Revizuirea riscurilor proiectelor'),
    t(20, '13:00', 'meeting', 'Retrospectiva proiectului: %', ['clients', 11]),
  ],
  'project-member': [
    t(-6, '09:00', 'task', 'Configurarea mediului de test: %', ['clients', 11], { minutes: 120 }),
    t(-3, '10:00', 'visit', 'Instalare la sediul clientului: %', ['clients', 11], { minutes: 240 }),
    t(-2, 'all-day', 'task', 'Migrarea datelor: %', ['clients', 11]),
    t(-1, '14:00', 'call', 'Verificarea integrării e-Factura: %', ['clients', 3], { open: true }),
    t(0, '10:00', 'meeting', 'Instruirea utilizatorilor: %', ['clients', 3], { minutes: 120 }),
    t(1, '15:00', 'email', 'Trimitere credențiale de acces: %', ['contacts', 3], { minutes: 15 }),
    t(3, 'all-day', 'task', 'Testare de acceptanță: %', ['clients', 3]),
    t(5, '09:00', 'visit', 'Suport la pornirea în producție: %', ['clients', 11], { minutes: 240 }),
    t(9, '11:00', 'task', 'Documentația de utilizare: %', ['clients', 23], { minutes: 60 }),
    t(15, '10:00', 'visit', 'Analiza proceselor la client: %', ['clients', 23], { minutes: 180 }),
  ],
  'support-manager': [
    t(-5, '10:00', 'meeting', 'Analiza săptămânală a solicitărilor', undefined, { with: ['support-agent'] }),
    t(-3, '15:00', 'call', 'Apel cu un client nemulțumit: %', ['clients', 7], { priority: 'high' }),
    t(-1, 'all-day', 'task', 'Raport SLA lunar', undefined, { open: true }),
    t(0, '10:00', 'meeting', 'Analiza săptămânală a solicitărilor', undefined, { with: ['support-agent'] }),
    t(1, '13:00', 'task', 'Revizuirea bazei de cunoștințe', undefined, { minutes: 60 }),
    t(3, '11:00', 'visit', 'Vizită de relaționare: %', ['clients', 17]),
    t(5, '16:00', 'email', 'Anunț de mentenanță programată', undefined, { minutes: 15 }),
    t(8, '09:30', 'meeting', 'Planificarea turelor de suport', undefined, {
      minutes: 90,
      with: ['support-agent', 'support-agent2'],
    }),
    t(14, '14:00', 'task', 'Evaluarea agenților de suport', undefined, { minutes: 90 }),
    t(23, 'all-day', 'task', 'Auditul procedurilor de escaladare'),
  ],
  'support-agent': [
    t(-6, '11:00', 'call', 'Apel de suport: %', ['contacts', 0]),
    t(-4, '09:30', 'visit', 'Intervenție la sediu: %', ['clients', 8]),
    t(-2, '14:00', 'task', 'Reproducerea problemei raportate: %', ['clients', 1], { minutes: 60 }),
    t(-1, '16:00', 'email', 'Răspuns la solicitare: %', ['contacts', 4], { minutes: 15, open: true }),
    t(0, '10:30', 'call', 'Verificare după rezolvare: %', ['clients', 0]),
    t(1, 'all-day', 'task', 'Tură de gardă'),
    t(2, '13:00', 'task', 'Instalarea actualizării: %', ['clients', 10], { minutes: 90 }),
    t(4, '11:00', 'call', 'Instruire telefonică: %', ['contacts', 14], { minutes: 45 }),
    t(7, '09:00', 'visit', 'Mentenanță preventivă: %', ['clients', 11], { minutes: 180 }),
    t(11, 'all-day', 'task', 'Actualizarea articolelor din baza de cunoștințe'),
  ],
  'support-agent2': [
    t(-5, '10:00', 'visit', 'Intervenție la sediu: %', ['clients', 19]),
    t(-3, '15:00', 'call', 'Apel de suport: %', ['contacts', 21]),
    t(-1, '11:30', 'task', 'Reproducerea problemei raportate: %', ['clients', 23], { minutes: 60, open: true }),
    t(0, '09:00', 'call', 'Verificare după rezolvare: %', ['clients', 20]),
    t(1, '14:30', 'email', 'Răspuns la solicitare: %', ['contacts', 27], { minutes: 15 }),
    t(2, 'all-day', 'task', 'Tură de gardă'),
    t(4, '10:00', 'visit', 'Mentenanță preventivă: %', ['clients', 23], { minutes: 180 }),
    t(6, '13:00', 'call', 'Instruire telefonică: %', ['contacts', 26], { minutes: 45 }),
    t(10, '11:00', 'task', 'Instalarea actualizării: %', ['clients', 21], { minutes: 90 }),
    t(18, 'all-day', 'task', 'Actualizarea articolelor din baza de cunoștințe'),
  ],
  viewer: [
    t(0, '15:00', 'task', 'Lectura raportului lunar de vânzări', undefined, { minutes: 60 }),
    t(1, '10:00', 'meeting', 'Prezentarea rezultatelor trimestriale'),
    t(3, 'all-day', 'task', 'Revizuirea indicatorilor de performanță'),
    t(5, '12:00', 'email', 'Feedback la raportul de activitate', undefined, { minutes: 15 }),
    t(9, '11:00', 'meeting', 'Prezentarea pipeline-ului de vânzări'),
    t(15, 'all-day', 'task', 'Lectura planului de marketing'),
    t(21, '14:00', 'meeting', 'Ședința lunară de conducere', undefined, { minutes: 90 }),
  ],
}

/** The todo every demo user is handed by their manager (or the administrator). */
export const weeklyReportTitle = (name: string) => `Pregătire raport săptămânal — ${name}`
