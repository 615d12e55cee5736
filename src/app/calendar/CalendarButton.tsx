import { useState } from 'preact/hooks';
import { noCalendarReason, type Verdict } from '../../core';
import { useStrings } from '../../i18n';
import { CARD_FOOT_WORDS } from '../../i18n/card-foot';
import type { EngineClient } from '../engine/client';
import './calendar.css';

/**
 * "Add to my calendar" (issue 13), on the card and in the season strip: the season the answer is
 * about (verdict.period) as an .ics file — each allowed window, or for a prohibited place the
 * banned period. Not offered where the county decides, outside Qinzhou, or with no season ahead.
 * The button comes with the card's foot (verdict/CardFoot) and the season strip, both lazy; what
 * it does is a chunk of its own (offer.ts), requested on the tap.
 */
export function CalendarButton({ verdict, engine }: { verdict: Verdict; engine: EngineClient | null }) {
  const s = useStrings();
  const [msg, setMsg] = useState('');
  const [busy, setBusy] = useState(false);
  if (!engine || noCalendarReason(verdict)) return null;
  const offer = () => {
    setBusy(true);
    import('./offer')
      .then((m) => m.offerCalendar(verdict, engine, s.lang))
      .then(setMsg, () => setMsg(s.toolFailed))
      .finally(() => setBusy(false));
  };
  return (
    <div class="calendar-offer">
      <button type="button" class="btn btn--small" onClick={offer} disabled={busy}>
        {CARD_FOOT_WORDS[s.lang].calendarOffer(verdict.period!.zone === 'prohibited')}
      </button>
      <p class="small calendar-offer__msg" role="status">
        {msg}
      </p>
    </div>
  );
}
