import { describe, expect, it } from 'vitest'
import { boothRow, csvToBooths, jsonToPlan, planToCsv, planToJson, validatePlan, type FloorPlan, type PlanBooth } from './floor-plan'

const hall = { name: 'Nhà A', widthM: 40, depthM: 30, gridM: 1 }
const booth = (code: string, x: number, y: number, extra: Partial<PlanBooth> = {}): PlanBooth => ({ code, hall: 'Nhà A', type: 'TC', x, y, width: 3, depth: 3, zone: null, features: [], ...extra })
const plan = (booths: PlanBooth[], features: FloorPlan['features'] = []): FloorPlan => ({ halls: [hall], features, booths })

describe('validatePlan', () => {
  it('accepts booths that share walls', () => {
    expect(validatePlan(plan([booth('A-01', 0, 0), booth('A-02', 3, 0), booth('A-03', 0, 3)]))).toEqual([])
  })

  it('refuses overlapping booths', () => {
    const issues = validatePlan(plan([booth('A-01', 0, 0), booth('A-02', 2.5, 1)]))
    expect(issues).toEqual([{ code: 'A-01', message: 'Gian A-01 chồng lên gian A-02' }])
  })

  it('refuses duplicate codes, also when only the case differs', () => {
    const issues = validatePlan(plan([booth('A-01', 0, 0), booth('a-01', 10, 0)]))
    expect(issues.map((i) => i.message)).toEqual(['Mã gian a-01 bị trùng'])
  })

  it('refuses booths outside the hall, on an aisle, or of an unknown type', () => {
    const issues = validatePlan(
      plan([booth('A-01', 38, 0), booth('A-02', 0, 8), booth('A-03', 20, 20, { type: 'VIP' })], [{ hall: 'Nhà A', kind: 'AISLE', label: 'Lối đi', x: 0, y: 9, width: 40, depth: 2 }]),
      { boothTypes: ['TC'] },
    )
    expect(issues.map((i) => i.message)).toEqual([
      'Gian A-01 nằm ngoài Nhà A (40 × 30 m)',
      'Gian A-03: không có loại gian "VIP"',
      'Gian A-02 chắn lối đi "Lối đi"',
    ])
  })

  it('compares only booths of the same hall', () => {
    const twoHalls: FloorPlan = { halls: [hall, { ...hall, name: 'Nhà B' }], features: [], booths: [booth('A-01', 0, 0), booth('B-01', 0, 0, { hall: 'Nhà B' })] }
    expect(validatePlan(twoHalls)).toEqual([])
  })
})

describe('boothRow', () => {
  it('creates A-01 … A-10 side by side with corner ends', () => {
    const row = boothRow({ hall: 'Nhà A', prefix: 'a', start: 1, count: 10, x: 5, y: 2, width: 3, depth: 3, direction: 'horizontal', type: 'TC', zone: 'Trái cây', features: ['power'], cornerEnds: true })
    expect(row.map((b) => b.code)).toEqual(['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06', 'A-07', 'A-08', 'A-09', 'A-10'])
    expect(row.map((b) => b.x)).toEqual([5, 8, 11, 14, 17, 20, 23, 26, 29, 32])
    expect(row[0].features).toEqual(['power', 'corner'])
    expect(row[1].features).toEqual(['power'])
    expect(validatePlan(plan(row))).toEqual([])
  })

  it('runs vertically and pads codes to the largest number', () => {
    const row = boothRow({ hall: 'Nhà A', prefix: 'C', start: 95, count: 6, x: 0, y: 0, width: 2, depth: 2.5, direction: 'vertical', type: 'TC', zone: null, features: [], cornerEnds: false })
    expect(row.map((b) => `${b.code}@${b.y}`)).toEqual(['C-095@0', 'C-096@2.5', 'C-097@5', 'C-098@7.5', 'C-099@10', 'C-100@12.5'])
  })
})

describe('plan exchange formats', () => {
  const booths = [
    booth('A-01', 5, 2, { zone: 'Trái cây, rau củ', features: ['corner', 'power'] }),
    booth('A-02', 8.5, 2, { zone: 'Khu "5 sao"', features: [] }),
    booth('B-07', 1.25, 20, { hall: 'Nhà B', type: 'LANH', width: 4, depth: 2.5, features: ['cold', 'power'] }),
    booth('=SUM', 20, 20, { zone: null }),
  ]

  it('CSV round-trip preserves every booth', () => {
    const parsed = csvToBooths(planToCsv(booths))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.value).toEqual(booths)
  })

  it('JSON round-trip preserves halls, features and every booth', () => {
    const full: FloorPlan = { halls: [hall, { name: 'Nhà B', widthM: 30, depthM: 25.5, gridM: 0.5 }], features: [{ hall: 'Nhà A', kind: 'ENTRANCE', label: 'Cửa chính', x: 17, y: 0, width: 6, depth: 1 }], booths }
    expect(jsonToPlan(planToJson(full))).toEqual({ ok: true, value: full })
  })

  it('reports bad lines with their number', () => {
    expect(csvToBooths('hall,code,type,x,y,width,depth\nNhà A,A-01,TC,abc,0,3,3\n')).toEqual({ ok: false, errors: ['Dòng 2: "x" phải là số (mét)'] })
    expect(csvToBooths('code,x\nA-01,1\n')).toMatchObject({ ok: false })
    expect(jsonToPlan('{')).toEqual({ ok: false, errors: ['Tệp JSON không đọc được'] })
  })
})
