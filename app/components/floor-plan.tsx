// The fair floor plan as accessible SVG, shared by the organiser's editor, the allocation workflow,
// the producer's booth page and the public fair page. Coordinates are metres (the SVG viewBox is in
// metres too), so the plan scales to any width. Each booth is a focusable element with a spoken
// name; focusing or hovering it shows its details in a live region below the plan.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { useTranslation } from '~/i18n/hook'

export type PlanFeatureKind = 'AISLE' | 'ENTRANCE' | 'EXIT' | 'STAGE' | 'PILLAR'

export interface PlanBooth {
  id: string
  code: string
  x: number
  y: number
  width: number
  depth: number
  zone?: string | null
  features?: readonly string[]
  /** Booth type name shown in the details, e.g. "Gian tiêu chuẩn 3 × 3 m". */
  typeName?: string
  /** Fill colour (CSS); callers colour by province, product group, status… Default: free booth. */
  fill?: string
  /** Second line inside the booth and in the details, e.g. the exhibitor's name. */
  label?: string
  /** Extra lines for the details panel (e.g. an allocation's explanation). */
  details?: readonly string[]
  /** Makes the booth a link (public page: booth → exhibitor). */
  href?: string
  locked?: boolean
  /** Drawn with a thick outline: the producer's own booth, a conflict… */
  highlighted?: boolean
}

export interface PlanFeature {
  id: string
  kind: PlanFeatureKind
  label?: string | null
  x: number
  y: number
  width: number
  depth: number
}

export interface PlanHall {
  id: string
  name: string
  widthM: number
  depthM: number
  gridM?: number
  booths: readonly PlanBooth[]
  features?: readonly PlanFeature[]
}

export interface LegendEntry {
  label: string
  fill: string
}

export interface FloorPlanProps {
  halls: readonly PlanHall[]
  /** Booths drawn as selected (e.g. the first booth of a swap). */
  selectedBoothIds?: readonly string[]
  /** When given, booths are buttons: Enter, Space or a click calls it. */
  onBoothSelect?: (booth: PlanBooth) => void
  legend?: readonly LegendEntry[]
  /** Extra content for the details panel of the active booth (e.g. action buttons). */
  renderDetails?: (booth: PlanBooth) => ReactNode
}

const FREE_FILL = '#f8fafc'
const FEATURE_FILL: Record<PlanFeatureKind, string> = {
  AISLE: '#e2e8f0',
  ENTRANCE: '#bbf7d0',
  EXIT: '#fecaca',
  STAGE: '#ddd6fe',
  PILLAR: '#94a3b8',
}
const ZOOM_STEPS = [1, 1.5, 2, 3, 4]

