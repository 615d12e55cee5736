import type { InputError } from '../../core';
import { useStrings } from '../../i18n';

/** Bad URL parameters, as text (never as HTML), each in the user's language, naming the field and quoting the value. */
export function ParamErrors({ errors }: { errors: InputError[] }) {
  const s = useStrings();
  if (!errors.length) return null;
  return (
    <div class="note note--error" role="alert">
      {errors.map((e, i) => (
        <p key={i}>
          {s.paramError}
          {s.inputError(e)} {s.paramErrorHint}
        </p>
      ))}
    </div>
  );
}
