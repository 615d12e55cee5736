import type { Lang } from '../../i18n';
import { useStrings } from '../../i18n';

export function Header({ lang, onToggleLang, onAbout }: { lang: Lang; onToggleLang: () => void; onAbout: () => void }) {
  const s = useStrings();
  return (
    <header class="bar">
      <div>
        <h1 class="bar__title">{s.appTitle}</h1>
        <p class="bar__sub" lang="zh-CN">
          {s.appSubtitle}
        </p>
      </div>
      <div class="bar__actions">
        <button type="button" class="btn btn--ghost" onClick={onToggleLang} aria-label={s.langToggleLabel} lang={lang === 'en' ? 'zh-CN' : 'en'}>
          {s.langToggle}
        </button>
        <button type="button" class="btn btn--ghost" onClick={onAbout} aria-haspopup="dialog">
          {s.about}
        </button>
      </div>
    </header>
  );
}
