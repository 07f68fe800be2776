/** The text of a Lexical rich-text value, paragraphs on their own lines (for exports). */
export function plainText(value: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return
    const { text, children, type } = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof text === 'string') line.push(text)
    if (type === 'linebreak') line.push('\n')
    if (!Array.isArray(children)) return
    if (type === 'root') {
      for (const child of children) {
        const own: string[] = []
        walk(child, own)
        lines.push(own.join(''))
      }
    } else for (const child of children) walk(child, line)
  }
  walk((value as { root?: unknown } | null)?.root, [])
  return lines.join('\n').trim()
}
