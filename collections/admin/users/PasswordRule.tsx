'use client'
import { useTranslation } from '@payloadcms/ui'

import { PASSWORD_RULE } from './passwordRule'

/** The password policy, shown in the user form (and the first-user form) beside the password. */
export function PasswordRule() {
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? PASSWORD_RULE.en : PASSWORD_RULE.ro
  return (
    <p id="password-rule" className="field-description" style={{ margin: '0 0 1.5rem' }}>
      {i18n.language === 'en' ? 'Password: ' : 'Parola: '}
      {text}
    </p>
  )
}
