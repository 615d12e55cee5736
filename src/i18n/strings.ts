/**
 * Every user-visible string of the app, both languages: zh-CN (src/i18n/zh.ts, the default and
 * the reference the `Strings` type is read from) and English (src/i18n/en.ts), key for key.
 * For code that needs both at once: the CLI, the tests, the legal card's own zh/en switch. The
 * page itself takes its words from src/i18n/index.ts, which loads English only when it is shown.
 */
import { ZH_STRINGS, type Lang, type Strings } from './zh';
import { EN_STRINGS } from './en';

export type { Lang, Strings };

export const STRINGS: Record<Lang, Strings> = { 'zh-CN': ZH_STRINGS, en: EN_STRINGS };
