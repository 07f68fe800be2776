import { en } from '@payloadcms/translations/languages/en'
import { ro } from '@payloadcms/translations/languages/ro'
import type { Config } from 'payload'

import { t } from './i18n'
import { romanianWording } from './romanianWording'

/** The interface in Romanian (the default) and English; content in both, Romanian when a text is missing. */
export const languages = {
  i18n: { supportedLanguages: { ro, en }, fallbackLanguage: 'ro', translations: { ro: romanianWording } },
  localization: {
    locales: [
      { code: 'ro', label: t('Romanian', 'Română') },
      { code: 'en', label: t('English', 'Engleză') },
    ],
    defaultLocale: 'ro',
    fallback: true,
  },
} satisfies Pick<Config, 'i18n' | 'localization'>
