// Cockpit configuration: replaces the webjar's default config.js (which sets nothing, all its options are commented out).
// customScripts are ES modules, paths relative to app/cockpit/; their default export holds Cockpit plugins.
export default {
  customScripts: ['scripts/sla-overview-plugin.js']
};
