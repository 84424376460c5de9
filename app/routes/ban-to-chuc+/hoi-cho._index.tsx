// /ban-to-chuc/hoi-cho: the organiser's fairs (see __fair-list.tsx).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FairList, fairListLoader, fairListMeta } from './__fair-list'

export const loader = (args: LoaderFunctionArgs) => fairListLoader(args)

export default function OrganiserFairsRoute() {
  return <FairList />
}

export const meta = fairListMeta

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
