// Decorative hero picture for wide screens: the lotus mark over rice-field arcs, with the three
// OCOP star tiers floating around it. Hidden from assistive technology (it carries no information).
import { StarIcon } from '~/components/icons'

function StarBadge({ stars, className }: { stars: number; className: string }) {
  return (
    <div className={`absolute flex items-center gap-0.5 rounded-full bg-white px-3 py-2 text-star-400 shadow-xl shadow-brand-950/30 ${className}`}>
      {Array.from({ length: stars }, (_, index) => (
        <StarIcon key={index} width={18} height={18} />
      ))}
    </div>
  )
}

export function HeroArt() {
  return (
    <div aria-hidden="true" className="relative mx-auto hidden aspect-square w-full max-w-md lg:block">
      <svg viewBox="0 0 400 400" className="h-full w-full" fill="none">
        <circle cx="200" cy="200" r="190" fill="white" fillOpacity="0.04" />
        <circle cx="200" cy="200" r="150" stroke="white" strokeOpacity="0.12" strokeWidth="2" strokeDasharray="4 10" />
        <circle cx="200" cy="200" r="110" fill="#f5b416" fillOpacity="0.12" />
        <g transform="translate(104 88) scale(6)">
          <path d="M16 6c3.2 3 4.6 6.2 4.2 9.4-.3 2.6-1.9 4.5-4.2 5.6-2.3-1.1-3.9-3-4.2-5.6C11.4 12.2 12.8 9 16 6z" fill="#f5b416" />
          <path d="M8.5 13.5c2.6.2 4.7 1.5 6 3.6.7 1.2 1.1 2.5 1.5 3.9-2.4-.1-4.6-.9-6-2.5-1.1-1.3-1.5-3-1.5-5z" fill="#fcd34d" />
          <path d="M23.5 13.5c0 2-.4 3.7-1.5 5-1.4 1.6-3.6 2.4-6 2.5.4-1.4.8-2.7 1.5-3.9 1.3-2.1 3.4-3.4 6-3.6z" fill="#fcd34d" />
        </g>
        <path d="M40 300c50-26 103-39 160-39s110 13 160 39" stroke="#80d0a3" strokeOpacity="0.7" strokeWidth="6" strokeLinecap="round" />
        <path d="M70 330c42-20 85-30 130-30s88 10 130 30" stroke="#80d0a3" strokeOpacity="0.45" strokeWidth="6" strokeLinecap="round" />
        <path d="M105 357c31-13 63-19 95-19s64 6 95 19" stroke="#80d0a3" strokeOpacity="0.25" strokeWidth="6" strokeLinecap="round" />
      </svg>
      <StarBadge stars={5} className="left-1/2 top-6 -translate-x-1/2" />
      <StarBadge stars={4} className="left-0 top-[42%]" />
      <StarBadge stars={3} className="right-2 top-[52%]" />
    </div>
  )
}
