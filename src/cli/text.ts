/**
 * The check CLI's human output: a verdict as Chinese text, with the same status and zone words
 * as the app (src/i18n/strings.ts), and the one-line rule for everything written to stderr.
 */
import { formatChinaHuman, type Verdict } from '../core';
import { STRINGS } from '../i18n/strings';
import { escapeUnsafe } from './safe-text';
import { SOURCE_DETAIL_WORDS } from '../i18n/source-details';
import { CARD_FOOT_WORDS } from '../i18n/card-foot';

const zh = STRINGS['zh-CN'];

/** Make a message safe to print as exactly one line, showing what it holds (safe-text.ts). */
export const oneLine = escapeUnsafe;

const human = (iso: string) => formatChinaHuman(Date.parse(iso));

/** `boundaryUnavailable`: the engine's boundary data is missing or broken (Engine.boundaryUnavailable). */
export function humanText(v: Verdict, opts: { boundaryUnavailable?: boolean } = {}): string {
  const word = zh.status[v.activity][v.status];
  const lines: string[] = [];
  lines.push(`结论：${v.summary ?? word}`);
  lines.push(`状态：${v.status}（${word}）${v.projected ? '　※推算结果' : ''}`);
  lines.push(`时间：${human(v.at)}（北京时间）`);
  const zone = v.zone ? zh.zoneLabel[v.zone] : '—';
  lines.push(`位置：北纬 ${v.position.lat.toFixed(6)}°，东经 ${v.position.lng.toFixed(6)}°（WGS-84）；区域：${zone}${v.zoneName ? ` · ${v.zoneName}` : ''}`);
  if (v.window) lines.push(`当前允许时段：${human(v.window.start)} 至 ${human(v.window.end)}`);
  if (v.next) lines.push(`下一个允许时段：${human(v.next.start)} 至 ${human(v.next.end)}${v.next.projected ? '（推算）' : ''}`);
  if (v.period && !v.window) {
    const last = formatChinaHuman(Date.parse(v.period.end) - 1).split(' ')[0];
    lines.push(`${v.period.zone === 'prohibited' ? '禁放期间' : '管控期间'}：${human(v.period.start).split(' ')[0]} 至 ${last}${v.period.projected ? '（推算）' : ''}`);
  }
  if (opts.boundaryUnavailable) lines.push('边界：边界数据不可用，未计算到区域边界的距离；靠近边界时结论可能因所在边界一侧而不同');
  if (v.boundaryDistanceM !== null) {
    const b = v.nearestBoundary;
    lines.push(
      `边界：距最近的区域边界约 ${Math.round(v.boundaryDistanceM)} 米` +
        (b ? `（${b.road || b.zone}，来源 ${b.source}，误差上限 ${b.maxErrorM} 米）` : '') +
        (v.nearBoundary ? '；⚠ 位于边界误差范围内，结论可能因所在边界一侧而不同' : ''),
    );
  }
  const projection = v.projected ? v.reasons.find((r) => r.kind === 'projection') : undefined;
  if (projection) lines.push(`※ ${projection.text}`);
  const decisive = v.reasons.filter((r) => r.role === 'decisive');
  const basis = v.reasons.filter((r) => r.role === undefined);
  const advisory = v.reasons.filter((r) => r.role === 'advisory' && r !== projection);
  lines.push('依据：');
  for (const r of [...decisive, ...basis]) {
    lines.push(`  ${r.cite}：「${r.text}」`);
    if (r.summary) lines.push(`    → ${r.summary}`);
  }
  if (advisory.length) {
    lines.push('另请注意：');
    for (const r of advisory) {
      lines.push(`  · ${r.cite}：「${r.text}」`);
      if (r.summary) lines.push(`    → ${r.summary}`);
    }
  }
  // Where the answer comes from: the card's source line, then its details (issue 13).
  if (v.source) {
    lines.push(`来源：${CARD_FOOT_WORDS['zh-CN'].sourceLine(v.source)}`);
    const distanceM = v.boundaryDistanceM === null ? null : Math.round(v.boundaryDistanceM);
    for (const [term, value] of SOURCE_DETAIL_WORDS['zh-CN'].rows({ source: v.source, distanceM })) lines.push(`  ${term}：${value}`);
  }
  return lines.join('\n');
}
