/**
 * Small repairs to Payload's own admin markup that no configuration reaches: controls without a
 * name, focusable parts hidden from screen readers, names that leave out the visible text, and no
 * main landmark. Each repair is named, idempotent (it changes an attribute only when it differs)
 * and keyed on Payload's class names, so a Payload upgrade that fixes one makes it do nothing.
 * Found with axe-core; tests/e2e/accessibility.e2e.test.ts keeps the pages at zero serious issues.
 */
import { say, t } from '@/lib/i18n'

const TEXT = {
  select: t('Choose', 'Alegeți'),
  selectRow: t('Select', 'Selectați'),
  selectAll: t('Select all rows', 'Selectați toate rândurile'),
  previousPage: t('Previous page', 'Pagina anterioară'),
  nextPage: t('Next page', 'Pagina următoare'),
  moreOptions: t('More options', 'Mai multe opțiuni'),
  addNew: t('Add new', 'Adăugați'),
}

type Text = (message: { en: string; ro: string }) => string

const set = (element: Element, name: string, value: string) => {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
/** A field's label as shown, without the required-field asterisk. */
const labelOf = (field: Element | null) =>
  clean(
    field?.querySelector(':scope > label.field-label, :scope > .field-label, label.field-label')?.textContent,
  ).replace(/\s*\*$/, '')
/** The text a sighted reader sees in a control: not its hidden tooltips nor aria-hidden parts. */
function visibleText(element: Element): string {
  let text = ''
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent
    else if (node.nodeType === 1 && !(node as Element).matches('.tooltip, [aria-hidden="true"]'))
      text += ` ${visibleText(node as Element)} `
  }
  return clean(text)
}
const hasName = (element: Element) =>
  clean(element.getAttribute('aria-label')) !== '' ||
  (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .some((id) => id && id !== element.id && document.getElementById(id))

/** react-select's inputs: named after their field's label (or what they show), never after a title alone. */
function nameSelectInputs(root: ParentNode, tr: Text) {
  for (const input of root.querySelectorAll('input[id^="react-select-"][id$="-input"]')) {
    if (hasName(input) || (input.id && root.querySelector(`label[for="${CSS.escape(input.id)}"]`))) continue
    const field = input.closest('.field-type')
    const shown = clean(
      input.closest('.rs__control')?.querySelector('.rs__placeholder, .rs__single-value')?.textContent,
    )
    set(input, 'aria-label', labelOf(field) || shown || tr(TEXT.select))
  }
}

/** react-select marks its indicators aria-hidden; Payload's are buttons, so keep them out of the tab order too. */
function unfocusHiddenIndicators(root: ParentNode) {
  for (const indicator of root.querySelectorAll('.rs__indicators [aria-hidden="true"]')) {
    if (indicator.matches('button, [tabindex]') || indicator.querySelector('button')) set(indicator, 'tabindex', '-1')
  }
}

/** The list's row checkboxes: "Select <the row's first column>". */
function nameRowCheckboxes(root: ParentNode, tr: Text) {
  for (const box of root.querySelectorAll('.table input[type="checkbox"], .select-all input[type="checkbox"]')) {
    if (box.id === 'select-all' || box.closest('.select-all')) {
      if (box.getAttribute('aria-labelledby') === box.id) box.removeAttribute('aria-labelledby')
      set(box, 'aria-label', tr(TEXT.selectAll))
      continue
    }
    if (hasName(box)) continue
    const row = box.closest('tr')
    const title = clean(row?.querySelector('td:nth-child(2)')?.textContent)
    set(box, 'aria-label', title ? `${tr(TEXT.selectRow)}: ${title}` : tr(TEXT.selectRow))
  }
}

/** Icon-only buttons: the pager's arrows, the document's "…" menu, "add new" beside a relationship. */
function nameIconButtons(root: ParentNode, tr: Text) {
  for (const arrow of root.querySelectorAll('button.clickable-arrow')) {
    if (hasName(arrow) || clean(arrow.textContent)) continue
    set(arrow, 'aria-label', tr(arrow.classList.contains('clickable-arrow--left') ? TEXT.previousPage : TEXT.nextPage))
  }
  for (const menu of root.querySelectorAll('.doc-controls__popup .popup-button')) {
    if (!hasName(menu) && !clean(menu.textContent)) set(menu, 'aria-label', tr(TEXT.moreOptions))
  }
  for (const add of root.querySelectorAll('.relationship-add-new__add-button')) {
    if (hasName(add)) continue
    const tooltip = clean(add.querySelector('.tooltip-content')?.textContent)
    set(add, 'aria-label', tooltip || tr(TEXT.addNew))
  }
  // A polymorphic relationship's "add new" wraps that button in a second, unnamed role=button: one control is enough.
  for (const wrapper of root.querySelectorAll('.relationship-add-new .popup-button[role="button"]')) {
    if (!wrapper.querySelector('button')) continue
    wrapper.removeAttribute('role')
    wrapper.removeAttribute('tabindex')
  }
}

/** Links and buttons whose aria-label leaves out their visible text (voice control says what it sees). */
function keepVisibleTextInNames(root: ParentNode) {
  for (const control of root.querySelectorAll('a.btn[aria-label], button.btn[aria-label], .doc-tab[aria-label]')) {
    const label = clean(control.getAttribute('aria-label'))
    const visible = visibleText(control)
    if (!visible || label.toLowerCase().includes(visible.toLowerCase())) continue
    set(control, 'aria-label', visible.toLowerCase().includes(label.toLowerCase()) ? visible : `${visible}: ${label}`)
  }
}

/** The document tabs are a <ul> of links: a list only of list items, so it is a plain group. */
function fixTabLists(root: ParentNode) {
  for (const list of root.querySelectorAll('ul.doc-tabs__tabs')) {
    if ([...list.children].some((child) => child.tagName !== 'LI')) set(list, 'role', 'group')
  }
}

/** Rich-text editors are named after their field. */
function nameRichText(root: ParentNode) {
  for (const editor of root.querySelectorAll('[contenteditable="true"][role="textbox"]')) {
    if (hasName(editor)) continue
    const label = labelOf(editor.closest('.field-type'))
    if (label) set(editor, 'aria-label', label)
  }
}

/** Payload's list view and dashboard have no <main>: the view beside the header is the page's main part. */
function markMain(root: ParentNode) {
  if (root.querySelector('main, [role="main"]')) return
  const view =
    root.querySelector('.template-default__wrap > :not(header):not(.nav)') ??
    root.querySelector('.template-minimal__wrap')
  if (view) set(view, 'role', 'main')
}

/** The repairs by name, run in this order. */
export const REPAIRS: Record<string, (root: ParentNode, tr: Text) => void> = {
  nameSelectInputs,
  unfocusHiddenIndicators,
  nameRowCheckboxes,
  nameIconButtons,
  keepVisibleTextInNames,
  fixTabLists,
  nameRichText,
  markMain,
}

/** Runs every repair on `root` (the document, or a part of it) in the reader's language. */
export function repairAccessibility(root: ParentNode, language: string | undefined) {
  const text: Text = (message) => say(language, message)
  for (const repair of Object.values(REPAIRS)) repair(root, text)
}
