// 网站自查 where editors work: when an entry is saved, its own 错别字, 敏感词 and personal data
// findings (src/lib/inspect/entryChecks.ts, the same code `npm run inspect` runs) are shown as a
// warning that names the field, the word and the fix. A warning, never a refusal: a quotation or a
// name may be right as written (the entry's 网站自查允许的词语 then silences it).
import site from '../src/config/site.json';
import { checkEntryText, type EntryCheckSettings } from '../src/lib/inspect/entryChecks';
import { DEFAULT_INSPECTION, parseInspectionSettings } from '../src/lib/inspect/settings';
import { fieldLabel } from './entryCheck';
import { entryFileText } from './entryFile';
import type { CmsCollection } from './types';

/** The site's settings as the last build bundled them; the defaults when they are malformed (the build says why). */
function bundledSettings(): EntryCheckSettings {
  const parsed = parseInspectionSettings((site as { inspection?: unknown }).inspection);
  return parsed.ok ? parsed.settings : DEFAULT_INSPECTION;
}

/** One sentence per finding: 正文（第 12 行）：“再接再励”应为“再接再厉”（错别字）. */
export function entryWarnings(
  collection: CmsCollection,
  data: Record<string, unknown>,
  settings: EntryCheckSettings = bundledSettings(),
): string[] {
  const fields = collection.fields ?? [];
  const text = entryFileText(data, fields);
  const allow = Array.isArray(data.inspectAllow) ? data.inspectAllow.filter((a) => typeof a === 'string') : [];
  const findings = checkEntryText({ file: '', text, allow }, settings, (key) => fieldLabel(fields, [key]));
  return findings.map((f) => `${f.field}（第 ${f.line} 行）：${f.fix}（${f.ruleLabel}）`);
}

/**
 * Shows the warnings for an entry being saved. Never throws: a warning must not stop a save, so a
 * failure of the check itself only shows nothing.
 */
export function warnOnSave(collection: CmsCollection, data: Record<string, unknown>): void {
  let warnings: string[] = [];
  try {
    warnings = entryWarnings(collection, data);
  } catch {
    // Nothing to show; the save goes on.
  }
  showEntryWarnings(warnings);
}

const BOX_ID = 'kepu-inspection-warning';

/** Shows the warnings at the top of the page until the editor closes them; no warnings removes the box. */
export function showEntryWarnings(warnings: readonly string[], doc: Document = document): void {
  doc.getElementById(BOX_ID)?.remove();
  if (warnings.length === 0) return;
  const box = doc.createElement('div');
  box.id = BOX_ID;
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'position:fixed;top:4rem;left:50%;transform:translateX(-50%);z-index:10001;max-width:40rem;width:calc(100% - 2rem);box-sizing:border-box;padding:.75rem 1rem;background:#fff8e1;color:#4a3600;border:2px solid #8a6d00;border-radius:6px;font:15px/1.6 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.2)';
  const title = doc.createElement('p');
  title.style.cssText = 'margin:0 0 .25rem;font-weight:700';
  title.textContent = '网站自查提醒（不影响保存）：';
  const list = doc.createElement('ul');
  list.style.cssText = 'margin:0;padding-left:1.25rem';
  for (const w of warnings) {
    const item = doc.createElement('li');
    item.textContent = w;
    list.append(item);
  }
  const note = doc.createElement('p');
  note.style.cssText = 'margin:.25rem 0 0';
  note.textContent = '改正后再次保存；写法确实正确（引文、人名）时，把词语填入本条目的“网站自查允许的词语”。';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '知道了';
  close.style.cssText = 'margin-top:.5rem;padding:.3rem .9rem;font:inherit;cursor:pointer';
  close.addEventListener('click', () => box.remove());
  box.append(title, list, note, close);
  doc.body.append(box);
}
