/**
 * The language the page opens in (initialLang: ?lang=, else the last choice, else zh-CN), ready
 * to show. zh-CN's words are in the first load; English's are a lazy chunk (i18n/index.ts,
 * loadStrings), fetched while the zone data loads. If they cannot be loaded the page opens in
 * Chinese: App starts in a language only once its words are in (stringsOf).
 */
import { initialLang, loadStrings, stringsOf } from '../i18n';

/** Null when the page can render at once; otherwise a promise that settles when it can. */
export function openingLanguage(): Promise<void> | null {
  const lang = initialLang(new URLSearchParams(location.search));
  return stringsOf(lang) ? null : loadStrings(lang).then(
    () => {},
    () => {},
  );
}
