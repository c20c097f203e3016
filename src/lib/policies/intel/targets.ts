/**
 * Quantitative targets a plan sets, extracted by rules, each with the sentence it stands in and the
 * anchor of its clause. A figure is a number with a unit (15%, 300名, 4万人次, 3个以上); a blank the
 * source left where a figure belongs (培训达      人次) is kept as a target with no value, shown as 原文空白.
 *
 * Not targets: ordinals (第44届), the plan's own structure (实施5项提升行动), conditions (60万以上人口),
 * and figures of the past (从2016年的6.93%提升到了2020年的10.0%), which are kept apart as baselines.
 */
import { BLANK } from '../bodyFormat';
import type { Block } from '../body';

export type TargetCategory =
  | '公民科学素质比例'
  | '科技辅导员'
  | '科技特派员'
  | '科普信息员'
  | '培训'
  | '人才培育'
  | '基地与场馆'
  | '创新工作室'
  | '其他';

export interface Target {
  /** What the figure counts (by keyword rules, see CATEGORY_RULES). */
  category: TargetCategory;
  /** The figure as printed (15%, 4万人次, 3个以上), or null when the source left it blank. */
  figure: string | null;
  /** Numeric value (4万 → 40000), or null for a blank. */
  value: number | null;
  /** Unit: %, 名, 人次, 个 … */
  unit: string;
  /** 超过 / 不少于 / 以上 / 至少 … as printed, or ''. */
  qualifier: string;
  /** When: 到2025年, 每年, “十四五”期间, 5年内 … or '' when the sentence names no time. */
  period: string;
  /** The clause (between commas) holding the figure. */
  clause: string;
  /** The whole sentence. */
  sentence: string;
  /** Anchor of the paragraph or heading on the document page. */
  anchor: string | null;
  /** True for a figure of the past (baseline), not a target. */
  baseline: boolean;
}

const UNITS = '人次|个百分点|%|％|名|人|个|座|所|家|场|次|项|支|批|户|期|篇|部|件|处';
const FIGURE = new RegExp(
  `(超过|不少于|不低于|不超过|至少|达到|达|约)?(?:有)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(万|千|亿)?|(${BLANK}))\\s*(${UNITS})(以上|以下|左右)?`,
  'gu',
);

const CATEGORY_RULES: ReadonlyArray<readonly [TargetCategory, RegExp]> = [
  ['公民科学素质比例', /具备科学素质.{0,3}比例/u],
  ['科技辅导员', /科技辅导员/u],
  ['科技特派员', /科技特派员/u],
  ['科普信息员', /科普信息员/u],
  ['创新工作室', /工作室/u],
  ['基地与场馆', /基地|科技馆|科普馆|场馆/u],
  ['培训', /培训/u],
  ['人才培育', /培育|培养|选树|带头人|人才/u],
];

const PERIOD = /(?:到|至|在)?(?:20\d{2}年(?:底|前)?|“十四五”(?:期间|时期|末)?|每年|年均|5年内|五年内)/u;
/** Structure of the plan, not a target: 实施5项提升行动 / 4项重点工程. */
const STRUCTURE = /^\d+项(?:提升行动|重点工程)/u;

/** Figures of the past: the sentence tells what was reached (提升到了, 从…年的). */
const PAST = /了|从(?:19|20)\d{2}年/u;

function categoryOf(text: string): TargetCategory {
  return CATEGORY_RULES.find(([, re]) => re.test(text))?.[0] ?? '其他';
}

const MULTIPLIER: Record<string, number> = { 万: 10_000, 千: 1_000, 亿: 100_000_000 };

/** Category of a figure: from the words after it, else its clause, else the clauses before it. */
function categoryAt(sentence: string, at: number): TargetCategory {
  const after = /^[^，,；;。]*/u.exec(sentence.slice(at))?.[0] ?? '';
  const fromAfter = categoryOf(after);
  if (fromAfter !== '其他') return fromAfter;
  const before = sentence
    .slice(0, at)
    .split(/[，,：:；;]/u)
    .reverse();
  for (const c of before) {
    const cat = categoryOf(c);
    if (cat !== '其他') return cat;
  }
  return '其他';
}

/** Targets in one sentence. */
export function targetsInSentence(sentence: string, anchor: string | null): Target[] {
  const out: Target[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const [all, qualBefore = '', num, mult, blank, unit = '', qualAfter = ''] = m;
    const at = m.index ?? 0;
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + all.length);
    // 第44届: an ordinal, not an amount.
    if (/第\s*$/u.test(before)) continue;
    if (STRUCTURE.test(`${num ?? ''}${unit}${after}`)) continue;
    // 60万以上人口有条件的县: a condition on who, not an amount to reach.
    if (unit === '人' && /^口/u.test(after)) continue;
    const clauseStart = Math.max(...['，', ',', '：', ':', '；', ';'].map((c) => before.lastIndexOf(c))) + 1;
    const clauseEnd = /[，,：:；;。]/u.exec(sentence.slice(at))?.index;
    const clause = sentence.slice(clauseStart, clauseEnd === undefined ? undefined : at + clauseEnd).trim();
    const baseline = PAST.test(sentence) && !blank;
    const years = [...before.matchAll(/(?:19|20)\d{2}年/gu)];
    const period = baseline ? (years.at(-1)?.[0] ?? '') : ((PERIOD.exec(clause) ?? PERIOD.exec(sentence))?.[0] ?? '');
    out.push({
      category: categoryAt(sentence, at),
      figure: blank ? null : `${num}${mult ?? ''}${unit}${qualAfter}`,
      value: blank ? null : Number(num) * (mult ? (MULTIPLIER[mult] ?? 1) : 1),
      unit: unit === '％' ? '%' : unit,
      qualifier: [qualBefore, qualAfter].filter(Boolean).join('、'),
      period,
      clause,
      sentence: sentence.trim(),
      anchor,
      baseline,
    });
  }
  return out;
}

/** Every target (and baseline) in a document's body, in text order. Notice and imprint parts are skipped. */
export function extractTargets(blocks: readonly Block[]): Target[] {
  const out: Target[] = [];
  for (const b of blocks) {
    if (b.part !== 'body' || b.kind !== 'para') continue;
    for (const s of b.text.matchAll(/[^。；！？]+[。；！？]?/gu)) out.push(...targetsInSentence(s[0], b.anchor));
  }
  return out;
}
