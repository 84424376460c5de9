// /nha-san-xuat/hop-thu/xuat-csv: the producer's inquiries (with the inbox filters) as CSV.
import { inquiriesCsvLoader } from '~/modules/inquiries/thread-route.server'

export const loader = inquiriesCsvLoader('producer')
