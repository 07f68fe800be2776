/** The password policy in words: shared by the server check and the form (no list in the browser bundle). */
export const PASSWORD_MIN_LENGTH = 10

export type Bilingual = { en: string; ro: string }

/** The rule as users read it, under the password in the form and in every refusal. */
export const PASSWORD_RULE: Bilingual = {
  en: `At least ${PASSWORD_MIN_LENGTH} characters; not a common password (such as Password123!) and not your email or the part of it before @.`,
  ro: `Cel puțin ${PASSWORD_MIN_LENGTH} caractere; nu o parolă uzuală (de ex. Parola123!) și nu adresa de email sau partea ei dinainte de @.`,
}
