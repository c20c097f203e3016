/**
 * The checks that read an entry's own text — 错别字, 敏感词 and personal data — on the file as it
 * is saved. Pure: `npm run inspect` runs it on every content file, the CMS on the entry being saved.
 * Fields that are not prose (image paths, hashes, the allow list itself) are not read.
 */
import { fieldLabel, mapFile } from './locate.ts';
import { personalDataHits } from './rules/personalData.ts';
import { sensitiveHits } from './rules/sensitiveWords.ts';
import { typoHits } from './rules/typos.ts';
import type { InspectionSettings } from './settings.ts';
import type { TextHit } from './textHit.ts';
import { parseTypoTable, TYPOS, type TypoEntry } from './typoList.ts';
import type { Finding, TextSource } from './types.ts';

/** Front matter keys never read for these checks. */
const SKIPPED_FIELDS = new Set(['inspectAllow', 'sourceSha256', 'cover', 'slug', 'registrationUrl']);

const typoLists = new WeakMap<InspectionSettings['extraTypos'], readonly TypoEntry[]>();

/** The shipped list plus the site's own additions. */
export function typoListFor(settings: Pick<InspectionSettings, 'extraTypos'>): readonly TypoEntry[] {
  if (settings.extraTypos.length === 0) return TYPOS;
  let list = typoLists.get(settings.extraTypos);
  if (!list) {
    const extra = parseTypoTable(
      settings.extraTypos.map((t) => `${t.wrong} ${t.right}`).join('\n'),
      '站点设置“本站补充的错别字”',
    );
    const own = new Set(extra.map((e) => e.wrong));
    list = [...TYPOS.filter((e) => !own.has(e.wrong)), ...extra];
    typoLists.set(settings.extraTypos, list);
  }
  return list;
}

export type EntryCheckSettings = Pick<InspectionSettings, 'extraTypos' | 'sensitiveWords' | 'typoSeverity'>;

/** 错别字, 敏感词 and personal data findings of one file's text. */
export function checkEntryText(
  source: TextSource,
  settings: EntryCheckSettings,
  labelOf: (key: string) => string = fieldLabel,
): Finding[] {
  const { text, file, entry } = source;
  const allow = source.allow ?? [];
  const map = mapFile(text);
  const findings: Finding[] = [];
  const add = (hit: TextHit, base: Pick<Finding, 'severity' | 'rule' | 'ruleLabel'>): void => {
    const key = map.field(hit.start);
    if (SKIPPED_FIELDS.has(key)) return;
    findings.push({
      ...base,
      file,
      line: map.line(hit.start),
      field: labelOf(key),
      text: hit.found,
      fix: hit.fix,
      ...(entry ? { entry } : {}),
    });
  };
  for (const hit of typoHits(text, allow, typoListFor(settings)))
    add(hit, { severity: settings.typoSeverity, rule: 'typo', ruleLabel: '错别字' });
  for (const hit of sensitiveHits(text, settings.sensitiveWords, allow))
    add(hit, {
      severity: hit.kind === '敏感词' ? 'veto' : 'deduct',
      rule: 'sensitive-word',
      ruleLabel: hit.kind,
    });
  for (const hit of personalDataHits(text, allow))
    add(hit, { severity: 'veto', rule: 'personal-data', ruleLabel: `个人信息（${hit.kind}）` });
  return findings;
}
