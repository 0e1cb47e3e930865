// The link to the managers' dashboard (/dashboard/) in Cockpit's header. Cockpit 7.24 imports this
// file as an ES module and renders each entry of its default export at its plugin point. The label
// comes from the dashboard's Tasklist plugin resource (i18n/reporting.properties), which answers
// any user signed in to the engine; without an answer no link is shown. Hook for browser tests:
// #phoihop-dashboard-cockpit-link.

export default [
  {
    id: 'phoihop-dashboard-cockpit-link',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/dashboard/index.html' },
    render: (node, { api }) => {
      fetch(api.tasklistApi + '/plugin/phoihop-dashboard/' + api.engine + '/link', {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((link) => {
          if (!link) return;
          const a = document.createElement('a');
          a.id = 'phoihop-dashboard-cockpit-link';
          a.href = link.href + '?engine=' + encodeURIComponent(api.engine);
          a.textContent = link.label;
          node.appendChild(a);
        })
        .catch(() => {});
    },
  },
];
