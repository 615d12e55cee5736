/**
 * The app's remembered choices in localStorage, as '0' / '1'. Storage can be disabled (private
 * mode, some WeChat webviews, quota): reading then gives null and writing does nothing, so a
 * choice simply lasts this visit.
 */
export function storedFlag(key: string): boolean | null {
  try {
    const saved = localStorage.getItem(key);
    return saved === '0' || saved === '1' ? saved === '1' : null;
  } catch {
    return null;
  }
}

export function storeFlag(key: string, on: boolean): void {
  try {
    localStorage.setItem(key, on ? '1' : '0');
  } catch {
    /* storage disabled: the choice lasts this visit */
  }
}
