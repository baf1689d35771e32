// Admin configuration: replaces the webjar's default config.js (which sets nothing, all its options are commented out).
// Admin speaks the staff language (privacy.company.staff-language), whatever the browser's language: the only
// available locale is the one the product serves in staff-language.js.
import staffLanguage from './staff-language.js';

export default {
  locales: {availableLocales: [staffLanguage], fallbackLocale: staffLanguage}
};
