import { useEffect, useState } from 'react'

/**
 * False on the server and during hydration, true once React runs in the browser: controls that
 * only work with JavaScript (select-all boxes, live previews) appear then, and the no-JS form
 * stays the fallback.
 */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
