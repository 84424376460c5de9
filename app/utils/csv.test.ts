import { describe, expect, it } from 'vitest'
import { parseCsv, parseCsvObjects, toCsv } from './csv'

describe('csv', () => {
  it('parses quotes, commas and newlines inside fields', () => {
    expect(parseCsv('a,b\r\n"Kẹo dừa, sữa","dòng 1\ndòng 2"\n"nói ""ngon""",\n')).toEqual([
      ['a', 'b'],
      ['Kẹo dừa, sữa', 'dòng 1\ndòng 2'],
      ['nói "ngon"', ''],
    ])
  })

  it('round-trips through toCsv, with a BOM for Excel', () => {
    const csv = toCsv(['tên', 'giá'], [['Bưởi "da xanh", loại 1', 45000]])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(parseCsv(csv)).toEqual([
      ['tên', 'giá'],
      ['Bưởi "da xanh", loại 1', '45000'],
    ])
  })

  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['-5']])).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(toCsv(['x'], [['-5']]).trim().endsWith('-5')).toBe(true)
  })

  it('maps rows to header keys', () => {
    expect(parseCsvObjects('nameVi,unit\nMật ong,chai\n').records).toEqual([{ nameVi: 'Mật ong', unit: 'chai' }])
  })
})
