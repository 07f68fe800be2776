/**
 * Payload's own Romanian strings that read wrong in our screens: "Crearea unui nou {{label}}"
 * agrees with masculine labels only ("Crearea unui nou Persoană de contact"), "Localitate" means
 * a town (the content language selector), some are left in English ("Toggle bloc", "Light"), one
 * is a leaked translation prompt (`restoring`), two name a variable that does not exist (`movingCount`, `showAllLabel`),
 * two guess the label's gender with "creat(ă)".
 * These phrasings hold for any label, whatever its gender or number.
 */
export const romanianWording = {
  error: {
    noUser: 'Niciun utilizator',
    unableToUpdateCount: 'Nu s-au putut actualiza {{count}} din {{total}} {{label}}.',
  },
  fields: {
    addNewLabel: 'Adaugă {{label}}',
    itemsAndMore: '{{items}} și încă {{count}}',
    newLabel: 'Adăugare {{label}}',
    selectExistingLabel: 'Alegeți dintre cele existente: {{label}}',
    toggleBlock: 'Restrânge sau extinde blocul',
    uploadNewLabel: 'Încarcă {{label}}',
  },
  general: {
    createNewLabel: 'Adaugă {{label}}',
    creatingNewLabel: 'Adăugare {{label}}',
    dark: 'Întunecat',
    deleting: 'Se șterge...',
    light: 'Luminos',
    locale: 'Limba conținutului',
    movingCount: 'Se mută {{count}} {{label}}',
    newLabel: 'Adăugare {{label}}',
    noFiltersSet: 'Niciun filtru',
    noLabel: '<Fără {{label}}>',
    none: 'Niciunul',
    noResults:
      'Nicio înregistrare în {{label}}: fie nu există încă, fie niciuna nu se potrivește cu filtrele de mai sus.',
    payloadSettings: 'Setări',
    restoring: 'Se restaurează...',
    showAllLabel: 'Arată tot: {{label}}',
    successfullyCreated: 'Înregistrare adăugată: {{label}}.',
    successfullyDuplicated: 'Copie creată: {{label}}.',
    titleDeleted: 'S-a șters {{label}} „{{title}}”.',
    updatedLabelSuccessfully: 'Modificările la {{label}} au fost salvate.',
  },
  version: {
    changedFieldsCount_one: '{{count}} câmp modificat',
    modifiedOnly: 'Doar câmpurile modificate',
    status: 'Stare',
  },
}
