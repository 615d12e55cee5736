import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ZH_STRINGS, type Lang, type Strings } from './zh';

export type { Lang, Strings };

const STORAGE_KEY = 'qz-fw-lang';

export const LangContext = createContext<Strings>(ZH_STRINGS);

/**
 * The words of each language loaded so far. zh-CN is in the first load; English is a lazy chunk
 * (./en), fetched only for a page shown in English, so a Chinese page never downloads it.
 */
const loaded: Partial<Record<Lang, Strings>> = { 'zh-CN': ZH_STRINGS };

/** A language's words if loaded (zh-CN always is). */
export function stringsOf(lang: Lang): Strings | undefined {
  return loaded[lang];
}

export async function loadStrings(lang: Lang): Promise<Strings> {
  return (loaded[lang] ??= lang === 'en' ? (await import('./en')).EN_STRINGS : ZH_STRINGS);
}

export function useStrings(): Strings {
  return useContext(LangContext);
}

/** `?lang=en` wins, then the user's last choice; zh-CN otherwise (the notice's own language). */
export function initialLang(params: URLSearchParams): Lang {
  const fromUrl = params.get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh-CN') return fromUrl;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    /* storage can be disabled (private mode, some webviews) */
  }
  return 'zh-CN';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignore: the choice just won't persist */
  }
}
