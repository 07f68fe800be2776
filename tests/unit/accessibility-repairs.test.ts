// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'

import { repairAccessibility } from '@/components/shell/accessibility/repairs'

/** Markup as Payload 3.90 renders it (trimmed to what the repairs read), found with axe-core. */
const render = (html: string) => {
  document.body.innerHTML = html
  repairAccessibility(document, 'ro')
}
const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null

describe('repairs to Payload admin markup (screen readers)', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('names a select after its field label, or after what it shows', () => {
    render(`
      <div class="field-type select" id="field-legalForm"><label class="field-label" for="field-legalForm">Formă juridică <span class="required">*</span></label>
        <div class="react-select"><div class="rs__control"><input id="react-select-2-input" class="rs__input" title="x"></div></div></div>
      <div class="react-select"><div class="rs__control"><div class="rs__single-value">Tablou de bord</div><input id="react-select-3-input"></div></div>`)
    expect(attr('#react-select-2-input', 'aria-label')).toBe('Formă juridică')
    expect(attr('#react-select-3-input', 'aria-label')).toBe('Tablou de bord')
  })

  it('keeps aria-hidden indicators out of the tab order', () => {
    render(`<div class="rs__indicators"><div class="clear-indicator" aria-hidden="true" role="button" tabindex="0"></div>
      <button class="dropdown-indicator" aria-hidden="true"></button></div>`)
    expect(attr('.clear-indicator', 'tabindex')).toBe('-1')
    expect(attr('.dropdown-indicator', 'tabindex')).toBe('-1')
  })

  it('names row checkboxes after the row, and select-all', () => {
    render(`<div class="table"><table><thead><tr><th><div class="select-all">
      <input aria-label="" aria-labelledby="select-all" id="select-all" title="select-all" type="checkbox"></div></th></tr></thead>
      <tbody><tr><td><input aria-label="" id="r1" type="checkbox"></td><td>Carpați Soft SRL</td></tr></tbody></table></div>`)
    expect(attr('#select-all', 'aria-label')).toBe('Selectați toate rândurile')
    expect(attr('#select-all', 'aria-labelledby')).toBeNull()
    expect(attr('#r1', 'aria-label')).toBe('Selectați: Carpați Soft SRL')
  })

  it('names icon-only buttons, an unnamed add-new after its tooltip', () => {
    render(`
      <button class="clickable-arrow clickable-arrow--left"><svg></svg></button>
      <button class="clickable-arrow clickable-arrow--right"><svg></svg></button>
      <div class="doc-controls__popup"><button class="popup-button"><div class="doc-controls__dots"></div></button></div>
      <div class="relationship-add-new"><button class="relationship-add-new__add-button">
        <aside class="tooltip"><div class="tooltip-content">Adaugă Tip de tichet</div></aside></button></div>
      <div class="relationship-add-new"><div class="popup-button" role="button" tabindex="0"><button class="relationship-add-new__add-button other">
        <aside class="tooltip"><div class="tooltip-content">Adăugați un nou</div></aside></button></div></div>`)
    expect(attr('.clickable-arrow--left', 'aria-label')).toBe('Pagina anterioară')
    expect(attr('.clickable-arrow--right', 'aria-label')).toBe('Pagina următoare')
    expect(attr('.popup-button', 'aria-label')).toBe('Mai multe opțiuni')
    expect(attr('.relationship-add-new__add-button', 'aria-label')).toBe('Adaugă Tip de tichet')
    expect(attr('.other', 'aria-label')).toBe('Adăugați un nou')
    expect(attr('[tabindex="0"]', 'role')).toBeNull()
  })

  it('puts the visible text into a name that left it out', () => {
    render(`<a class="btn" aria-label="Adaugă Client"><span>Creați nou</span></a>
      <a class="btn doc-tab" aria-label="Versiuni" id="v"><span>Versiuni&nbsp;<span class="pill">3</span></span></a>`)
    expect(attr('a.btn', 'aria-label')).toBe('Creați nou: Adaugă Client')
    expect(attr('#v', 'aria-label')).toBe('Versiuni 3')
  })

  it('names the rich-text editor, fixes the tab list and marks the main part', () => {
    render(`<div class="template-default__wrap"><header class="app-header"></header><div class="collection-list">
      <ul class="doc-tabs__tabs"><a href="#">Editează</a></ul>
      <div class="field-type richText"><label class="field-label">Descriere</label><div contenteditable="true" role="textbox"></div></div>
      </div></div>`)
    expect(attr('[role="textbox"]', 'aria-label')).toBe('Descriere')
    expect(attr('.doc-tabs__tabs', 'role')).toBe('group')
    expect(attr('.collection-list', 'role')).toBe('main')
    expect(attr('header', 'role')).toBeNull()
  })

  it('changes nothing that already has a name, and nothing on a second run', () => {
    render(
      `<main><input id="react-select-9-input" aria-label="Caută"><button class="clickable-arrow" aria-label="Înapoi"></button></main>`,
    )
    const before = document.body.innerHTML
    repairAccessibility(document, 'ro')
    expect(document.body.innerHTML).toBe(before)
    expect(attr('#react-select-9-input', 'aria-label')).toBe('Caută')
    expect(attr('main', 'role')).toBeNull()
  })
})
