// The site's own region in ranking: between two results equally about the query, the one from the
// site's own city or county comes first (a reader in 益阳 searching 科学素质 wants 益阳's plan before
// 湛江's). site.json names the region in full (湖南省益阳市); documents name it short (益阳市人民政府,
// 益阳市全民科学素质行动实施方案).

/** The name a region's own documents carry: 湖南省益阳市 → 益阳, 湖南省常德市澧县 → 澧县, or null. */
export function homeName(region: string | null | undefined): string | null {
  const units = (region ?? '')
    .trim()
    .replace(/^.*?(?:省|自治区|特别行政区)/u, '')
    .match(/[\u4e00-\u9fff]+?(?:自治州|自治县|地区|市|州|盟|县|区|旗)/gu);
  const last = units?.at(-1);
  if (!last) return null;
  // 益阳市 → 益阳 (益阳 is how its documents and their issuers begin); a one-character stem (X县) stays whole.
  const stem = last.replace(/(?:市|地区|盟)$/u, '');
  const county = /(?:县|旗|自治州|自治县)$|(?<!地)区$/u.test(last);
  const name = county ? last : stem;
  return [...name].length >= 2 ? name : last;
}

/** Whether a result is from the site's own region: its title or its issuer (机关) names it. */
export function isHome(meta: Readonly<Record<string, string | undefined>>, name: string | null): boolean {
  if (!name) return false;
  return [meta.title, meta.机关].some((v) => v?.includes(name) ?? false);
}
