/** A label in both interface languages. English first, as Payload's own translations do. */
export const t = (en: string, ro: string) => ({ en, ro })

/** Picks the text for the request's language from a bilingual message. */
export const say = (language: string | undefined, message: { en: string; ro: string }) =>
  language === 'ro' ? message.ro : message.en

export type Bilingual = ReturnType<typeof t>
