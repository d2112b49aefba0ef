// `npm start`: the built app on http://localhost:3000 with the embedded database and demo data.
// Every default can be overridden by the environment (see README.md).
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
process.env.DEMO_MODE ??= 'true';
process.env.BODY_SIZE_LIMIT ??= '2M';
await import('../build/index.js');
