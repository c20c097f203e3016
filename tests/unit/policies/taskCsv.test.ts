import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvField, tasksCsv, toCsv } from '../../../src/lib/policies/intel/csv';
import {
  columnsOf,
  isTaskTable,
  splitUnits,
  taskFacets,
  taskRows,
  TASK_COLUMNS,
} from '../../../src/lib/policies/intel/taskTable';
import {
  filterTasks,
  NO_DEADLINE,
  taskFilterValues,
  taskMatches,
  taskRowData,
  taskValuesFromData,
} from '../../../src/lib/policies/intel/taskFilter';
import { corpusDoc } from '../../support/policyCorpus';

describe('CSV (RFC 4180, UTF-8 with BOM)', () => {
  it('quotes only fields that need it and doubles quotes', () => {
    expect(csvField('市科协')).toBe('市科协');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(' 前导空格')).toBe('" 前导空格"');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('1,2\r\n')).toBe(true);
  });

  it('round-trips awkward cells through a CSV parser', () => {
    const rows = [
      ['提升行动', '措施'],
      ['一、“青少年”', '含逗号，以及,半角逗号\r\n和换行"引号"'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });
});

describe('the 湛江 工作任务清单', () => {
  const doc = corpusDoc('zhanjiang-kexue-suzhi-2021-2025');
  const table = doc.data.tables[0]!;
  const rows = taskRows(table, 't1');

  it('is recognised as a task list by its header', () => {
    expect(isTaskTable(table)).toBe(true);
    expect(columnsOf(['六大重点工程', '主要工作任务', '具体措施', '牵头单位', '责任单位', '完成时限'])).toEqual({
      action: 0,
      task: 1,
      measure: 2,
      lead: 3,
      responsible: 4,
      deadline: 5,
    });
  });

  it('gives 61 tasks with the six columns, in the column order of the plans themselves, parsed back by papaparse', () => {
    expect(rows).toHaveLength(61);
    const csv = tasksCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...TASK_COLUMNS]);
    expect(parsed.data).toHaveLength(61);
    expect(parsed.data[0]).toMatchObject({
      提升行动: '一、实施青少年科学素质提升行动',
      主要工作任务: '1.将弘扬科学精神贯穿于育人全链条',
      牵头单位: '市教育局 市科协',
      完成时限: '2025年底',
    });
    expect(parsed.data[60]?.提升行动).toBe('六、实施科学素质对外交流与合作工程');
  });

  it('splits the units of a cell and keeps a run printed without separator whole', () => {
    expect(splitUnits('市教育局 市科协')).toEqual(['市教育局', '市科协']);
    expect(splitUnits('市科技局、市人力资源和社会保障局、市科协团市委')).toEqual([
      '市科技局',
      '市人力资源和社会保障局',
      '市科协团市委',
    ]);
  });

  it('never splits a name at a separator inside its brackets', () => {
    expect(splitUnits('市科协、各县（市、区）人民政府、湛江经开区管委会')).toEqual([
      '市科协',
      '各县（市、区）人民政府',
      '湛江经开区管委会',
    ]);
    expect(splitUnits('各县(市、区)政府，市教育局')).toEqual(['各县(市、区)政府', '市教育局']);
    // An unclosed bracket in the source keeps the rest of the cell in that name rather than inventing a split.
    expect(splitUnits('市科协、各县（市、区人民政府')).toEqual(['市科协', '各县（市、区人民政府']);
  });

  it('lists no broken name in the 责任单位 facets of a real plan', () => {
    const names = [...taskFacets(rows).lead, ...taskFacets(rows).responsible].map((f) => f.value);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const opened = [...name].filter((c) => '（(〔'.includes(c)).length;
      const closed = [...name].filter((c) => '）)〕'.includes(c)).length;
      expect(opened, name).toBe(closed);
    }
    expect(names).toContain('各县（市、区）人民政府');
  });

  it('filters by 牵头单位, 责任单位 and 完成时限, and counts agree with the filter', () => {
    const facets = taskFacets(rows);
    const kx = facets.lead.find((f) => f.value === '市科协');
    expect(kx?.count).toBeGreaterThan(0);
    expect(filterTasks(rows, { lead: '市科协' })).toHaveLength(kx!.count);
    expect(filterTasks(rows, { lead: '市科协' }).every((r) => r.lead.includes('市科协'))).toBe(true);
    const yearly = filterTasks(rows, { deadline: '每年实施' });
    expect(yearly.length).toBeGreaterThan(0);
    expect(yearly.length).toBeLessThan(61);
    expect(
      filterTasks(rows, { lead: '市科协', responsible: '团市委', deadline: '2025年底' }).every(
        (r) => r.responsibleUnits.includes('团市委') && r.deadline === '2025年底',
      ),
    ).toBe(true);
  });

  it('matches a row by the values its <tr> carries as it matches the row itself', () => {
    const facets = taskFacets(rows);
    const choices = [
      ...facets.lead.map((f) => ({ lead: f.value })),
      ...facets.responsible.map((f) => ({ responsible: f.value })),
      ...facets.deadline.map((f) => ({ deadline: f.value })),
    ];
    for (const r of rows) {
      const onPage = taskValuesFromData(taskRowData(taskFilterValues(r)));
      expect(onPage).toEqual(taskFilterValues(r));
      for (const f of choices) expect(taskMatches(onPage, f)).toBe(filterTasks([r], f).length === 1);
    }
  });

  it('files a row without 完成时限 under 未注明', () => {
    const r = { ...rows[0]!, deadline: '' };
    expect(filterTasks([r], { deadline: NO_DEADLINE })).toHaveLength(1);
    expect(taskValuesFromData({ lead: '', responsible: '' })).toEqual({
      lead: [],
      responsible: [],
      deadline: NO_DEADLINE,
    });
  });
});
