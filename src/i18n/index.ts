import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { STRINGS, type Lang, type Strings } from './strings';

export type { Lang, Strings };
export { STRINGS };

const STORAGE_KEY = 'qz-fw-lang';

export const LangContext = createContext<Strings>(STRINGS['zh-CN']);

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
