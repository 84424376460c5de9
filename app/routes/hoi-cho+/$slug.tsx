// /hoi-cho/$slug: a published fair for everyone: information, the countdown to the application
// deadline, booth types and rules, the floor plan, and once booths are allocated the exhibitor
// directory (searchable by name, province and product group); each booth links to its exhibitor.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { buttonClass, Card, DefinitionList, inputClass, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { toPlanHalls } from '~/components/fairs/ui'
import { FloorPlan } from '~/components/floor-plan'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { getSessionUser } from '~/modules/accounts/auth.server'
import { applicationWindow, countdown } from '~/modules/fairs/eligibility'
import { getPlan, getPublicFair, listReferenceData } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { publicDirectory } from '~/modules/fairs/review.server'
import { now } from '~/utils/clock.server'
import { formatDateRange, formatDateTime, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSessionUser(request)
  const fair = await getPublicFair(params.slug!, session.user?.role === 'ORGANISER' ? session.user : null)
  const url = new URL(request.url)
  const filters = { q: url.searchParams.get('q')?.trim().slice(0, 100) || undefined, province: url.searchParams.get('tinh') || undefined, group: url.searchParams.get('nhom') || undefined }
  const [plan, directory, reference] = await Promise.all([getPlan(fair.id), publicDirectory(fair, filters), listReferenceData()])
  // Booth → exhibitor for the plan, from the unfiltered directory (a search must not empty the plan).
  const everyone = filters.q || filters.province || filters.group ? await publicDirectory(fair, {}) : directory
  const boothOwners: Record<string, { name: string; anchor: string }> = {}
  for (const entry of everyone ?? []) for (const booth of entry.booths) boothOwners[booth.id] = { name: entry.producer.legalName, anchor: `nha-san-xuat-${entry.producer.slug}` }
  const at = now()
  return {
    at,
    isProducer: session.user?.role === 'PRODUCER',
    // Organisers, buyers and admins cannot apply: they see the deadline without the button.
    canApply: !session.user || session.user.role === 'PRODUCER',
    fair: {
      slug: fair.slug,
      status: fair.status,
      nameVi: fair.nameVi,
      nameEn: fair.nameEn,
      descriptionVi: fair.descriptionVi,
      venue: fair.venue,
      addressLine: fair.addressLine,
      provinceName: fair.province?.name ?? null,
      organiser: fair.organiser.legalName,
      startsAt: fair.startsAt,
      endsAt: fair.endsAt,
      openingHours: fair.openingHours,
      applicationOpensAt: fair.applicationOpensAt,
      applicationClosesAt: fair.applicationClosesAt,
      minStars: fair.minStars,
      verifiedOnly: fair.verifiedOnly,
      maxBoothsPerProducer: fair.maxBoothsPerProducer,
      boothTypes: fair.boothTypes.map((b) => ({ id: b.id, code: b.code, nameVi: b.nameVi, nameEn: b.nameEn, widthM: b.widthM, depthM: b.depthM, priceVnd: b.priceVnd, includes: b.includes })),
    },
    window: applicationWindow(fair, at),
    halls: plan.halls,
    boothOwners,
    directory,
    reference,
  }
}

function Countdown({ deadline, serverNow }: { deadline: Date; serverNow: Date }) {
  const { t } = useTranslation()
  // Starts from the server's clock (same text on both sides), then ticks in the browser.
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now())
  const [at, setAt] = useState(() => new Date(serverNow))
  useEffect(() => {
    const timer = setInterval(() => setAt(new Date(Date.now() + offset)), 30_000)
    return () => clearInterval(timer)
  }, [offset])
  const left = countdown(new Date(deadline), at)
  if (left.passed) return <p className="font-semibold text-slate-700">{t('fairs.public.closed')}</p>
  return (
    <p className="text-lg font-semibold text-brand-800" role="timer" aria-live="off">
      {t('fairs.public.countdown', { days: left.days, hours: left.hours, minutes: left.minutes })}
    </p>
  )
}

