import { useEffect, useRef } from 'preact/hooks';
import { useStrings } from '../../i18n';

/** What the About panel needs from a rule set (the engine's RuleSet has at least this). */
export interface NoticeLike {
  id: string;
  title?: string;
  docNo?: string;
  articles?: { id: string; cite?: string; text: string }[];
}

export interface AboutProps {
  ruleSets: NoticeLike[];
  zoneProps: { approximate?: boolean }[];
  onClose: () => void;
}

/** Loaded on demand: the full notice text is not needed for the first answer. */
export default function AboutDialog({ ruleSets, zoneProps, onClose }: AboutProps) {
  const s = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const zoneCount = zoneProps.length;
  const approx = zoneProps.filter((p) => p.approximate).length;
  return (
    <dialog ref={ref} class="about" aria-labelledby="about-h" onClose={onClose}>
      <div class="about__head">
        <h2 id="about-h">{s.aboutHeading}</h2>
        <button type="button" class="btn" onClick={() => ref.current?.close()}>
          {s.close}
        </button>
      </div>
      <p>{s.aboutIntro(ruleSets.map((rs) => rs.docNo ?? rs.id).join('、'))}</p>
      <p>{s.privacy}</p>
      <h3>{s.dataVersion}</h3>
      <p>
        <code>{__DATA_VERSION__}</code>
        {' · '}
        {s.zonesSummary(zoneCount, approx)}
      </p>
      <p>
        {s.appVersion}: <code>{__APP_VERSION__}</code>
      </p>
      <p class="attribution">{s.attribution}</p>
      <h3>{s.noticeText}</h3>
      {ruleSets.map((rs) => (
        <article key={rs.id} lang="zh-CN" class="notice">
          <h4>
            {rs.title}
            {rs.docNo && <> {rs.docNo}</>}
          </h4>
          {rs.articles?.map((a) => (
            <p key={a.id}>{a.text}</p>
          ))}
        </article>
      ))}
    </dialog>
  );
}
