// /nha-san-xuat/hop-thu/xuat-csv: the producer's inquiries (with the inbox filters) as CSV.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { inquiriesCsvLoader } from '~/modules/inquiries/thread-route.server'

export const loader = (args: LoaderFunctionArgs) => inquiriesCsvLoader('producer', args)
