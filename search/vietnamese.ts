// Vietnamese text helpers for search. Meilisearch folds diacritics, so "dừa" (coconut), "dứa"
// (pineapple), "dưa" (melon) and "đũa" (chopsticks) become one word to it. We index a second,
// tone-preserving ASCII form (Telex spelling: ư→uw, đ→dd, tone as a trailing letter) and search it
// when the buyer typed tones, so tone-exact products rank first.

const TONE_MARKS: Record<string, string> = {
  '\u0300': 'f', // huyền
  '\u0301': 's', // sắc
  '\u0303': 'x', // ngã
  '\u0309': 'r', // hỏi
  '\u0323': 'j', // nặng
}

const SHAPE_MARKS: Record<string, Record<string, string>> = {
  '\u0302': { a: 'aa', e: 'ee', o: 'oo' }, // circumflex: â ê ô
  '\u0306': { a: 'aw' }, // breve: ă
  '\u031b': { o: 'ow', u: 'uw' }, // horn: ơ ư
}

/** One syllable → Telex ASCII with the tone letter at the end ("dứa" → "duwas", "đũa" → "dduax"). */
export function syllableToTelex(syllable: string): string {
  const decomposed = syllable.normalize('NFD').toLowerCase()
  let out = ''
  let tone = ''
  for (const char of decomposed) {
    if (TONE_MARKS[char]) {
      tone = TONE_MARKS[char]
      continue
    }
    const shape = SHAPE_MARKS[char]
    if (shape) {
      const last = out.at(-1) ?? ''
      if (shape[last]) out = out.slice(0, -1) + shape[last]
      continue
    }
    if (char === 'đ') out += 'dd'
    else if (/[a-z0-9]/.test(char)) out += char
  }
  return out + tone
}

/** Whole text → space-separated Telex syllables. */
export function toTelex(text: string): string {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(syllableToTelex)
    .filter(Boolean)
    .join(' ')
}

/** True when the text carries Vietnamese tone marks or vowel-shape marks (or đ). */
export function hasVietnameseMarks(text: string): boolean {
  return /[\u0300-\u036f]|đ/i.test(text.normalize('NFD'))
}

/** Lower-case ASCII without any marks: "Bến Tre" → "ben tre". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}