export default function PublicFairRoute() {
  const { at, isProducer, canApply, fair, window: applicationState, halls, boothOwners, directory, reference } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const { t, lang } = useTranslation()
  const name = lang === 'en' ? fair.nameEn ?? fair.nameVi : fair.nameVi
  const planHalls = toPlanHalls(halls, (booth) => {
    const owner = boothOwners[booth.id]
    return owner ? { label: owner.name, href: `#${owner.anchor}`, fill: '#dcfce7' } : {}
  })

  return (
    <PageShell width="max-w-6xl">
      <PageHeader title={name} intro={fair.descriptionVi} breadcrumb={[{ to: fairPaths.publicFairs, label: t('fairs.public.title') }, { label: name }]} />
      <div className="space-y-6">
        {fair.status === 'DRAFT' ? <Notice tone="warning">{t('fairs.public.draftPreview')}</Notice> : null}
        <div className="grid gap-6 lg:grid-cols-3">
          <Card id="fair-info" className="lg:col-span-2">
            <DefinitionList
              items={[
                { term: t('fairs.overview.when'), value: formatDateRange(fair.startsAt, fair.endsAt) },
                { term: t('fairs.public.openingHours'), value: fair.openingHours ?? '—' },
                { term: t('fairs.overview.where'), value: [fair.venue, fair.addressLine, fair.provinceName].filter(Boolean).join(', ') },
                { term: t('fairs.public.organiser'), value: fair.organiser },
              ]}
            />
          </Card>
          <Card id="fair-deadline" title={t('fairs.public.deadline')}>
            <p className="text-sm text-slate-700">{formatDateTime(fair.applicationClosesAt)}</p>
            <div className="mt-3">
              {applicationState === 'open' ? (
                <>
                  <Countdown deadline={fair.applicationClosesAt} serverNow={at} />
                  {canApply ? (
                    <Link to={isProducer ? fairPaths.producerFair(fair.slug) : `${paths.login}?redirectTo=${encodeURIComponent(fairPaths.producerFair(fair.slug))}`} className={`${buttonClass.primary} mt-4`}>
                      {t('fairs.public.applyCta')}
                    </Link>
                  ) : null}
                </>
              ) : applicationState === 'not-open' || applicationState === 'not-published' ? (
                <p className="font-semibold text-slate-700">{t('fairs.public.notOpenYet', { date: formatDateTime(fair.applicationOpensAt) })}</p>
              ) : (
                <p className="font-semibold text-slate-700">{t('fairs.public.closed')}</p>
              )}
            </div>
          </Card>
        </div>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card id="fair-booth-types" title={t('fairs.public.boothTypes')}>
            <ul className="divide-y divide-slate-100 text-sm">
              {fair.boothTypes.map((type) => (
                <li key={type.id} className="py-2">
                  <p className="font-medium text-slate-900">
                    {lang === 'en' ? type.nameEn ?? type.nameVi : type.nameVi} — {formatVnd(type.priceVnd, lang)}
                  </p>
                  <p className="text-slate-600">
                    {type.widthM} × {type.depthM} m{type.includes.length ? ` · ${type.includes.join(', ')}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
          <Card id="fair-rules" title={t('fairs.public.rules')}>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>{t('fairs.public.minStars', { count: fair.minStars })}</li>
              {fair.verifiedOnly ? <li>{t('fairs.public.verifiedOnly')}</li> : null}
              <li>{t('fairs.public.maxBooths', { count: fair.maxBoothsPerProducer })}</li>
            </ul>
          </Card>
        </div>

        <Card id="fair-plan" title={t('fairs.public.plan')}>
          <FloorPlan halls={planHalls} />
        </Card>

        <Card id="fair-directory" title={t('fairs.public.directory')}>
          {directory === null ? (
            <Notice tone="info">{t('fairs.public.directoryPending')}</Notice>
          ) : (
            <>
              <Form method="get" className="grid gap-4 sm:grid-cols-4" preventScrollReset>
                <div className="sm:col-span-2">
                  <label htmlFor="directory-q" className="block text-sm font-medium text-slate-800">
                    {t('fairs.public.search')}
                  </label>
                  <input id="directory-q" name="q" type="search" defaultValue={params.get('q') ?? ''} className={`${inputClass} mt-1`} />
                </div>
                <div>
                  <label htmlFor="directory-province" className="block text-sm font-medium text-slate-800">
                    {t('fairs.review.province')}
                  </label>
                  <select id="directory-province" name="tinh" defaultValue={params.get('tinh') ?? ''} className={`${inputClass} mt-1`}>
                    <option value="">{t('fairs.review.all')}</option>
                    {reference.provinces.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor="directory-group" className="block text-sm font-medium text-slate-800">
                    {t('fairs.review.group')}
                  </label>
                  <select id="directory-group" name="nhom" defaultValue={params.get('nhom') ?? ''} className={`${inputClass} mt-1`}>
                    <option value="">{t('fairs.review.all')}</option>
                    {reference.groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {lang === 'en' ? g.nameEn : g.nameVi}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="sm:col-span-4">
                  <button type="submit" className={buttonClass.secondary}>
                    {t('fairs.public.find')}
                  </button>
                </div>
              </Form>
              <p className="mt-4 text-sm text-slate-600" role="status">
                {t('fairs.public.exhibitorCount', { count: directory.length })}
              </p>
              {directory.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">{t('fairs.public.noExhibitors')}</p>
              ) : (
                <ul className="mt-3 divide-y divide-slate-100">
                  {directory.map((entry) => (
                    <li key={entry.producer.id} id={`nha-san-xuat-${entry.producer.slug}`} className="scroll-mt-24 py-3 target:bg-brand-50">
                      <p className="font-medium text-slate-900">
                        <Link to={paths.producer(entry.producer.slug)} className="hover:text-brand-800">
                          {entry.producer.legalName}
                        </Link>{' '}
                        <span className="text-sm font-normal text-slate-600">
                          · {t('fairs.public.exhibitorBooths', { codes: entry.booths.map((b) => b.code).join(', ') })}
                          {entry.producer.province ? ` · ${entry.producer.province.name}` : ''}
                        </span>
                      </p>
                      {entry.products.length ? (
                        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                          {entry.products.map((product) => (
                            <li key={product.slug}>
                              <Link to={paths.product(product.slug)} className="text-brand-800 hover:underline">
                                {product.nameVi}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Card>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  if (!data) return [{ title: t('error.notFound.meta') }]
  return [{ title: `${data.fair.nameVi} | ${t('app.name')}` }, { name: 'description', content: data.fair.descriptionVi.slice(0, 160) }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
