'use client'
import { getTranslation } from '@payloadcms/translations'
import { useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { type CSSProperties, useCallback, useMemo } from 'react'

import { idTextOf } from '@/lib/ids'
import { CustomFieldInput } from './CustomFieldInput'
import { describe } from './describe'
import { useDefinitions, useUserChoices } from './useDefinitions'

type Values = Record<string, unknown>

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
  gap: 'var(--base, 20px)',
}

/**
 * The admin input of the `customFields` json field: one input per definition that applies to the
 * record (its collection and the current value of its discriminator field), in the definitions'
 * order and the user's language. Required ones are marked, read-only ones are disabled once the
 * record exists, ones hidden for the user's roles are not shown (the server strips them anyway).
 * Clearing an input sends `null`, which the server reads as "remove this value". A refused value
 * is named by the form's error toast.
 */
export function CustomFieldsInput(props: JSONFieldClientProps & { discriminatorField?: string; statusField?: string }) {
  const { path, field, discriminatorField, statusField = 'status', readOnly: formReadOnly } = props
  const { value, setValue, disabled } = useField<Values | null>({ path })
  const discriminator = useFormFields(([fields]) =>
    discriminatorField ? idTextOf(fields[discriminatorField]?.value) : null,
  )
  const status = useFormFields(([fields]) => fields[statusField]?.value as string | undefined)
  const { collectionSlug, id: documentId } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language
  const { definitions, visible, failed } = useDefinitions(collectionSlug, discriminator)
  const users = useUserChoices(visible.some((d) => d.type === 'user'))

  const values = useMemo<Values>(
    () => (value && typeof value === 'object' && !Array.isArray(value) ? value : {}),
    [value],
  )
  const update = useCallback(
    (key: string, next: unknown) => setValue({ ...values, [key]: isEmpty(next) ? null : next }),
    [setValue, values],
  )

  if (failed) {
    return (
      <p className="field-type">
        {language === 'ro' ? 'Câmpurile personalizate nu au putut fi încărcate.' : 'Custom fields could not be loaded.'}
      </p>
    )
  }
  if (!definitions || visible.length === 0) return null

  const context = { language, status, saved: Boolean(documentId), locked: Boolean(formReadOnly || disabled) }
  return (
    <div className="field-type custom-fields-input" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base, 20px) / 2)' }}>
        {getTranslation(field?.label || 'Custom fields', i18n)}
      </h4>
      <div style={grid}>
        {visible.map((definition) => (
          <div key={definition.key} data-custom-field={definition.key} className="custom-field">
            <CustomFieldInput
              definition={definition}
              language={language}
              users={users}
              field={{
                path: `${path}.${definition.key}`,
                ...describe(definition, context),
                value: values[definition.key],
                onChange: (next) => update(definition.key, next),
              }}
            />
          </div>
        ))}
      </div>
    </div>
  )
}
