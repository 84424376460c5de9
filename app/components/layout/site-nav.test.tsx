import { createRemixStub } from '@remix-run/testing'
import { renderToString } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Lang } from '~/i18n/types'
import type { Role } from '~/modules/accounts/permissions'
import { navigationFor } from './navigation'
import { AccountLinks, SiteNav, type NavUser } from './site-nav'

beforeEach(() => {
  // The stub's memory router is meant for a DOM; on the server renderer React warns about its
  // layout effects. Only that warning is dropped: any other console error still fails the test.
  const guarded = console.error
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('useLayoutEffect does nothing on the server')) return
    guarded(...args)
  })
})

function render(user: NavUser, lang: Lang = 'vi', at = '/') {
  const Stub = createRemixStub([
    {
      id: 'root',
      path: '*',
      Component: () => (
        <>
          <SiteNav user={user} />
          <AccountLinks user={user} />
        </>
      ),
    },
  ])
  const html = renderToString(<Stub initialEntries={[at]} hydrationData={{ loaderData: { root: { lang } } }} />)
  const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(([, href, text]) => ({ href, text }))
  return { html, links }
}

describe('SiteNav', () => {
  it('offers visitors the catalogue, producers, fairs, log-in and sign-up', () => {
    const { links } = render(null)
    expect(links.map((link) => link.text)).toEqual(['Sản phẩm', 'Nhà sản xuất', 'Hội chợ', 'Đăng nhập', 'Đăng ký'])
  })

  it.each<[Role, string[]]>([
    ['PRODUCER', ['Bảng điều khiển', 'Sản phẩm của tôi', 'Chứng nhận', 'Yêu cầu báo giá', 'Hội chợ']],
    ['BUYER', ['Tìm sản phẩm', 'Yêu cầu đã gửi']],
    ['ORGANISER', ['Hội chợ của tôi', 'Phân bổ gian hàng']],
    ['ADMIN', ['Duyệt chứng nhận', 'Người dùng', 'Báo cáo người mua']],
  ])('shows a %s their own links and a log-out button instead of log-in', (role, expected) => {
    const { html, links } = render({ role })
    expect(links.map((link) => link.text)).toEqual(expected)
    expect(html).toContain('Đăng xuất')
    expect(html).not.toContain('Đăng nhập')
    expect(html).toMatch(/<a [^>]*href="\/tai-khoan"[^>]*>.*Tài khoản.*<\/a>/)
    expect(html).toMatch(/<form [^>]*method="post"[^>]*action="\/dang-xuat"/)
  })

  it('speaks English when the root data says so', () => {
    const { links, html } = render({ role: 'ORGANISER' }, 'en')
    expect(links.map((link) => link.text)).toEqual(['My fairs', 'Booth allocation'])
    expect(html).toContain('aria-label="Main navigation"')
    expect(html).toContain('Log out')
  })

  it('never sends two roles to the same place twice and keeps every link local', () => {
    for (const user of [null, ...(['PRODUCER', 'BUYER', 'ORGANISER', 'ADMIN'] as const).map((role) => ({ role }))]) {
      const { main, account } = navigationFor(user)
      const targets = [...main, ...account].map((item) => item.to)
      expect(new Set(targets).size).toBe(targets.length)
      for (const target of targets) expect(target).toMatch(/^\/[a-z0-9/-]*$/)
    }
  })

  it('marks only the section of the page as current, not the dashboard every producer path starts with', () => {
    const { html } = render({ role: 'PRODUCER' }, 'vi', '/nha-san-xuat/hoi-cho/dien-dan')
    const current = [...html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)/g)].map(([, text]) => text)
    expect(current).toEqual(['Hội chợ'])
    const home = render({ role: 'PRODUCER' }, 'vi', '/nha-san-xuat')
    expect([...home.html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)/g)].map(([, text]) => text)).toEqual(['Bảng điều khiển'])
  })
})
