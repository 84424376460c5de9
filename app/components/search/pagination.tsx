import { Pagination as PageNumbers } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { paths } from '~/utils/paths'
import { MAX_PAGE, type SearchState } from '../../../search/query'
import { stateToSearch } from './form-state'

/** Result pages of the search, the whole search state kept in each link (Meilisearch stops at MAX_PAGE). */
export function Pagination({ state, pageCount }: { state: SearchState; pageCount: number }) {
  const { t } = useTranslation()
  return (
    <PageNumbers
      page={state.page}
      pageCount={Math.min(pageCount, MAX_PAGE)}
      href={(page) => `${paths.search}${stateToSearch({ ...state, page })}`}
      label={t('search.pagination.label')}
    />
  )
}
