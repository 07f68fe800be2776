'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import {
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'

import type { SearchItem } from '../types'
import { styles } from './styles'
import { TEXT } from './text'
import { useSearchResults } from './useSearchResults'

/** Ctrl-K belongs to a rich-text editor while one has the focus (it makes a link there). */
const inEditor = (target: EventTarget | null) =>
  target instanceof HTMLElement && Boolean(target.closest('[contenteditable="true"]'))

/**
 * The admin header's search box (R34): Ctrl-K or Cmd-K from any page focuses it; what is typed is
 * looked up in every kind the user may read, shown grouped by kind under the box. Arrows move
 * through the results, Enter opens one, Escape closes the list, then empties the box.
 */
export function GlobalSearch() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const [typed, setTyped] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [mac, setMac] = useState(false)
  const state = useSearchResults(config, typed)

  const groups = useMemo(
    () => (state.status === 'done' || state.status === 'loading' ? (state.answer?.groups ?? []) : []),
    [state],
  )
  const items = useMemo(() => groups.flatMap((group) => group.items), [groups])
  // Where each group's results start in `items`: the options are numbered across the groups.
  const starts = useMemo(
    () => groups.map((_, at) => groups.slice(0, at).reduce((sum, group) => sum + group.items.length, 0)),
    [groups],
  )
  const optionId = (index: number) => `${id}-option-${index}`

  // A new answer starts again from its first result.
  useEffect(() => setActive(items.length > 0 ? 0 : -1), [items])

  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform))
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== 'k' || inEditor(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
      setOpen(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    const onPointer = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onPointer)
    return () => document.removeEventListener('mousedown', onPointer)
  }, [])

  if (!user) return null

  const openItem = (item: SearchItem) => {
    setOpen(false)
    inputRef.current?.blur()
    router.push(item.url)
  }

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (items.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (current + step + items.length) % items.length)
    } else if (event.key === 'Enter') {
      const item = open ? items[active] : undefined
      if (!item) return
      event.preventDefault()
      openItem(item)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (open && typed) setOpen(false)
      else {
        setTyped('')
        inputRef.current?.blur()
      }
    }
  }

  // A plain click opens the record here; with a modifier the browser opens the link as it would.
  const onOptionClick = (event: ReactMouseEvent<HTMLAnchorElement>, item: SearchItem) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    openItem(item)
  }

  const showList = open && state.status !== 'idle'
  const message =
    state.status === 'short'
      ? text.tooShort
      : state.status === 'failed'
        ? `${text.failed} ${state.message}`
        : state.status === 'loading' && items.length === 0
          ? text.searching
          : state.status === 'done' && items.length === 0
            ? text.none(state.query)
            : state.status === 'done'
              ? text.results(items.length)
              : ''

  return (
    <div ref={rootRef} className="global-search" style={styles.root}>
      <label htmlFor={`${id}-input`} style={styles.hidden}>
        {text.label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="global-search__input"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        placeholder={`${text.placeholder}`}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        style={styles.input}
      />
      {!typed ? (
        <kbd aria-hidden="true" style={styles.shortcut}>
          {mac ? '⌘ K' : text.shortcut}
        </kbd>
      ) : null}
      <div className="global-search__popover" hidden={!showList} style={styles.popover}>
        <p role="status" aria-live="polite" className="global-search__status" style={styles.status}>
          {showList ? message : ''}
        </p>
        <div id={`${id}-listbox`} role="listbox" aria-label={text.label} style={styles.listbox}>
          {groups.map((group, groupAt) => (
            <div
              key={group.kind}
              role="group"
              aria-labelledby={`${id}-group-${group.kind}`}
              className="global-search__group"
              data-kind={group.kind}
            >
              <div id={`${id}-group-${group.kind}`} role="presentation" style={styles.groupHeading}>
                <span>{group.label}</span>
                <span style={styles.count}>{text.total(group.items.length, group.total, group.more)}</span>
              </div>
              {group.items.map((item, itemAt) => {
                const at = starts[groupAt] + itemAt
                return (
                  <a
                    key={`${group.kind}:${item.id}`}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    tabIndex={-1}
                    href={item.url}
                    className="global-search__option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActive(at)}
                    onClick={(event) => onOptionClick(event, item)}
                    style={at === active ? { ...styles.option, ...styles.activeOption } : styles.option}
                  >
                    <span style={styles.title}>{item.title}</span>
                    {item.subtitle ? <span style={styles.subtitle}>{item.subtitle}</span> : null}
                  </a>
                )
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
