import { storedFlag, storeFlag } from './stored';

/**
 * The projection choice, remembered the way the language is (src/i18n/index.ts): the link's
 * `project=0|1` wins; otherwise the user's last choice; otherwise on — people ask about the
 * coming Spring Festival, which no loaded notice may cover yet, and a projected answer says so.
 * An embed takes only its link (its reader has no control to change it).
 */
const STORAGE_KEY = 'qz-fw-project';

export function rememberedProject(embed: boolean): boolean {
  if (embed) return true;
  return storedFlag(STORAGE_KEY) ?? true;
}

export function rememberProject(on: boolean): void {
  storeFlag(STORAGE_KEY, on);
}
