import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import './sheet.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

interface Props {
  title: ComponentChildren;
  /** Id of the title element (the dialog is labelled by it). */
  titleId: string;
  closeLabel: string;
  onClose: () => void;
  class?: string;
  /** Extra controls in the head, before the close button. */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A full-screen modal sheet (the log, the batch, the legal card): showModal() makes the page
 * behind it inert; Tab and Shift+Tab wrap inside it; Escape closes it (the dialog's own cancel);
 * on close, focus returns to the control that opened it.
 */
export function Sheet({ title, titleId, closeLabel, onClose, class: cls, actions, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const trap = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const all = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (!all.length) return;
    const first = all[0]!;
    const last = all[all.length - 1]!;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <dialog ref={ref} class={`sheet ${cls ?? ''}`} aria-labelledby={titleId} onClose={onClose} onKeyDown={trap}>
      <div class="sheet__head">
        <h2 id={titleId} class="sheet__title">
          {title}
        </h2>
        <div class="sheet__actions">
          {actions}
          <button type="button" class="btn" onClick={() => ref.current?.close()}>
            {closeLabel}
          </button>
        </div>
      </div>
      <div class="sheet__body">{children}</div>
    </dialog>
  );
}
