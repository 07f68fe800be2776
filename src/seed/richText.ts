/** A Lexical document of plain paragraphs, as the admin's editor saves it. */
export function paragraphs(...texts: string[]) {
  const node = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
  return {
    root: {
      ...node,
      type: 'root',
      children: texts.map((text) => ({
        ...node,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
