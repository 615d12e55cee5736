import { useMemo, useState } from 'preact/hooks';
import { penaltyReasons, type Reason, type RuleSet, type Verdict } from '../../core';
import { LangContext, loadStrings, stringsOf, useStrings, type Lang } from '../../i18n';
import { LEGAL_STRINGS } from '../../i18n/legal';
import { displayChina } from '../chinaTime';
import { formatCoord } from '../format';
import { Sheet } from '../tools/Sheet';
import { Contacts } from '../contacts/Contacts';
import './legal.css';

export interface LegalCardProps {
  verdict: Verdict;
  zoneName: string | null;
  ruleSets: RuleSet[];
  onClose: () => void;
}

/** An article as the card shows it: citation, the text verbatim (Chinese), and in English an unofficial summary. */
function Article({ r, lang }: { r: Reason; lang: Lang }) {
  // Glosses are rule-set data (keyed by article id), carried on the reason by the core.
  const gloss = lang === 'en' ? r.gloss : undefined;
  const s = useStrings();
  return (
    <article class="legal__article">
      <h4 lang="zh-CN">{r.cite}</h4>
      <blockquote lang="zh-CN">{r.text}</blockquote>
      {gloss && (
        <p class="legal__gloss" lang="en">
          {s.glossLabel}
          {gloss}
        </p>
      )}
    </article>
  );
}

/**
 * 出示条文 (lazy chunk): the check in large print for showing a citizen — the answer, place and
 * time, the deciding article verbatim and the penalties (the notice's 三(二), 三(三) and 《烟花爆竹
 * 安全管理条例》第四十二条, all quoted from the rule-set data), with its own zh/en switch and a
 * print stylesheet.
 */
export default function LegalCard({ verdict, zoneName, ruleSets, onClose }: LegalCardProps) {
  const app = useStrings();
  const [lang, setLang] = useState<Lang>(app.lang);
  const s = stringsOf(lang) ?? app;
  // English words are a lazy chunk (i18n/index.ts): the card switches once they are in.
  const switchLang = () => {
    const next: Lang = lang === 'en' ? 'zh-CN' : 'en';
    loadStrings(next).then(() => setLang(next), () => {});
  };
  const l = LEGAL_STRINGS[lang];
  const rs = ruleSets.find((r) => r.id === verdict.ruleSet) ?? null;
  const penalties = useMemo(() => (rs ? penaltyReasons(rs) : []), [rs]);
  const decisive = verdict.reasons.find((r) => r.role === 'decisive') ?? verdict.reasons[0] ?? null;
  const zone = s.zoneLabel[verdict.zone ?? 'none'];
  return (
    <LangContext.Provider value={s}>
      <Sheet
        class="legal"
        titleId="legal-h"
        title={l.heading}
        closeLabel={s.close}
        onClose={onClose}
        actions={
          <>
            <button type="button" class="btn" aria-label={l.otherLangLabel} onClick={switchLang}>
              {l.otherLang}
            </button>
            <button type="button" class="btn" onClick={() => window.print()}>
              {l.print}
            </button>
          </>
        }
      >
        <div lang={lang} class="legal__page">
          {rs && (
            <p class="legal__notice" lang="zh-CN">
              {rs.title} <strong>{rs.docNo}</strong>
            </p>
          )}
          <section class={`legal__answer verdict--${verdict.status}`} aria-label={l.answer}>
            <p class="legal__word verdict__word">{s.status[verdict.activity][verdict.status]}</p>
            <p class="legal__zone">
              {zone}
              {zoneName && <span lang="zh-CN"> · {zoneName}</span>}
            </p>
            {verdict.projected && <p class="legal__projected">{l.projected}</p>}
          </section>
          <dl class="legal__facts">
            <dt>{l.place}</dt>
            <dd>{l.coords(formatCoord(verdict.position.lat), formatCoord(verdict.position.lng))}</dd>
            <dt>{l.time}</dt>
            <dd>{l.chinaTime(displayChina(Date.parse(verdict.at)))}</dd>
            {rs && (
              <>
                <dt>{l.notice}</dt>
                <dd lang="zh-CN">{rs.docNo}</dd>
              </>
            )}
          </dl>
          {decisive && (
            <section>
              <h3>{l.decisive}</h3>
              <Article r={decisive} lang={lang} />
            </section>
          )}
          {penalties.length > 0 && (
            <section>
              <h3>{l.penalties}</h3>
              {penalties.map((r) => (
                <Article key={r.cite} r={r} lang={lang} />
              ))}
            </section>
          )}
          <section>
            <h3>{l.contacts}</h3>
            <Contacts county={verdict.status === 'county-rules' ? zoneName : null} />
          </section>
          <p class="legal__disclaimer">{l.disclaimer}</p>
        </div>
      </Sheet>
    </LangContext.Provider>
  );
}
