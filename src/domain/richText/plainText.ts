/**
 * Plain text to and from the Lexical editor state Payload stores for rich text: members write
 * their practice in plain paragraphs on the public site, and search and e-mails need the text
 * of what editors wrote.
 */
export interface LexicalNode {
  type: string
  version: number
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export interface LexicalState {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: ''
    indent: number
    version: number
    [key: string]: unknown
  }
  [key: string]: unknown
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'root', 'table', 'tablerow'])

/** Paragraphs separated by blank lines; single line breaks inside a paragraph are kept. */
export function paragraphsToLexical(text: string): LexicalState {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: paragraph.split('\n').flatMap((line, index) => [
          ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
          { type: 'text', text: line, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ]),
      })),
    },
  }
}

/** The text of a Lexical state, blocks separated by blank lines. */
export function lexicalToPlainText(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  const blocks: string[] = []
  const inline = (node: LexicalNode): string =>
    node.type === 'linebreak' ? '\n' : typeof node.text === 'string' ? node.text : (node.children ?? []).map(inline).join('')
  const walk = (node: LexicalNode) => {
    const children = node.children ?? []
    if (BLOCK_TYPES.has(node.type) && children.some((child) => BLOCK_TYPES.has(child.type))) children.forEach(walk)
    else if (node.type !== 'root') blocks.push(inline(node).trim())
  }
  walk((state as LexicalState).root as LexicalNode)
  return blocks.filter(Boolean).join('\n\n')
}
