/** The 政府网站 filing fields (备案号, 标识码) a public site is expected to show in its footer. */
export const FILING_FIELDS = [
  ['icp', 'ICP 备案号'],
  ['govSiteCode', '政府网站标识码'],
  ['publicSecurityRecord', '公安机关备案号'],
] as const;
