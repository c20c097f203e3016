/**
 * "Now" for the inspection: SITE_BUILD_TIME (ISO 8601) when set, so a check of an old build or a
 * test sees a fixed day, else the current time. Kept to one function so the build's own clock can
 * replace it.
 */
export function inspectionTime(env: Record<string, string | undefined> = process.env): Date {
  const value = env.SITE_BUILD_TIME?.trim();
  if (!value) return new Date();
  const time = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/u.test(value) || Number.isNaN(time.getTime()))
    throw new Error(`环境变量 SITE_BUILD_TIME 的值“${value}”不是 ISO 8601 时间，如 2026-12-08T09:00:00+08:00`);
  return time;
}
