import { TextInput } from '@payloadcms/ui'
import type { TextFieldServerComponent } from 'payload'

import { say } from '@/lib/i18n'
import { kindLabel, notificationKinds } from '../kinds'

/**
 * A notification's kind on its page: the label in the reader's language, read-only (only
 * `notify()` writes it), never the key.
 */
export const KindField: TextFieldServerComponent = ({ clientField, data, i18n, payload }) => {
  const kind = typeof data?.kind === 'string' ? data.kind : ''
  return (
    <TextInput
      path="kind"
      label={clientField.label}
      readOnly
      value={say(i18n?.language, kindLabel(notificationKinds(payload), kind))}
    />
  )
}
