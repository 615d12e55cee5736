import type { InputError } from '../../core/types';
import { useStrings } from '../../i18n';

/** Bad URL parameters, as text (never as HTML), each with the field it concerns. */
export function ParamErrors({ errors }: { errors: InputError[] }) {
  const s = useStrings();
  if (!errors.length) return null;
  return (
    <div class="note note--error" role="alert">
      {errors.map((e, i) => (
        <p key={i}>
          {s.paramError}
          <code>{e.field}</code> — {e.message} {s.paramErrorHint}
        </p>
      ))}
    </div>
  );
}
