import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useStrings } from '../../i18n';
import type { PlaceSearchProps } from './search/PlaceSearch';

/**
 * Holds the place for the search field ("搜索地点"). Its chunk (the field, the pasted-place
 * parser and the name search) is requested only once the first answer is painted, so it never
 * delays the answer; until then a box of the same size keeps the page from jumping. If the
 * chunk cannot load, the panel's other ways to give a place remain.
 */
export function SearchSlot({ allowed, ...props }: PlaceSearchProps & { allowed: boolean }) {
  const s = useStrings();
  const [Search, setSearch] = useState<ComponentType<PlaceSearchProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!allowed || Search || failed) return;
    import('./search/PlaceSearch').then(
      (m) => setSearch(() => m.PlaceSearch),
      () => setFailed(true),
    );
  }, [allowed, Search, failed]);
  if (Search) return <Search {...props} />;
  if (failed) return null;
  return (
    <div class="search search--waiting" aria-hidden="true">
      <span class="search__label">{s.searchLabel}</span>
      <span class="search__input" />
    </div>
  );
}
