// A plain form, so the switch works before (or without) JavaScript: the resource route sets the
// `lang` cookie and redirects back to the page the visitor was on.
import { Form, useLocation } from '@remix-run/react'
import { GlobeIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { LANGUAGE_NAMES, LANGUAGES } from '~/i18n/index'
import { paths } from '~/utils/paths'

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { lang, t } = useTranslation()
  const location = useLocation()
  const others = LANGUAGES.filter((candidate) => candidate !== lang)
  return (
    <Form method="post" action={paths.language} className={className}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}${location.hash}`} />
      {others.map((other) => (
        <button
          key={other}
          type="submit"
          name="lang"
          value={other}
          lang={other}
          aria-label={LANGUAGE_NAMES[other]}
          title={t('language.switchTo', { language: LANGUAGE_NAMES[other] })}
          className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-2.5 py-1.5 sm:px-3 text-sm font-medium text-slate-700 transition hover:border-brand-600 hover:text-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          <GlobeIcon width={16} height={16} />
          {/* The code on phones, the full name from `sm` up; the accessible name is always the full name. */}
          <span className="uppercase sm:hidden">{other}</span>
          <span className="hidden sm:inline">{LANGUAGE_NAMES[other]}</span>
        </button>
      ))}
    </Form>
  )
}
