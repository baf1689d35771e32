// Cockpit dashboard section "Deadlines (SLA overview)": the open requests' deadline counts from /api/sla-overview.
// Plain DOM, values set with textContent; the browser's Cockpit session authenticates the request.

const ROWS = [
  ['overdue', 'Overdue'],
  ['dueThisWeek', 'Due within 7 days'],
  ['later', 'Later'],
  ['extended', 'Extended'],
  ['total', 'Open in all']
];

let pending = null; // fetch of the mounted section, aborted on unmount

// An error whose message is meant for the user (never a stack trace).
function shown(message) {
  return Object.assign(new Error(message), { shown: true });
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function countsTable(open) {
  const table = element('table', undefined, 'table table-condensed');
  table.style.width = 'auto';
  const body = table.appendChild(element('tbody'));
  for (const [key, label] of ROWS) {
    const value = open[key];
    const row = body.appendChild(element('tr'));
    row.appendChild(element('th', label));
    row.appendChild(element('td', Number.isFinite(value) ? String(value) : '–', 'text-right'));
    if (key === 'overdue') {
      row.style.fontWeight = 'bold';
      row.className = value > 0 ? 'danger text-danger' : 'text-danger';
    }
  }
  return table;
}

export default {
  id: 'sla-overview-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render: (node) => {
    const section = node.appendChild(element('div', undefined, 'col-xs-12'));
    section.appendChild(element('h3', 'Deadlines (SLA overview)'));
    const content = section.appendChild(element('p', 'Loading…'));
    const link = section.appendChild(element('p')).appendChild(element('a', 'Open the SLA overview'));
    link.href = '/managers/sla-overview';

    pending = new AbortController();
    fetch('/api/sla-overview', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: pending.signal
    })
      .then((response) => {
        if (response.status === 403) throw shown('Only managers see the SLA overview.');
        if (!response.ok) throw shown('The SLA overview could not be loaded (HTTP ' + response.status + ').');
        return response.json().catch(() => {
          throw shown('The SLA overview sent an answer that could not be read.');
        });
      })
      .then((data) => {
        if (!data || typeof data.open !== 'object' || data.open === null) {
          throw shown('The SLA overview sent an answer that could not be read.');
        }
        content.replaceWith(countsTable(data.open));
      })
      .catch((error) => {
        if (error.name === 'AbortError') return;
        content.textContent = error.shown ? error.message : 'The SLA overview could not be loaded.';
        content.className = 'text-muted';
      });
  },
  unmount: () => {
    if (pending) pending.abort();
    pending = null;
  }
};
