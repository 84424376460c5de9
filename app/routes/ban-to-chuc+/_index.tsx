// /ban-to-chuc: the organiser's area starts at the list of their fairs.
import { redirect } from '@remix-run/node'
import { paths } from '~/utils/paths'

export const loader = () => redirect(paths.organiserFairs)
