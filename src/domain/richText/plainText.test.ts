import { describe, expect, it } from 'vitest'

import { lexicalToPlainText, paragraphsToLexical } from './plainText'

describe('paragraphsToLexical and lexicalToPlainText', () => {
  it('turn blank-line separated paragraphs into Lexical paragraphs and back', () => {
    const text = 'Obec zavedla sběr bioodpadu.\nDo každé domácnosti.\n\n\nVýsledek: o 30 % méně směsného odpadu.'
    const state = paragraphsToLexical(text)
    expect(state.root.children).toHaveLength(2)
    expect(lexicalToPlainText(state)).toBe('Obec zavedla sběr bioodpadu.\nDo každé domácnosti.\n\nVýsledek: o 30 % méně směsného odpadu.')
  })

  it('reads headings and nested lists as editors write them', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Cíle' }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'méně odpadu' }] }, { type: 'listitem', children: [{ type: 'link', children: [{ type: 'text', text: 'web' }] }] }] },
        ],
      },
    }
    expect(lexicalToPlainText(state)).toBe('Cíle\n\nméně odpadu\n\nweb')
  })

  it('reads nothing from a missing or foreign value', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText('text')).toBe('')
  })
})
