import { Link } from '@remix-run/react'
import { LogoMark } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { paths } from '~/utils/paths'

export function SiteFooter() {
  const { t } = useTranslation()
  const year = new Date().getUTCFullYear()
  const links = [
    { to: paths.products, label: t('nav.products') },
    { to: paths.producers, label: t('nav.producers') },
    { to: paths.fairs, label: t('nav.fairs') },
  ]
  return (
    <footer className="mt-auto border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="max-w-xl space-y-3">
          <p className="flex items-center gap-2 font-semibold text-brand-900">
            <LogoMark width={24} height={24} />
            {t('app.name')}
          </p>
          <p className="text-sm leading-6 text-slate-600">{t('footer.about')}</p>
          <p className="text-sm text-slate-500">{t('footer.programme')}</p>
        </div>
        <nav aria-label={t('footer.explore')}>
          <h2 className="text-sm font-semibold text-slate-900">{t('footer.explore')}</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className="text-slate-600 hover:text-brand-700 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-slate-200">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-4 text-xs text-slate-500 sm:flex-row sm:justify-between sm:px-6">
          <p>{t('footer.copyright', { year: String(year) })}</p>
          <p>{t('footer.timeZone')}</p>
        </div>
      </div>
    </footer>
  )
}
