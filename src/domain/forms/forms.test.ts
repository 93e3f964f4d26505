import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { checkAnswers } from './answers'
import { layoutBarChart } from './barChart'
import { answersCsv } from './csv'
import { questionsOf, type FormBlock } from './questions'
import { aggregateResults, type Submission } from './results'

const blocks: FormBlock[] = [
  { blockType: 'message' },
  { blockType: 'radio', name: 'size', label: 'Velikost obce', required: true, options: [{ value: 'small', label: 'Malá' }, { value: 'large', label: 'Velká' }] },
  {
    blockType: 'multipleChoice',
    name: 'topics',
    label: 'Témata',
    options: [
      { value: 'finance', label: 'Financování' },
      { value: 'cyber', label: 'Kyberbezpečnost' },
      { value: 'hr', label: 'Personalistika' },
    ],
  },
  { blockType: 'scale', name: 'usefulness', label: 'Užitečnost', required: true, min: 1, max: 5, minLabel: 'málo', maxLabel: 'velmi' },
  { blockType: 'textarea', name: 'comment', label: 'Komentář' },
  { blockType: 'email', name: 'email', label: 'E-mail' },
  { blockType: 'number', name: 'staff', label: 'Počet zaměstnanců' },
  { blockType: 'checkbox', name: 'newsletter', label: 'Chci novinky' },
]
const questions = questionsOf(blocks)

describe('questions of a form', () => {
  it('turns form-builder blocks into questions and skips explanatory text', () => {
    expect(questions.map((question) => `${question.name}:${question.kind}`)).toEqual([
      'size:single-choice',
      'topics:multiple-choice',
      'usefulness:scale',
      'comment:textarea',
      'email:email',
      'staff:number',
      'newsletter:checkbox',
    ])
  })
})

describe('checking answers', () => {
  it('stores valid answers in question order, several choices one per line', () => {
    const result = checkAnswers(questions, [
      { field: 'usefulness', value: '4' },
      { field: 'topics', value: ['hr', 'finance'] },
      { field: 'size', value: 'small' },
      { field: 'comment', value: '  Díky!  ' },
      { field: 'newsletter', value: 'on' },
      { field: 'staff', value: '12,5' },
    ])
    expect(result.problems).toEqual([])
    expect(result.answers).toEqual([
      { field: 'size', value: 'small' },
      { field: 'topics', value: 'finance\nhr' },
      { field: 'usefulness', value: '4' },
      { field: 'comment', value: 'Díky!' },
      { field: 'staff', value: '12.5' },
      { field: 'newsletter', value: 'true' },
    ])
  })

  it('names every question with a problem', () => {
    const result = checkAnswers(questions, [
      { field: 'size', value: 'medium' },
      { field: 'topics', value: ['finance', 'sport'] },
      { field: 'usefulness', value: '6' },
      { field: 'email', value: 'starosta@' },
      { field: 'staff', value: 'many' },
      { field: 'salary', value: '1' },
    ])
    expect(result.problems).toEqual([
      { field: 'salary', kind: 'unknown-field' },
      { field: 'size', kind: 'unknown-choice' },
      { field: 'topics', kind: 'unknown-choice' },
      { field: 'usefulness', kind: 'out-of-range', min: 1, max: 5 },
      { field: 'email', kind: 'invalid-email' },
      { field: 'staff', kind: 'invalid-number' },
    ])
  })

  it('requires answers to required questions, and a blank text is no answer', () => {
    expect(checkAnswers(questions, [{ field: 'comment', value: '   ' }]).problems).toEqual([
      { field: 'size', kind: 'required' },
      { field: 'usefulness', kind: 'required' },
    ])
  })

  it('never throws and never stores an answer it reported', () => {
    const entry = fc.record({ field: fc.constantFrom('size', 'topics', 'usefulness', 'comment', 'email', 'staff', 'newsletter', 'x'), value: fc.anything() })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), (submitted) => {
        const { problems, answers } = checkAnswers(questions, submitted)
        for (const answer of answers) expect(problems.some((problem) => problem.field === answer.field)).toBe(false)
      }),
    )
  })
})

describe('results', () => {
  const submissions: Submission[] = [
    { id: '1', createdAt: '2026-01-10T08:00:00.000Z', answers: [{ field: 'size', value: 'small' }, { field: 'topics', value: 'finance\ncyber' }, { field: 'usefulness', value: '5' }] },
    { id: '2', createdAt: '2026-01-11T08:00:00.000Z', answers: [{ field: 'size', value: 'small' }, { field: 'topics', value: 'cyber' }, { field: 'usefulness', value: '2' }, { field: 'comment', value: 'Více seminářů, prosím; díky "všem"' }] },
    { id: '3', createdAt: '2026-01-12T08:00:00.000Z', answers: [{ field: 'size', value: 'large' }, { field: 'usefulness', value: '4' }, { field: 'staff', value: '40' }] },
  ]

  it('counts choices, including options nobody chose, and summarises scales', () => {
    const results = aggregateResults(questions, submissions)
    expect(results.total).toBe(3)
    const [size, topics, usefulness, comment, , staff] = results.questions
    expect(size).toMatchObject({ kind: 'choices', answered: 3, counts: [{ value: 'small', count: 2 }, { value: 'large', count: 1 }] })
    expect(topics).toMatchObject({
      kind: 'choices',
      multiple: true,
      answered: 2,
      counts: [
        { value: 'finance', count: 1 },
        { value: 'cyber', count: 2 },
        { value: 'hr', count: 0 },
      ],
    })
    expect(usefulness).toMatchObject({ kind: 'scale', answered: 3, mean: 11 / 3, median: 4 })
    expect(usefulness?.kind === 'scale' && usefulness.counts.map((c) => [c.label, c.count])).toEqual([
      ['1 – málo', 0],
      ['2', 1],
      ['3', 0],
      ['4', 1],
      ['5 – velmi', 1],
    ])
    expect(comment).toMatchObject({ kind: 'text', answered: 1 })
    expect(staff).toMatchObject({ kind: 'number', answered: 1, mean: 40, min: 40, max: 40 })
  })

  it('exports one row per submission with labels that survive a round trip through a CSV reader', () => {
    const csv = answersCsv(questions, submissions, { id: 'ID', submittedAt: 'Odesláno' })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows: string[][] = parse(csv.slice(1))
    expect(rows[0]).toEqual(['ID', 'Odesláno', 'Velikost obce', 'Témata', 'Užitečnost', 'Komentář', 'E-mail', 'Počet zaměstnanců', 'Chci novinky'])
    expect(rows).toHaveLength(4)
    expect(rows[1]).toEqual(['1', '2026-01-10T08:00:00.000Z', 'Malá', 'Financování; Kyberbezpečnost', '5', '', '', '', ''])
    expect(rows[2]?.[5]).toBe('Více seminářů, prosím; díky "všem"')
  })

  it('scales bars to the most chosen option and labels them with their share of answers', () => {
    const chart = layoutBarChart(
      [
        { label: 'Malá', count: 2 },
        { label: 'Velká', count: 1 },
      ],
      4,
      560,
      200,
    )
    expect(chart.bars.map((bar) => [bar.barWidth, bar.percent])).toEqual([
      [270, 50],
      [135, 25],
    ])
    expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y)
  })
})
