import { describe, expect, it } from 'vitest'
import { foldDiacritics, hasVietnameseMarks, syllableToTelex, toTelex } from './vietnamese'

describe('Telex tone form', () => {
  it('keeps tone-distinct words apart', () => {
    const forms = ['dừa', 'dứa', 'dưa', 'đũa', 'dua'].map(syllableToTelex)
    expect(forms).toEqual(['duwaf', 'duwas', 'duwa', 'dduax', 'dua'])
    expect(new Set(forms).size).toBe(forms.length)
  })

  it('spells vowel shapes and tones like Telex typing', () => {
    expect(toTelex('Nấm rơm, năm')).toBe('naams rowm nawm')
    expect(toTelex('Kẹo dừa Bến Tre')).toBe('keoj duwaf beens tre')
  })

  it('handles precomposed and decomposed input the same way', () => {
    expect(toTelex('ư'.normalize('NFD') + 'a')).toBe(toTelex('ưa'))
  })

  it('detects marks and folds them', () => {
    expect(hasVietnameseMarks('keo dua')).toBe(false)
    expect(hasVietnameseMarks('kẹo dừa')).toBe(true)
    expect(hasVietnameseMarks('đua')).toBe(true)
    expect(foldDiacritics('Đũa tre Bến Tre')).toBe('dua tre ben tre')
  })
})
