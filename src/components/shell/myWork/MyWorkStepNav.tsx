'use client'
import { SetStepNav, useTranslation } from '@payloadcms/ui'

import { textFor } from './text'

/** The page's breadcrumb, in the interface language. */
export function MyWorkStepNav() {
  const { i18n } = useTranslation()
  return <SetStepNav nav={[{ label: textFor(i18n.language).title }]} />
}