export function FloorPlan({ halls, selectedBoothIds = [], onBoothSelect, legend, renderDetails }: FloorPlanProps) {
  const { t } = useTranslation()
  const [activeId, setActiveId] = useState<string | null>(null)
  const detailsId = useId()
  const selected = useMemo(() => new Set(selectedBoothIds), [selectedBoothIds])
  const allBooths = useMemo(() => halls.flatMap((hall) => hall.booths), [halls])
  const active = allBooths.find((b) => b.id === activeId) ?? allBooths.find((b) => selected.has(b.id)) ?? null

  if (allBooths.length === 0 && halls.every((hall) => !hall.features?.length)) {
    return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{t('plan.empty')}</p>
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t('plan.hint')}</p>
      {halls.map((hall) => (
        <HallPlan
          key={hall.id}
          hall={hall}
          selected={selected}
          activeId={active?.id ?? null}
          detailsId={detailsId}
          onActivate={setActiveId}
          onBoothSelect={onBoothSelect}
        />
      ))}
      {legend && legend.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{t('plan.legend')}</h3>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            {legend.map((entry) => (
              <li key={entry.label} className="flex items-center gap-1.5">
                <span aria-hidden className="inline-block h-3.5 w-3.5 rounded-sm ring-1 ring-slate-400" style={{ background: entry.fill }} />
                {entry.label}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <section id={detailsId} aria-live="polite" aria-label={t('plan.details')} className="min-h-[4.5rem] rounded-lg border border-slate-200 bg-white p-3 text-sm">
        {active ? <BoothDetails booth={active} selected={selected.has(active.id)} extra={renderDetails?.(active)} /> : <p className="text-slate-500">{t('plan.detailsEmpty')}</p>}
      </section>
    </div>
  )
}

function BoothDetails({ booth, selected, extra }: { booth: PlanBooth; selected: boolean; extra: ReactNode }) {
  const { t } = useTranslation()
  const featureNames = (booth.features ?? []).filter((f) => ['corner', 'power', 'cold'].includes(f)).map((f) => t(`plan.feature.${f as 'corner'}`))
  return (
    <div className="space-y-1">
      <p className="font-semibold text-slate-900">
        {t('plan.booth', { code: booth.code })}
        {booth.typeName ? <span className="font-normal text-slate-600"> · {booth.typeName}</span> : null}
        {selected ? <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900">{t('plan.selected')}</span> : null}
        {booth.locked ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('plan.locked')}</span> : null}
      </p>
      <p className="text-slate-700">
        {[booth.zone ? t('plan.zone', { zone: booth.zone }) : null, t('plan.boothSize', { width: String(booth.width), depth: String(booth.depth) }), ...featureNames]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="text-slate-800">{booth.label ?? t('plan.free')}</p>
      {booth.details?.map((line) => (
        <p key={line} className="text-slate-600">
          {line}
        </p>
      ))}
      {extra}
    </div>
  )
}

interface HallPlanProps {
  hall: PlanHall
  selected: ReadonlySet<string>
  activeId: string | null
  detailsId: string
  onActivate: (id: string | null) => void
  onBoothSelect?: (booth: PlanBooth) => void
}

function HallPlan({ hall, selected, activeId, detailsId, onActivate, onBoothSelect }: HallPlanProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const [zoomStep, setZoomStep] = useState(0)
  const [centre, setCentre] = useState({ x: hall.widthM / 2, y: hall.depthM / 2 })
  const drag = useRef<{ pointerId: number; x: number; y: number; moved: boolean } | null>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const scale = ZOOM_STEPS[zoomStep]
  const viewWidth = hall.widthM / scale
  const viewHeight = hall.depthM / scale
  // Keep the visible window inside the hall.
  const left = clamp(centre.x - viewWidth / 2, 0, hall.widthM - viewWidth)
  const top = clamp(centre.y - viewHeight / 2, 0, hall.depthM - viewHeight)
  const booths = useMemo(() => [...hall.booths].sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true })), [hall.booths])

  const zoomTo = (step: number) => setZoomStep(clamp(step, 0, ZOOM_STEPS.length - 1))
  const metresPerPixel = () => viewWidth / (svgRef.current?.getBoundingClientRect().width || hall.widthM)

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (scale === 1) return
    drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false }
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current
    if (!current || current.pointerId !== event.pointerId) return
    const dx = event.clientX - current.x
    const dy = event.clientY - current.y
    if (!current.moved && Math.hypot(dx, dy) < 4) return
    current.moved = true
    const k = metresPerPixel()
    setCentre((c) => ({ x: clamp(c.x - dx * k, viewWidth / 2, hall.widthM - viewWidth / 2), y: clamp(c.y - dy * k, viewHeight / 2, hall.depthM - viewHeight / 2) }))
    current.x = event.clientX
    current.y = event.clientY
  }
  const endDrag = () => {
    drag.current = null
  }

  // When a focused booth is outside the zoomed window, bring it into view.
  const focusBooth = (booth: PlanBooth) => {
    onActivate(booth.id)
    if (scale > 1) {
      const inside = booth.x >= left && booth.y >= top && booth.x + booth.width <= left + viewWidth && booth.y + booth.depth <= top + viewHeight
      if (!inside) setCentre({ x: booth.x + booth.width / 2, y: booth.y + booth.depth / 2 })
    }
  }
  const onBoothKey = (booth: PlanBooth) => (event: KeyboardEvent<SVGGElement>) => {
    if (!onBoothSelect || booth.href) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onBoothSelect(booth)
    }
  }

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {t('plan.hallSize', { name: hall.name, width: String(hall.widthM), depth: String(hall.depthM) })}
        </h3>
        <div className="flex items-center gap-1" role="group" aria-label={t('plan.zoomLevel', { percent: String(scale * 100) })}>
          <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40" onClick={() => zoomTo(zoomStep - 1)} disabled={zoomStep === 0}>
            {t('plan.zoomOut')}
          </button>
          <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40" onClick={() => zoomTo(zoomStep + 1)} disabled={zoomStep === ZOOM_STEPS.length - 1}>
            {t('plan.zoomIn')}
          </button>
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40"
            onClick={() => {
              setZoomStep(0)
              setCentre({ x: hall.widthM / 2, y: hall.depthM / 2 })
            }}
            disabled={zoomStep === 0}
          >
            {t('plan.reset')}
          </button>
        </div>
      </div>
      <svg
        ref={svgRef}
        viewBox={`${left} ${top} ${viewWidth} ${viewHeight}`}
        role="group"
        aria-labelledby={headingId}
        className={`block h-auto w-full touch-none select-none ${scale > 1 ? 'cursor-grab' : ''}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerLeave={endDrag}
        onPointerCancel={endDrag}
      >
        <rect x={0} y={0} width={hall.widthM} height={hall.depthM} fill="#ffffff" stroke="#64748b" strokeWidth={0.15} />
        <GridLines hall={hall} />
        {hall.features?.map((feature) => (
          <g key={feature.id} aria-hidden>
            <rect x={feature.x} y={feature.y} width={feature.width} height={feature.depth} fill={FEATURE_FILL[feature.kind]} />
            <text x={feature.x + feature.width / 2} y={feature.y + feature.depth / 2} fontSize={Math.min(0.8, feature.depth * 0.6)} textAnchor="middle" dominantBaseline="central" fill="#334155">
              {feature.label || t(`plan.kind.${feature.kind}`)}
            </text>
          </g>
        ))}
        {booths.map((booth) => {
          const isSelected = selected.has(booth.id)
          const isActive = booth.id === activeId
          const name = [t('plan.booth', { code: booth.code }), booth.zone ? t('plan.zone', { zone: booth.zone }) : null, booth.label ?? t('plan.free'), booth.locked ? t('plan.locked') : null]
            .filter(Boolean)
            .join(', ')
          const shape = (
            <>
              <rect
                x={booth.x + 0.05}
                y={booth.y + 0.05}
                width={booth.width - 0.1}
                height={booth.depth - 0.1}
                fill={booth.fill ?? FREE_FILL}
                stroke={isSelected ? '#0369a1' : booth.highlighted ? '#b91c1c' : isActive ? '#0f172a' : '#475569'}
                strokeWidth={isSelected || booth.highlighted ? 0.3 : isActive ? 0.2 : 0.08}
                rx={0.15}
              />
              <text x={booth.x + booth.width / 2} y={booth.y + booth.depth / 2 - (booth.label ? 0.35 : 0)} fontSize={Math.min(0.75, booth.width / 4)} fontWeight={600} textAnchor="middle" dominantBaseline="central" fill="#0f172a">
                {booth.locked ? '🔒 ' : ''}
                {booth.code}
              </text>
              {booth.label ? (
                <text x={booth.x + booth.width / 2} y={booth.y + booth.depth / 2 + 0.5} fontSize={Math.min(0.45, booth.width / 7)} textAnchor="middle" dominantBaseline="central" fill="#1e293b">
                  {truncate(booth.label, Math.floor(booth.width * 3.2))}
                </text>
              ) : null}
            </>
          )
          const common = {
            'aria-label': name,
            'aria-describedby': isActive ? detailsId : undefined,
            'data-booth-code': booth.code,
            onFocus: () => focusBooth(booth),
            onMouseEnter: () => onActivate(booth.id),
            className: 'cursor-pointer outline-none focus-visible:[&>rect]:stroke-[0.35] focus-visible:[&>rect]:stroke-sky-600',
          }
          if (booth.href) {
            return (
              <a key={booth.id} href={booth.href} {...common}>
                {shape}
              </a>
            )
          }
          return (
            <g
              key={booth.id}
              tabIndex={0}
              role={onBoothSelect ? 'button' : 'img'}
              aria-pressed={onBoothSelect ? isSelected : undefined}
              onKeyDown={onBoothKey(booth)}
              onClick={() => {
                if (drag.current?.moved) return
                onActivate(booth.id)
                onBoothSelect?.(booth)
              }}
              {...common}
            >
              {shape}
            </g>
          )
        })}
      </svg>
    </section>
  )
}

function GridLines({ hall }: { hall: PlanHall }) {
  const step = hall.gridM && hall.gridM > 0 ? hall.gridM : 1
  // A line every metre is noise on a 60 m hall: draw at most ~40 lines per direction.
  const every = step * Math.max(1, Math.ceil(Math.max(hall.widthM, hall.depthM) / step / 40))
  const lines: ReactNode[] = []
  for (let x = every; x < hall.widthM; x += every) lines.push(<line key={`x${x}`} x1={x} y1={0} x2={x} y2={hall.depthM} />)
  for (let y = every; y < hall.depthM; y += every) lines.push(<line key={`y${y}`} x1={0} y1={y} x2={hall.widthM} y2={y} />)
  return (
    <g aria-hidden stroke="#f1f5f9" strokeWidth={0.05}>
      {lines}
    </g>
  )
}

function clamp(value: number, min: number, max: number) {
  return Math.min(Math.max(value, min), Math.max(min, max))
}

function truncate(text: string, max: number) {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`
}
