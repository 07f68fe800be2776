import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { RichBlock, RichText, TextAlign, TextRun } from './types'

/**
 * Lexical's JSON turned into blocks that both HTML and pdfmake can lay out. The structure an offer
 * needs (paragraphs, headings, quotes, lists, emphasis) is kept; any other node (a table, an
 * upload, a custom block) is reduced to its text by Payload's own plaintext converter, so no
 * written word is ever dropped.
 */
interface LexicalNode {
  type?: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  start?: number
  checked?: boolean
}

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8

const ALIGNMENTS: readonly string[] = ['left', 'center', 'right', 'justify']

const plaintextOf = (node: LexicalNode): string =>
  convertLexicalToPlaintext({
    // The converter walks a whole editor state: the node is given as the only child of a root.
    data: { root: { type: 'root', children: [node], direction: null, format: '', indent: 0, version: 1 } } as never,
  }).trim()

function textRun(node: LexicalNode): TextRun {
  const format = typeof node.format === 'number' ? node.format : 0
  const run: TextRun = { text: node.text ?? '' }
  if (format & BOLD) run.bold = true
  if (format & ITALIC) run.italic = true
  if (format & UNDERLINE) run.underline = true
  if (format & STRIKETHROUGH) run.strike = true
  return run
}

function runsOf(nodes: LexicalNode[] = []): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case 'text':
        return node.text ? [textRun(node)] : []
      case 'linebreak':
        return [{ text: '\n' }]
      case 'tab':
        return [{ text: '\t' }]
      case 'link':
      case 'autolink':
        return runsOf(node.children)
      default: {
        const text = plaintextOf(node)
        return text ? [{ text }] : []
      }
    }
  })
}

const hasWords = (runs: TextRun[]) => runs.some((run) => run.text.trim() !== '')

function listItems(list: LexicalNode, depth: number): RichBlock[] {
  let ordinal = list.start ?? 1
  return (list.children ?? []).flatMap((item): RichBlock[] => {
    // Lexical nests a sub-list inside a list item of its own, which carries no number.
    const nested = (item.children ?? []).filter((child) => child.type === 'list')
    if (nested.length > 0) return nested.flatMap((child) => listItems(child, depth + 1))
    const marker =
      list.listType === 'number' ? `${ordinal++}.` : list.listType === 'check' ? (item.checked ? '[x]' : '[ ]') : '•'
    const runs = runsOf(item.children)
    return hasWords(runs) ? [{ kind: 'listItem', marker, depth, runs }] : []
  })
}

function block(node: LexicalNode): RichBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const runs = runsOf(node.children)
      if (!hasWords(runs)) return []
      const align =
        typeof node.format === 'string' && ALIGNMENTS.includes(node.format) ? (node.format as TextAlign) : undefined
      return [align && align !== 'left' ? { kind: 'paragraph', runs, align } : { kind: 'paragraph', runs }]
    }
    case 'heading': {
      const runs = runsOf(node.children)
      const level = Number(node.tag?.replace(/^h/, '')) || 2
      return hasWords(runs) ? [{ kind: 'heading', level, runs }] : []
    }
    case 'quote': {
      const runs = runsOf(node.children)
      return hasWords(runs) ? [{ kind: 'quote', runs }] : []
    }
    case 'list':
      return listItems(node, 0)
    case 'horizontalrule':
      return []
    default: {
      const text = plaintextOf(node)
      return text ? [{ kind: 'paragraph', runs: [{ text }] }] : []
    }
  }
}

/** The blocks of a rich-text value; anything that is not a Lexical editor state gives none. */
export function richTextBlocks(value: unknown): RichText {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return []
  return root.children.flatMap(block)
}
