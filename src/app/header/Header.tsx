import type { Lang } from '../../i18n';
import { useStrings } from '../../i18n';

/** `docNo`: the notice the answer rests on (rule-set data; empty until loaded). */
export function Header({ lang, docNo, onToggleLang, onAbout }: { lang: Lang; docNo: string; onToggleLang: () => void; onAbout: () => void }) {
  const s = useStrings();
  return (
    <header class="bar">
      <div>
        <h1 class="bar__title">{s.appTitle}</h1>
        <p class="bar__sub" lang="zh-CN">
          {s.appSubtitle(docNo) || '\u00a0'}
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
