'use client'
import { ReactSelect, useListQuery, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'
import { useLayoutEffect, useRef, useState } from 'react'

import type { NotificationKind } from '../kinds'

type Option = { label: string; value: string }

const EXACT = ['equals', 'not_equals', 'in', 'not_in']

const TEXT = {
  en: { choose: 'Choose a kind', yes: 'yes', no: 'no' },
  ro: { choose: 'Alegeți un tip', yes: 'da', no: 'nu' },
}

/**
 * Where this filter sits in Payload's filter builder (`where.or[orIndex].and[andIndex]`): Payload
 * 3.90 renders a field's Filter without telling it, so it reads its place from the builder's
 * markup, one list item per "or" group and per condition inside it.
 */
function placeOf(element: HTMLElement | null): { orIndex: number; andIndex: number } | null {
  const condition = element?.closest('.where-builder__and-filters > li')
  const group = condition?.parentElement?.closest('.where-builder__or-filters > li')
  if (!condition || !group) return null
  return {
    andIndex: Array.prototype.indexOf.call(condition.parentElement!.children, condition),
    orIndex: Array.prototype.indexOf.call(group.parentElement!.children, group),
  }
}

/** The value of a "Kind" condition: the kinds by their labels in the reader's language, never the keys. */
export function KindFilterSelect({ kinds }: { kinds: NotificationKind[] }) {
  const { i18n } = useTranslation()
  const { query, handleWhereChange } = useListQuery()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const box = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState<{ orIndex: number; andIndex: number } | null>(null)
  const where = query?.where as Where | undefined
  // Again whenever the conditions change: adding or removing one above this one moves it.
  useLayoutEffect(() => {
    const found = placeOf(box.current)
    setPlace((was) => (was?.orIndex === found?.orIndex && was?.andIndex === found?.andIndex ? was : found))
  }, [where])

  const condition = place ? (where?.or?.[place.orIndex] as Where | undefined)?.and?.[place.andIndex] : undefined
  const [operator, value] = Object.entries((condition?.kind ?? {}) as Record<string, unknown>)[0] ?? ['equals']
  const isMulti = operator === 'in' || operator === 'not_in'
  const language = i18n.language === 'ro' ? 'ro' : 'en'
  const options: Option[] =
    operator === 'exists'
      ? [
          { value: 'true', label: text.yes },
          { value: 'false', label: text.no },
        ]
      : kinds
          // A kind only others are stored under (`workflow`: `workflow.offers`...) matches nothing
          // exactly; "contains" and "like" still offer it, for all of them at once.
          .filter((kind) => !EXACT.includes(operator) || !kinds.some((k) => k.value.startsWith(`${kind.value}.`)))
          .map((kind) => ({ value: kind.value, label: kind.label[language] }))
  const optionOf = (v: unknown): Option | undefined =>
    v === undefined || v === null || v === ''
      ? undefined
      : (options.find((o) => o.value === String(v)) ?? { value: String(v), label: String(v) })
  const selected = isMulti
    ? (Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : [])
        .map(optionOf)
        .filter((o): o is Option => Boolean(o))
    : optionOf(value)

  async function choose(choice: Option | Option[] | null) {
    if (!place || !where?.or || !handleWhereChange) return
    const next = Array.isArray(choice) ? choice.map((o) => o.value) : (choice?.value ?? undefined)
    const groups = structuredClone(where.or) as Where[]
    const group = groups[place.orIndex]
    if (!group?.and) return
    group.and[place.andIndex] = { kind: { [operator]: next } }
    await handleWhereChange({ or: groups })
  }

  return (
    <div ref={box} className="notification-kind-filter">
      <ReactSelect
        disabled={!place}
        isClearable
        isMulti={isMulti}
        onChange={(choice) => void choose(choice as Option | Option[] | null)}
        options={options}
        placeholder={text.choose}
        value={selected}
      />
    </div>
  )
}
