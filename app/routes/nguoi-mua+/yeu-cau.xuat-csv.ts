// /nguoi-mua/yeu-cau/xuat-csv: the buyer organisation's sent inquiries (with the list filters) as CSV.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { inquiriesCsvLoader } from '~/modules/inquiries/thread-route.server'

export const loader = (args: LoaderFunctionArgs) => inquiriesCsvLoader('buyer', args)
