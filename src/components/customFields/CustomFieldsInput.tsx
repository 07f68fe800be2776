'use client'
import { getTranslation } from '@payloadcms/translations'
import {
  CheckboxInput,
  FieldLabel,
  SelectInput,
  TextareaInput,
  TextInput,
  useAuth,
  useConfig,
  useDocumentInfo,
  useField,
  useForm,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { type ChangeEvent, type CSSProperties, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { DayInput } from '../dates/DayInput'

type Values = Record<string, unknown>
type Bilingual = { en?: string | null; ro?: string | null } | string | null | undefined

interface Definition {
  id: number | string
  key: string
  label: Bilingual
  description?: Bilingual
  type: 'text' | 'textarea' | 'number' | 'date' | 'boolean' | 'select' | 'multiselect' | 'user' | 'url' | 'email'
  options?: { value: string; label: Bilingual }[] | null
  usage: 'optional' | 'required' | 'requiredFromState' | 'readOnly' | 'hiddenForRoles'
  requiredFromState?: string | null
  hiddenForRoles?: (number | string | { id: number | string })[] | null
  discriminator?: string | null
}

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value === null || value === undefined || value === ''
      ? null
      : String(value)

const pick = (text: Bilingual, language: string, fallback = '') =>
  !text ? fallback : typeof text === 'string' ? text : (language === 'en' ? text.en || text.ro : text.ro || text.en) || fallback

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

const grid: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 'var(--base, 20px)' }

/**
 * The admin input of the `customFields` json field: one input per definition that applies to the
 * record (its collection and the current value of its discriminator field), in the definitions'
 * order and the user's language. Required ones are marked, read-only ones are disabled once the
 * record exists, ones hidden for the user's roles are not shown (the server strips them anyway).
 * Clearing an input sends `null`, which the server reads as "remove this value".
 */
export function CustomFieldsInput(props: JSONFieldClientProps & { discriminatorField?: string; statusField?: string }) {
  const { path, field, discriminatorField, statusField = 'status', readOnly: formReadOnly } = props
  const { value, setValue, disabled } = useField<Values | null>({ path })
  const discriminator = useFormFields(([fields]) => (discriminatorField ? idOf(fields[discriminatorField]?.value) : null))
  const status = useFormFields(([fields]) => fields[statusField]?.value as string | undefined)
  const { collectionSlug, id: documentId } = useDocumentInfo()
  const { user } = useAuth<{ roles?: (number | string | { id: number | string })[] }>()
  const { i18n } = useTranslation()
  const language = i18n.language
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [definitions, setDefinitions] = useState<Definition[] | null>(null)
  const [users, setUsers] = useState<{ label: string; value: string }[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  const refused = useRefusedValues(path)

  useEffect(() => {
    if (!collectionSlug) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[targetCollection][equals]': collectionSlug,
      'where[active][equals]': 'true',
      locale: 'all',
      depth: '0',
      pagination: 'false',
      sort: 'order',
    })
    fetch(`${api}/custom-fields?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { docs: Definition[] }) => setDefinitions(body.docs))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setLoadError(error.message)
      })
    return () => controller.abort()
  }, [api, collectionSlug])

  const roleIds = useMemo(() => (user?.roles ?? []).map(idOf).filter(Boolean) as string[], [user])
  const visible = useMemo(
    () =>
      (definitions ?? []).filter(
        (d) =>
          (!d.discriminator || d.discriminator === discriminator) &&
          !(d.usage === 'hiddenForRoles' && (d.hiddenForRoles ?? []).some((r) => roleIds.includes(idOf(r) ?? ''))),
      ),
    [definitions, discriminator, roleIds],
  )

  const needsUsers = visible.some((d) => d.type === 'user')
  useEffect(() => {
    if (!needsUsers) return
    const controller = new AbortController()
    fetch(`${api}/users?limit=100&depth=0&select[name]=true&sort=name`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: { id: number; name?: string }[] }) =>
        setUsers(body.docs.map((u) => ({ value: String(u.id), label: u.name || String(u.id) }))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, needsUsers])

  const values: Values = value && typeof value === 'object' && !Array.isArray(value) ? value : {}
  const { clear } = refused
  const update = useCallback(
    (key: string, next: unknown) => {
      clear(key)
      setValue({ ...values, [key]: isEmpty(next) ? null : next })
    },
    [setValue, values, clear],
  )

  const title = getTranslation(field?.label || 'Custom fields', i18n)
  if (loadError) {
    return <p className="field-type">{language === 'ro' ? 'Câmpurile personalizate nu au putut fi încărcate.' : 'Custom fields could not be loaded.'}</p>
  }
  if (!definitions) return null
  if (visible.length === 0) return null

  return (
    <div className="field-type custom-fields-input" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base, 20px) / 2)' }}>{title}</h4>
      <div style={grid}>
        {visible.map((d) => {
          const fieldPath = `${path}.${d.key}`
          const label = pick(d.label, language, d.key)
          const required = d.usage === 'required' || (d.usage === 'requiredFromState' && d.requiredFromState === status)
          const readOnly = Boolean(formReadOnly || disabled || (d.usage === 'readOnly' && documentId))
          const help =
            d.usage === 'requiredFromState' && !required
              ? `${pick(d.description, language)}${d.description ? ' ' : ''}(${language === 'ro' ? 'obligatoriu în starea' : 'required in state'} ${d.requiredFromState})`
              : pick(d.description, language) || undefined
          const current = values[d.key]
          const options = (d.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, language, o.value) }))
          const input = (): ReactNode => {
            switch (d.type) {
              case 'textarea':
                return (
                  <TextareaInput
                    key={d.key}
                    path={fieldPath}
                    label={label}
                    description={help}
                    required={required}
                    readOnly={readOnly}
                    value={typeof current === 'string' ? current : ''}
                    onChange={(e) => update(d.key, e.target.value)}
                  />
                )
              case 'boolean':
                return (
                  <div key={d.key} className="field-type checkbox" style={{ alignSelf: 'end' }}>
                    <CheckboxInput
                      id={`field-${fieldPath.replace(/\./g, '__')}`}
                      name={fieldPath}
                      label={label}
                      required={required}
                      readOnly={readOnly}
                      checked={current === true}
                      onToggle={(e) => update(d.key, e.target.checked)}
                    />
                  </div>
                )
              case 'date':
                return (
                  <div key={d.key} className="field-type date-time-field">
                    <FieldLabel htmlFor={`field-${fieldPath.replace(/\./g, '__')}`} label={label} required={required} />
                    <DayInput
                      id={`field-${fieldPath.replace(/\./g, '__')}`}
                      value={typeof current === 'string' ? current : ''}
                      disabled={readOnly}
                      onChange={(day) => update(d.key, day)}
                      style={{ width: '100%', padding: '8px', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-s, 3px)', background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }}
                    />
                    {help ? <div className="field-description">{help}</div> : null}
                  </div>
                )
              case 'select':
              case 'multiselect':
              case 'user': {
                const many = d.type === 'multiselect'
                const list = d.type === 'user' ? users : options
                const selected = many
                  ? (Array.isArray(current) ? current : []).map(String)
                  : current === undefined || current === null
                    ? undefined
                    : String(current)
                return (
                  <SelectInput
                    key={d.key}
                    name={fieldPath}
                    path={fieldPath}
                    label={label}
                    description={help}
                    required={required}
                    readOnly={readOnly}
                    hasMany={many}
                    isClearable
                    options={list}
                    value={selected}
                    onChange={(option) => {
                      if (many) update(d.key, (Array.isArray(option) ? option : []).map((o) => String(o.value)))
                      else {
                        const picked = Array.isArray(option) ? option[0] : option
                        const raw = picked?.value
                        update(d.key, raw === undefined || raw === null ? null : d.type === 'user' ? Number(raw) : String(raw))
                      }
                    }}
                  />
                )
              }
              case 'number':
                return (
                  <NumberText
                    key={d.key}
                    path={fieldPath}
                    label={label}
                    description={help}
                    required={required}
                    readOnly={readOnly}
                    value={current}
                    onValue={(next) => update(d.key, next)}
                  />
                )
              default:
                return (
                  <TextInput
                    key={d.key}
                    path={fieldPath}
                    label={label}
                    description={help}
                    required={required}
                    readOnly={readOnly}
                    value={current === undefined || current === null ? '' : String(current)}
                    onChange={(e: ChangeEvent<HTMLInputElement>) => update(d.key, e.target.value)}
                  />
                )
            }
          }
          const problem = refused.messages[d.key]
          return (
            <div
              key={d.key}
              data-custom-field={d.key}
              data-invalid={problem ? 'true' : undefined}
              className={problem ? 'custom-field custom-field--error error' : 'custom-field'}
              style={problem ? invalidStyle : undefined}
            >
              {input()}
              {problem ? (
                <div role="alert" className="custom-field__error" style={{ color: 'var(--theme-error-500)', fontSize: '0.85em' }}>
                  {problem}
                </div>
              ) : null}
            </div>
          )
        })}
      </div>
    </div>
  )
}

const invalidStyle: CSSProperties = { outline: '2px solid var(--theme-error-500)', outlineOffset: 4, borderRadius: 'var(--style-radius-s, 3px)' }

/**
 * The server refuses a save with errors on `customFields.<key>` (hooks/customFields/validate.ts);
 * Payload's form files each under that path as a field of its own, which no input owns and which
 * would keep the form invalid for ever. They are taken out of the form state and kept here, shown
 * on their input until the value is changed.
 */
function useRefusedValues(path: string) {
  const prefix = `${path}.`
  const { dispatchFields } = useForm()
  const [messages, setMessages] = useState<Record<string, string>>({})
  const found = useFormFields(([fields]) =>
    JSON.stringify(
      Object.entries(fields)
        .filter(([key, state]) => key.startsWith(prefix) && state?.valid === false)
        .map(([key, state]) => [key.slice(prefix.length), state?.errorMessage ?? ''] as const),
    ),
  )
  useEffect(() => {
    const entries = JSON.parse(found) as [string, string][]
    if (entries.length === 0) return
    setMessages(Object.fromEntries(entries))
    for (const [key] of entries) dispatchFields({ type: 'REMOVE', path: prefix + key })
  }, [found, prefix, dispatchFields])
  const clear = useCallback((key: string) => setMessages((all) => (key in all ? Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)) : all)), [])
  return { messages, clear }
}

/**
 * A number typed as text: the text the user is typing is kept while it is not yet a number
 * ("1." or "-"); a number is stored as a number, anything else goes to the server, which names
 * the field in its answer.
 */
function NumberText(props: {
  path: string
  label: string
  description?: string
  required: boolean
  readOnly: boolean
  value: unknown
  onValue: (value: unknown) => void
}) {
  const { value, onValue, ...rest } = props
  const [text, setText] = useState(value === undefined || value === null ? '' : String(value))
  useEffect(() => {
    const shown = Number(text.replace(',', '.'))
    if (value === undefined || value === null) {
      if (text.trim() !== '' && Number.isFinite(shown)) setText('')
    } else if (typeof value === 'number' && shown !== value) setText(String(value))
    // Only an outside change of the value (a reset, a reload) rewrites the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])
  return (
    <TextInput
      {...rest}
      value={text}
      onChange={(e: ChangeEvent<HTMLInputElement>) => {
        const next = e.target.value
        setText(next)
        const number = Number(next.replace(',', '.'))
        onValue(next.trim() === '' ? null : Number.isFinite(number) ? number : next)
      }}
    />
  )
}
