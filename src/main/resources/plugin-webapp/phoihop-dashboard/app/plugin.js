// The link to the managers' dashboard (/dashboard/) in Tasklist's header. Tasklist 7.24 imports this
// file as an ES module and renders each entry of its default export at its plugin point. The label
// comes from the plugin's resource (i18n/reporting.properties); without an answer (not signed in)
// no link is shown. Hook for browser tests: #phoihop-dashboard-link.

export default [
  {
    id: 'phoihop-dashboard-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render: (node, { api }) => {
      fetch(api.tasklistApi + '/plugin/phoihop-dashboard/' + api.engine + '/link', {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((link) => {
          if (!link) return;
          const a = document.createElement('a');
          a.id = 'phoihop-dashboard-link';
          a.href = link.href + '?engine=' + encodeURIComponent(api.engine);
          a.textContent = link.label;
          a.title = link.label;
          node.appendChild(a);
        })
        .catch(() => {});
    },
  },
];
