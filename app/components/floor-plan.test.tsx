import { createRemixStub } from '@remix-run/testing'
import { renderToString } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FloorPlan, type PlanHall } from './floor-plan'

beforeEach(() => {
  // Same as site-nav.test: only the memory router's server-render warning is dropped.
  const guarded = console.error
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('useLayoutEffect does nothing on the server')) return
    guarded(...args)
  })
})

const hall: PlanHall = {
  id: 'h1',
  name: 'Nhà A',
  widthM: 40,
  depthM: 30,
  features: [{ id: 'f1', kind: 'ENTRANCE', label: null, x: 17, y: 0, width: 6, depth: 1 }],
  booths: [
    { id: 'b2', code: 'A-10', x: 8, y: 2, width: 3, depth: 3, zone: 'Trái cây', features: ['corner', 'power'] },
    { id: 'b1', code: 'A-02', x: 5, y: 2, width: 3, depth: 3, zone: 'Trái cây', label: 'HTX Dừa Xanh', href: '/chu-the/htx-dua-xanh', locked: true },
  ],
}

function render(props: Parameters<typeof FloorPlan>[0]) {
  const Stub = createRemixStub([{ id: 'root', path: '/', Component: () => <FloorPlan {...props} />, loader: () => ({ lang: 'vi' }) }])
  return renderToString(<Stub initialEntries={['/']} hydrationData={{ loaderData: { root: { lang: 'vi' } } }} />)
}

describe('FloorPlan', () => {
  it('names every booth for screen readers, in code order, with its zone, holder and lock', () => {
    const html = render({ halls: [hall] })
    const labels = [...html.matchAll(/aria-label="(Gian [^"]+)"/g)].map((m) => m[1])
    expect(labels).toEqual(['Gian A-02, Khu Trái cây, HTX Dừa Xanh, Đã khoá', 'Gian A-10, Khu Trái cây, Còn trống'])
    expect(html).toContain('viewBox="0 0 40 30"')
    expect(html).toContain('Lối vào')
  })

  it('makes booths links when they have an exhibitor page, buttons when selectable', () => {
    const html = render({ halls: [hall], onBoothSelect: () => {}, selectedBoothIds: ['b2'] })
    expect(html).toMatch(/<a href="\/chu-the\/htx-dua-xanh"[^>]*data-booth-code="A-02"/)
    expect(html).toMatch(/role="button" aria-pressed="true"[^>]*data-booth-code="A-10"/)
    // The selected booth's details are shown without any interaction.
    expect(html).toContain('Đang chọn')
  })

  it('says so when the plan is empty', () => {
    expect(render({ halls: [{ ...hall, booths: [], features: [] }] })).toContain('Sơ đồ chưa có gian hàng nào.')
  })
})
