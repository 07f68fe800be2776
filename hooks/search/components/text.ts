/** The search box's words, in both interface languages. */
export const TEXT = {
  en: {
    label: 'Search clients, contacts, offers, contracts, projects, tickets',
    placeholder: 'Search…',
    shortcut: 'Ctrl K',
    tooShort: 'Type at least 2 characters.',
    searching: 'Searching…',
    none: (q: string) => `Nothing found for “${q}”.`,
    failed: 'The search did not answer.',
    total: (shown: number, total: number, more: boolean) =>
      more ? `${shown} of more than ${total}` : shown < total ? `${shown} of ${total}` : String(total),
    results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  },
  ro: {
    label: 'Căutați clienți, persoane de contact, oferte, contracte, proiecte, tichete',
    placeholder: 'Căutare…',
    shortcut: 'Ctrl K',
    tooShort: 'Scrieți cel puțin 2 caractere.',
    searching: 'Se caută…',
    none: (q: string) => `Niciun rezultat pentru „${q}”.`,
    failed: 'Căutarea nu a răspuns.',
    total: (shown: number, total: number, more: boolean) =>
      more ? `${shown} din peste ${total}` : shown < total ? `${shown} din ${total}` : String(total),
    results: (n: number) => (n === 1 ? 'Un rezultat' : `${n} rezultate`),
  },
}

export type SearchText = (typeof TEXT)['en']
