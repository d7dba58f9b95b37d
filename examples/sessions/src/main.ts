// Placeholder until the demo lands: proves the workspace built and the packages import under Node 24.
const core = await import('@sessionkit/core');
console.log(
  `sessionkit demo: @sessionkit/core ${core.VERSION} built and importable (the full demo arrives with its own issue).`,
);
