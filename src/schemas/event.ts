import { z } from 'astro/zod';
import { AUDIENCES, EVENT_KINDS, EVENT_STATUSES } from '../lib/events/vocabulary';
import {
  DATE_PRECISIONS,
  detectPrecision,
  endInstant,
  parseEventDate,
  startInstant,
  deadlineInstant,
  type EventDate,
} from '../lib/events/eventDate';
import { refuseHiddenCharacters } from './plainText';
import { inspectAllowSchema } from './inspectAllow';

/**
 * YAML turns unquoted 2023-05-20 into a Date and 2023 into a number. Bring both back to the
 * text the editor wrote so the precision rules below see exactly that; a YAML timestamp with
 * a time of day is refused, because YAML would have read it as UTC rather than Beijing time.
 */
const writtenDate = z.preprocess(
  (value) => {
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      const iso = value.toISOString();
      return iso.endsWith('T00:00:00.000Z')
        ? iso.slice(0, 10)
        : `${iso}（请给带时间的值加引号，写成 'YYYY-MM-DDTHH:mm' 北京时间）`;
    }
    return value;
  },
  z.string().trim().min(1, '不能为空'),
);

/** A day (YYYY-MM-DD) or a Beijing time (YYYY-MM-DDTHH:mm). */
const dayOrDateTime = writtenDate.refine((v) => {
  const p = detectPrecision(v);
  return p === 'day' || p === 'datetime';
}, '应写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm（北京时间）');

/** Parses a written value or returns null (the field-level error is reported separately). */
function tryParse(text: string | undefined, precision: (typeof DATE_PRECISIONS)[number]): EventDate | null {
  if (text === undefined) return null;
  try {
    return parseEventDate(text, precision);
  } catch {
    return null;
  }
}

export const eventSchema = z
  .object({
    /** 活动名称 as the organizer announces it, e.g. 第44届益阳市青少年科技创新大赛. */
    title: z.string().trim().min(1, '不能为空'),
    /** 活动类型: one of the fixed kinds; drives filters and the per-kind calendar feeds. */
    kind: z.enum(EVENT_KINDS, { error: `应为以下之一：${EVENT_KINDS.join('、')}` }),
    /**
     * How precisely the source gives the dates: `year` (only 2023), `month` (2023-05),
     * `day` (2023-05-20) or `datetime` (2023-05-20T09:30, Beijing time). Applies to start and
     * end alike; a month stays a month on every page and feed, never an invented day.
     */
    datePrecision: z.enum(DATE_PRECISIONS, { error: `应为 ${DATE_PRECISIONS.join(' / ')}` }),
    /** 开始: written at `datePrecision` (quote it in YAML: start: '2023-05'). */
    start: writtenDate,
    /** 结束 (inclusive day, or the end time): same precision as start; omit for a one-day or one-month event. */
    end: writtenDate.optional(),
    /** Why the date is rough or where it comes from, shown next to the date (e.g. 文件只写明 2023 年). */
    dateNote: z.string().trim().min(1).optional(),
    /** 地点. Omit when not yet announced: the page then says 地点未公布 rather than guessing. */
    location: z
      .object({
        /** Venue name, e.g. 益阳市科学技术馆. */
        name: z.string().trim().min(1, '不能为空'),
        /** Street address, when known. */
        address: z.string().trim().min(1).optional(),
      })
      .strict()
      .optional(),
    /** 主办单位 as announced. */
    organizer: z.string().trim().min(1, '不能为空'),
    /** 面向对象 (one or more). 小学/初中/高中 are the 学段 schools filter by. */
    audience: z
      .array(z.enum(AUDIENCES, { error: `应为以下之一：${AUDIENCES.join('、')}` }))
      .min(1, '至少选一个面向对象')
      .refine((a) => new Set(a).size === a.length, '面向对象有重复'),
    /** 报名截止: YYYY-MM-DD (end of that day) or YYYY-MM-DDTHH:mm, Beijing time. Must not be after the event ends. */
    registrationDeadline: dayOrDateTime.optional(),
    /** 报名网址 (http or https). */
    registrationUrl: z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 开头的网址' }).optional(),
    /** 状态: scheduled 按计划 / postponed 延期 / cancelled 取消. Feeds and JSON-LD carry it. */
    status: z.enum(EVENT_STATUSES, { error: `应为 ${EVENT_STATUSES.join(' / ')}` }).default('scheduled'),
    /** The policy clause that names this event: document slug and clause id (the `#` anchor on /policies/<document>/). */
    relatedClause: z
      .object({
        /** Slug of the policy document, as in /policies/<document>/. */
        document: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '应为文件的 ASCII slug'),
        /** Clause id inside the document, e.g. s2-6. */
        clause: z.string().regex(/^s\d+(?:-\d+)*$/, '条款编号应形如 s2 或 s2-6'),
        /** How to cite it in text, e.g. 《益阳市科协 2023 年科普工作要点》第6条. */
        label: z.string().trim().min(1, '不能为空'),
      })
      .strict()
      .optional(),
    /** Date this entry was last edited (YYYY-MM-DD). Shown as 最后更新 and used as the iCal DTSTAMP, so builds are reproducible. */
    updated: writtenDate.refine((v) => detectPrecision(v) === 'day', '应写成 YYYY-MM-DD'),
    /** 网站自查允许的词语 (src/schemas/inspectAllow.ts). */
    inspectAllow: inspectAllowSchema,
    /** Demonstration entry: shows 示例 on every page and in the feeds. */
    example: z.boolean().default(false),
  })
  .strict()
  .superRefine((data, ctx) => {
    const start = tryParse(data.start, data.datePrecision);
    if (!start) {
      try {
        parseEventDate(data.start, data.datePrecision);
      } catch (e) {
        ctx.addIssue({ code: 'custom', path: ['start'], message: (e as Error).message });
      }
    }
    let end: EventDate | null = null;
    if (data.end !== undefined) {
      end = tryParse(data.end, data.datePrecision);
      if (!end) {
        try {
          parseEventDate(data.end, data.datePrecision);
        } catch (e) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: (e as Error).message });
        }
      }
    }
    if (start && end && startInstant(end) < startInstant(start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `结束（${data.end}）早于开始（${data.start}）` });
    }
    const last = end ?? start;
    if (last && data.registrationDeadline !== undefined) {
      const deadline = deadlineInstant(data.registrationDeadline);
      const over = last.precision === 'datetime' ? startInstant(last) : endInstant(last);
      if (deadline !== null && deadline > over) {
        ctx.addIssue({
          code: 'custom',
          path: ['registrationDeadline'],
          message: `报名截止（${data.registrationDeadline}）晚于活动结束（${data.end ?? data.start}）`,
        });
      }
    }
  })
  .superRefine(refuseHiddenCharacters);

/** One event's front matter after validation. */
export type EventData = z.output<typeof eventSchema>;
