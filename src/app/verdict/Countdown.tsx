import { useStrings } from '../../i18n';
import { countdown } from '../countdown';

export interface CountdownProps {
  fromMs: number;
  toMs: number;
}

/** "（还有 3 天 4 小时）" after the "when" line; a lazy chunk (see ../countdown.ts). */
export default function Countdown({ fromMs, toMs }: CountdownProps) {
  const s = useStrings();
  return <span class="countdown">{s.countdownIn(countdown(fromMs, toMs, s.lang))}</span>;
}
