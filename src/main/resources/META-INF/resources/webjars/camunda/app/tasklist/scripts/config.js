// Tasklist configuration: replaces the webjar's default config.js.
// Tasklist speaks the staff language (privacy.company.staff-language), whatever the browser's language: the only
// available locale is the one the product serves in staff-language.js.
import staffLanguage from './staff-language.js';

// The keyboard shortcuts of Camunda's default configuration, described in the staff language (Tasklist's help lists them).
const described = {
  nl: {
    claimTask: 'neemt de gekozen taak op je',
    focusFilter: 'zet de cursor in het eerste filter van de lijst',
    focusList: 'zet de cursor op de eerste taak van de lijst',
    focusForm: 'zet de cursor in het eerste veld van het formulier van een taak',
    startProcess: 'opent het venster om een proces te starten'
  },
  en: {
    claimTask: 'claims the selected task',
    focusFilter: 'puts the focus on the first filter in the list',
    focusList: 'puts the focus on the first task in the list',
    focusForm: 'puts the focus on the first field of a task form',
    startProcess: 'opens the dialog to start a process'
  }
}[staffLanguage] || {};

const keys = {
  claimTask: 'ctrl+alt+c',
  focusFilter: 'ctrl+shift+f',
  focusList: 'ctrl+alt+l',
  focusForm: 'ctrl+alt+f',
  startProcess: 'ctrl+alt+p'
};

export default {
  locales: {availableLocales: [staffLanguage], fallbackLocale: staffLanguage},
  shortcuts: Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, {key, description: described[name] || name}]))
};
