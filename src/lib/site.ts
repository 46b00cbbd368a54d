/** Site-wide names used by layouts, metadata and the manifest. */
export const SITE_NAME = '留存学院';
export const SITE_TAGLINE = '员工与客户留存的互动培训课程';
export const SITE_DESCRIPTION =
  '留存学院是一门关于员工留存与客户留存的中文互动课程：定义与计算、流失成因、预警信号、忠诚度测量、风险分层与干预，配有计算器、案例与测验。';

/** The localStorage key of the theme preference ('light' | 'dark'); read before first paint. */
export const THEME_STORAGE_KEY = 'ra-theme';

/** Build a page title: "页面 · 留存学院", or the site name alone for the home page. */
export function pageTitle(title?: string): string {
  return title && title !== SITE_NAME ? `${title} · ${SITE_NAME}` : `${SITE_NAME} · ${SITE_TAGLINE}`;
}
