// Small inline icons (no icon font, nothing fetched). Decorative: hidden from assistive technology;
// the text next to them carries the meaning.
import type { SVGProps } from 'react'

type IconProps = SVGProps<SVGSVGElement>

const base = (props: IconProps): IconProps => ({
  'aria-hidden': true,
  focusable: false,
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  ...props,
})

/** A lotus bud over a rice-field arc: the OCOP Connect mark. */
export function LogoMark(props: IconProps) {
  return (
    <svg {...base({ viewBox: '0 0 32 32', width: 32, height: 32, stroke: 'none', ...props })}>
      <rect width="32" height="32" rx="8" fill="#166140" />
      <path d="M16 6c3.2 3 4.6 6.2 4.2 9.4-.3 2.6-1.9 4.5-4.2 5.6-2.3-1.1-3.9-3-4.2-5.6C11.4 12.2 12.8 9 16 6z" fill="#f5b416" />
      <path d="M8.5 13.5c2.6.2 4.7 1.5 6 3.6.7 1.2 1.1 2.5 1.5 3.9-2.4-.1-4.6-.9-6-2.5-1.1-1.3-1.5-3-1.5-5z" fill="#fcd34d" />
      <path d="M23.5 13.5c0 2-.4 3.7-1.5 5-1.4 1.6-3.6 2.4-6 2.5.4-1.4.8-2.7 1.5-3.9 1.3-2.1 3.4-3.4 6-3.6z" fill="#fcd34d" />
      <path d="M6 24.5c3.2-1.6 6.6-2.4 10-2.4s6.8.8 10 2.4" stroke="#b3e5c6" strokeWidth="1.8" strokeLinecap="round" fill="none" />
    </svg>
  )
}

export function StarIcon(props: IconProps) {
  return (
    <svg {...base({ fill: 'currentColor', stroke: 'none', ...props })}>
      <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3L2.9 9.5l6.3-.9L12 2.8z" />
    </svg>
  )
}

export function MenuIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M4 7h16M4 12h16M4 17h16" />
    </svg>
  )
}

export function CloseIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  )
}

export function GlobeIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
    </svg>
  )
}

export function CalendarIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <rect x="3.5" y="5" width="17" height="15" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </svg>
  )
}

export function MapPinIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 1113 0c0 5.4-6.5 11-6.5 11z" />
      <circle cx="12" cy="10" r="2.3" />
    </svg>
  )
}

export function ArrowRightIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </svg>
  )
}

export function StoreIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M4 9l1.5-5h13L20 9M4 9v11h16V9M4 9h16M9 20v-6h6v6" />
    </svg>
  )
}

export function TruckIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M3 6h11v10H3zM14 10h4l3 3v3h-7" />
      <circle cx="7" cy="17.5" r="1.8" />
      <circle cx="17" cy="17.5" r="1.8" />
    </svg>
  )
}

export function TentIcon(props: IconProps) {
  return (
    <svg {...base(props)}>
      <path d="M3 20L12 4l9 16H3zM12 4v16M8.5 20L12 13l3.5 7" />
    </svg>
  )
}
