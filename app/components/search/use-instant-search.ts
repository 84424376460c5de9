// Instant results as the buyer types: debounced requests to /resources/search, the superseded one
// aborted, then the URL replaced (no new history entry) so a reload or a shared link shows the
// same results. The page's own loader is not run again for that URL (see shouldRevalidate).
import type { ShouldRevalidateFunction } from '@remix-run/react'
import { useLocation, useNavigate, useNavigation } from '@remix-run/react'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchPageResult } from '../../../search/page.server'
import type { SearchState } from '../../../search/query'
import { formFromState, formToSearch, type SearchForm } from './form-state'

export const TYPING_DELAY_MS = 200

// The query string whose results the page already holds from the resource route.
let alreadyFetched: string | null = null

export const instantSearchShouldRevalidate: ShouldRevalidateFunction = ({ nextUrl, formMethod, defaultShouldRevalidate }) => {
  if (!formMethod && alreadyFetched !== null && nextUrl.search === alreadyFetched) {
    alreadyFetched = null
    return false
  }
  return defaultShouldRevalidate
}

export function useInstantSearch(loaded: { state: SearchState; result: SearchPageResult }) {
  const navigate = useNavigate()
  const location = useLocation()
  const [form, setForm] = useState(() => formFromState(loaded.state))
  const [shown, setShown] = useState(loaded.result)
  const [pending, setPending] = useState(false)
  const [source, setSource] = useState(loaded)
  const navigation = useNavigation()
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const controller = useRef<AbortController>()
  const ownNavigation = useRef<string | null>(null)

  // A navigation (link, back button, no-JS submit) brought new loader data: it wins.
  if (source !== loaded) {
    setSource(loaded)
    setShown(loaded.result)
    setForm(formFromState(loaded.state))
  }
  useEffect(() => {
    clearTimeout(timer.current)
    controller.current?.abort()
    setPending(false)
  }, [loaded])
  useEffect(() => () => {
    clearTimeout(timer.current)
    controller.current?.abort()
  }, [])
  // The buyer clicked a link (a chip, a page, a tab) while a search was pending: the link wins.
  useEffect(() => {
    if (navigation.state !== 'idle' && navigation.location.search !== ownNavigation.current) {
      clearTimeout(timer.current)
      controller.current?.abort()
    }
  }, [navigation.state, navigation.location?.search])

  const run = useCallback(
    async (next: SearchForm) => {
      const search = formToSearch(next)
      controller.current?.abort()
      const current = new AbortController()
      controller.current = current
      setPending(true)
      try {
        const response = await fetch(`/resources/search${search}`, { signal: current.signal, headers: { Accept: 'application/json' } })
        if (!response.ok) throw new Error(`Search answered ${response.status}`)
        const result = (await response.json()) as SearchPageResult
        if (current.signal.aborted) return
        setShown(result)
        if (search !== location.search) {
          alreadyFetched = search
          ownNavigation.current = search
          navigate({ pathname: location.pathname, search }, { replace: true, preventScrollReset: true })
        }
      } catch (error) {
        if (current.signal.aborted) return
        // The resource route failed: let the page's loader try (it renders errors properly).
        ownNavigation.current = search
        navigate({ pathname: location.pathname, search }, { replace: true, preventScrollReset: true })
      } finally {
        if (controller.current === current) setPending(false)
      }
    },
    [location.pathname, location.search, navigate],
  )

  /** Updates the form; searches after `delay` ms unless another change comes first. */
  const change = useCallback(
    (next: SearchForm, delay = 0) => {
      setForm(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void run(next), delay)
    },
    [run],
  )

  const submitNow = useCallback(() => {
    clearTimeout(timer.current)
    void run(form)
  }, [form, run])

  return { form, change, submitNow, shown, pending }
}
